import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'valid-anagram',
  title: { en: 'Valid Anagram', zh: '有效的易位構詞' },
  difficulty: 'Easy',
  category: 'string',
  tags: ['string', 'hash-table', 'sorting'],
  statement: {
    en: 'Given two strings `s` and `t`, return `true` if `t` is an **anagram** of `s`, and `false` otherwise.\n\nAn anagram uses exactly the same letters as the original, each as many times, possibly in a different order.',
    zh: '給定兩個字串 `s` 和 `t`，如果 `t` 是 `s` 的**易位構詞**（anagram）就回傳 `true`，否則回傳 `false`。\n\n易位構詞使用和原字串完全相同的字母，每個字母出現的次數也相同，只是順序可能不同。',
  },
  examples: [
    {
      input: 's = "anagram", t = "nagaram"',
      output: 'true',
      explanation: {
        en: 'Both strings hold three a, one g, one m, one n and one r.',
        zh: '兩個字串都有三個 a、一個 g、一個 m、一個 n 和一個 r。',
      },
    },
    { input: 's = "rat", t = "car"', output: 'false' },
  ],
  constraints: ['1 <= s.length, t.length <= 5 * 10^4', '`s` and `t` consist of lowercase English letters.'],
  hints: [
    { en: 'Two strings of different lengths cannot be anagrams.', zh: '長度不同的兩個字串不可能互為易位構詞。' },
    { en: 'Count each letter: 26 counters are enough.', zh: '計算每個字母出現的次數：26 個計數器就夠了。' },
  ],
  spec: {
    functionName: { javascript: 'isAnagram', typescript: 'isAnagram', python: 'is_anagram', java: 'isAnagram', cpp: 'isAnagram' },
    params: [
      { name: 's', type: 'string' },
      { name: 't', type: 'string' },
    ],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function isAnagram(s, t) {\n  \n}\n',
    typescript: 'function isAnagram(s: string, t: string): boolean {\n  \n}\n',
    python: 'class Solution:\n    def is_anagram(self, s: str, t: str) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean isAnagram(String s, String t) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool isAnagram(string s, string t) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const count = new Array(26).fill(0);
  for (let i = 0; i < s.length; i++) {
    count[s.charCodeAt(i) - 97]++;
    count[t.charCodeAt(i) - 97]--;
  }
  return count.every((c) => c === 0);
}
`,
    typescript: `function isAnagram(s: string, t: string): boolean {
  if (s.length !== t.length) return false;
  const count = new Array<number>(26).fill(0);
  for (let i = 0; i < s.length; i++) {
    count[s.charCodeAt(i) - 97]++;
    count[t.charCodeAt(i) - 97]--;
  }
  return count.every((c) => c === 0);
}
`,
    python: `class Solution:
    def is_anagram(self, s: str, t: str) -> bool:
        return collections.Counter(s) == collections.Counter(t)
`,
    java: `class Solution {
    public boolean isAnagram(String s, String t) {
        if (s.length() != t.length()) return false;
        int[] count = new int[26];
        for (int i = 0; i < s.length(); i++) {
            count[s.charAt(i) - 'a']++;
            count[t.charAt(i) - 'a']--;
        }
        for (int c : count) {
            if (c != 0) return false;
        }
        return true;
    }
}
`,
    cpp: `class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        int count[26] = {0};
        for (size_t i = 0; i < s.size(); i++) {
            count[s[i] - 'a']++;
            count[t[i] - 'a']--;
        }
        for (int c : count) {
            if (c != 0) return false;
        }
        return true;
    }
};
`,
  },
  visible: [
    { args: ['anagram', 'nagaram'], expected: true },
    { args: ['rat', 'car'], expected: false },
  ],
  hidden: [
    { args: ['a', 'a'], expected: true },
    { args: ['a', 'b'], expected: false },
    { args: ['ab', 'a'], expected: false },
    { args: ['a', 'ab'], expected: false },
    { args: ['ab', 'ba'], expected: true },
    { args: ['aacc', 'ccac'], expected: false },
    { args: ['listen', 'silent'], expected: true },
    { args: ['abcdefghijklmnopqrstuvwxyz', 'zyxwvutsrqponmlkjihgfedcba'], expected: true },
    { args: ['aaaaaaaaab', 'baaaaaaaaa'], expected: true },
    { args: ['aabbcc', 'abcabd'], expected: false },
    { args: ['zzzz', 'zzz'], expected: false },
  ],
  largest: () => {
    // Two 5·10^4-letter strings, the second a shuffle of the first with one letter changed.
    const random = seededRandom(4);
    const letters = Array.from({ length: 50_000 }, () => String.fromCharCode(97 + random.int(0, 25)));
    const shuffled = [...letters];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    shuffled[25_000] = shuffled[25_000] === 'a' ? 'b' : 'a';
    const s = letters.join('');
    const t = shuffled.join('');
    const sorted = (text: string) => [...text].sort().join('');
    return { args: [s, t], expected: sorted(s) === sorted(t) };
  },
});
