import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'longest-substring-without-repeating-characters',
  title: { en: 'Longest Substring Without Repeating Characters', zh: '無重複字元的最長子字串' },
  difficulty: 'Medium',
  category: 'string',
  tags: ['string', 'sliding-window', 'hash-table'],
  statement: {
    en: 'Given a string `s`, return the length of its longest **substring** (a contiguous, possibly empty run of characters) in which no character appears twice.',
    zh: '給定字串 `s`，回傳其中沒有任何字元重複出現的最長**子字串**（連續、可以為空的一段字元）的長度。',
  },
  examples: [
    {
      input: 's = "abcabcbb"',
      output: '3',
      explanation: { en: '"abc" is a longest such substring.', zh: '"abc" 是其中一個最長的無重複子字串。' },
    },
    {
      input: 's = "bbbbb"',
      output: '1',
      explanation: { en: 'Every substring longer than "b" repeats it.', zh: '任何比 "b" 長的子字串都會重複 b。' },
    },
    {
      input: 's = "pwwkew"',
      output: '3',
      explanation: {
        en: '"wke" has length 3. "pwke" is not a substring: its characters are not contiguous in s.',
        zh: '"wke" 的長度是 3。"pwke" 不是子字串，因為它的字元在 s 中並不連續。',
      },
    },
  ],
  constraints: ['0 <= s.length <= 5 * 10^4', '`s` consists of English letters, digits, symbols and spaces (printable ASCII).'],
  hints: [
    {
      en: 'Keep a window [left, right] without repeats. When s[right] is already inside it, move left just past its earlier position.',
      zh: '維護一個沒有重複字元的視窗 [left, right]。當 s[right] 已經在視窗中時，把 left 移到它上一次出現位置的下一格。',
    },
    { en: 'Remember the last index of every character in a map.', zh: '用一個對照表記錄每個字元最後出現的索引。' },
  ],
  spec: {
    functionName: {
      javascript: 'lengthOfLongestSubstring',
      typescript: 'lengthOfLongestSubstring',
      python: 'length_of_longest_substring',
      java: 'lengthOfLongestSubstring',
      cpp: 'lengthOfLongestSubstring',
    },
    params: [{ name: 's', type: 'string' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function lengthOfLongestSubstring(s) {\n  \n}\n',
    typescript: 'function lengthOfLongestSubstring(s: string): number {\n  \n}\n',
    python: 'class Solution:\n    def length_of_longest_substring(self, s: str) -> int:\n        pass\n',
    java: 'class Solution {\n    public int lengthOfLongestSubstring(String s) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int lengthOfLongestSubstring(string s) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function lengthOfLongestSubstring(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const seen = last.get(s[right]);
    if (seen !== undefined && seen >= left) left = seen + 1;
    last.set(s[right], right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
`,
    typescript: `function lengthOfLongestSubstring(s: string): number {
  const last = new Map<string, number>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const seen = last.get(s[right]);
    if (seen !== undefined && seen >= left) left = seen + 1;
    last.set(s[right], right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
`,
    python: `class Solution:
    def length_of_longest_substring(self, s: str) -> int:
        last = {}
        left = best = 0
        for right, c in enumerate(s):
            if last.get(c, -1) >= left:
                left = last[c] + 1
            last[c] = right
            best = max(best, right - left + 1)
        return best
`,
    java: `class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] last = new int[128];
        Arrays.fill(last, -1);
        int left = 0, best = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (last[c] >= left) left = last[c] + 1;
            last[c] = right;
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> last(256, -1);
        int left = 0, best = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            unsigned char c = s[right];
            if (last[c] >= left) left = last[c] + 1;
            last[c] = right;
            best = max(best, right - left + 1);
        }
        return best;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def length_of_longest_substring(self, s: str) -> int:
        best = 0
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                if len(set(s[i:j])) == j - i:
                    best = max(best, j - i)
        return best
`,
  },
  visible: [
    { args: ['abcabcbb'], expected: 3 },
    { args: ['bbbbb'], expected: 1 },
    { args: ['pwwkew'], expected: 3 },
  ],
  hidden: [
    { args: [''], expected: 0 },
    { args: [' '], expected: 1 },
    { args: ['au'], expected: 2 },
    { args: ['dvdf'], expected: 3 },
    { args: ['abba'], expected: 2 },
    { args: ['tmmzuxt'], expected: 5 },
    { args: ['aA'], expected: 2 },
    { args: ['a b c a'], expected: 3 },
    { args: ['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'], expected: 62 },
    { args: ['!@#$%^&*()!@#'], expected: 10 },
    { args: ['aab'], expected: 2 },
    { args: ['"\\"\\'], expected: 2 },
    { args: ['x'.repeat(50_000)], expected: 1 },
  ],
  largest: () => {
    // 5·10^4 printable ASCII characters, drawn mostly from a few letters with rare others, so
    // windows vary in length. Oracle: from every start, extend until a character repeats.
    const random = seededRandom(14);
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const s = Array.from({ length: 50_000 }, () =>
      random.next() < 0.7 ? 'abcdefgh'[random.int(0, 7)]! : printable[random.int(0, 94)]!,
    ).join('');
    let best = 0;
    for (let i = 0; i < s.length; i++) {
      const window = new Set<string>();
      for (let j = i; j < s.length && !window.has(s[j]!); j++) window.add(s[j]!);
      best = Math.max(best, window.size);
    }
    return { args: [s], expected: best };
  },
});
