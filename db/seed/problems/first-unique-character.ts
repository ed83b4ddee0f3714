import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'first-unique-character',
  title: { en: 'First Unique Character in a String', zh: '字串中第一個不重複的字元' },
  difficulty: 'Easy',
  category: 'hash-table',
  tags: ['string', 'hash-table', 'counting'],
  statement: {
    en: 'Given a string `s`, return the index of its first character that occurs exactly once in `s`. Return `-1` when every character repeats.',
    zh: '給定字串 `s`，回傳其中第一個只出現一次的字元的索引；若每個字元都重複出現，回傳 `-1`。',
  },
  examples: [
    {
      input: 's = "codemeet"',
      output: '0',
      explanation: { en: "'c' appears only once and comes first.", zh: "'c' 只出現一次，而且排在最前面。" },
    },
    {
      input: 's = "aabbcdc"',
      output: '5',
      explanation: { en: "'a', 'b' and 'c' repeat; 'd' at index 5 does not.", zh: "'a'、'b'、'c' 都重複出現，索引 5 的 'd' 沒有。" },
    },
    { input: 's = "abab"', output: '-1' },
  ],
  constraints: ['1 <= s.length <= 10^5', 's consists of lowercase English letters.'],
  hints: [
    { en: 'Count how many times each character appears in a first pass.', zh: '先掃描一次，計算每個字元出現的次數。' },
    { en: 'A second pass finds the first character whose count is 1.', zh: '第二次掃描找出第一個次數為 1 的字元。' },
  ],
  spec: {
    functionName: {
      javascript: 'firstUniqChar',
      typescript: 'firstUniqChar',
      python: 'first_uniq_char',
      java: 'firstUniqChar',
      cpp: 'firstUniqChar',
    },
    params: [{ name: 's', type: 'string' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function firstUniqChar(s) {\n  \n}\n',
    typescript: 'function firstUniqChar(s: string): number {\n  \n}\n',
    python: 'class Solution:\n    def first_uniq_char(self, s: str) -> int:\n        pass\n',
    java: 'class Solution {\n    public int firstUniqChar(String s) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int firstUniqChar(string s) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function firstUniqChar(s) {
  const count = new Map();
  for (const c of s) count.set(c, (count.get(c) ?? 0) + 1);
  for (let i = 0; i < s.length; i++) {
    if (count.get(s[i]) === 1) return i;
  }
  return -1;
}
`,
    typescript: `function firstUniqChar(s: string): number {
  const count = new Map<string, number>();
  for (const c of s) count.set(c, (count.get(c) ?? 0) + 1);
  for (let i = 0; i < s.length; i++) {
    if (count.get(s[i]) === 1) return i;
  }
  return -1;
}
`,
    python: `class Solution:
    def first_uniq_char(self, s: str) -> int:
        count = collections.Counter(s)
        for i, c in enumerate(s):
            if count[c] == 1:
                return i
        return -1
`,
    java: `class Solution {
    public int firstUniqChar(String s) {
        int[] count = new int[26];
        for (int i = 0; i < s.length(); i++) count[s.charAt(i) - 'a']++;
        for (int i = 0; i < s.length(); i++) {
            if (count[s.charAt(i) - 'a'] == 1) return i;
        }
        return -1;
    }
}
`,
    cpp: `class Solution {
public:
    int firstUniqChar(string s) {
        int count[26] = {0};
        for (char c : s) count[c - 'a']++;
        for (int i = 0; i < (int)s.size(); i++) {
            if (count[s[i] - 'a'] == 1) return i;
        }
        return -1;
    }
};
`,
  },
  visible: [
    { args: ['codemeet'], expected: 0 },
    { args: ['aabbcdc'], expected: 5 },
    { args: ['abab'], expected: -1 },
  ],
  hidden: [
    { args: ['z'], expected: 0 },
    { args: ['zz'], expected: -1 },
    { args: ['aab'], expected: 2 },
    { args: ['leetcode'], expected: 0 },
    { args: ['loveleetcode'], expected: 2 },
    { args: ['abcabcd'], expected: 6 },
    { args: ['abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy'], expected: 25 },
    { args: ['aaaaaaaaaaaaaaaaaaab'], expected: 19 },
    { args: ['baaaaaaaaaaaaaaaaaaa'], expected: 0 },
    { args: ['xyzzyx'], expected: -1 },
    { args: ['dddccdbba'], expected: 8 },
  ],
  largest: () => {
    // 10^5 letters where every letter but one repeats; the unique 'q' sits near the end.
    const random = seededRandom(5);
    const letters = 'abcdefghijklmnoprstuvwxyz';
    const chars = Array.from({ length: 100_000 }, () => letters[random.int(0, letters.length - 1)]!);
    chars[98_765] = 'q';
    const s = chars.join('');
    const count = new Map<string, number>();
    for (const c of s) count.set(c, (count.get(c) ?? 0) + 1);
    return { args: [s], expected: [...s].findIndex((c) => count.get(c) === 1) };
  },
});
