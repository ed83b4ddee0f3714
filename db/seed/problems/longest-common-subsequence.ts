import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'longest-common-subsequence',
  title: { en: 'Longest Common Subsequence', zh: '最長公共子序列' },
  difficulty: 'Medium',
  category: 'dynamic-programming',
  tags: ['string', 'dynamic-programming'],
  statement: {
    en: 'Given two strings `text1` and `text2`, return the length of their longest **common subsequence**, or `0` if they share no character.\n\nA subsequence of a string keeps some of its characters (possibly none or all) in their original order: `"ace"` is a subsequence of `"abcde"`, `"aec"` is not. A common subsequence is a subsequence of both strings.',
    zh: '給定兩個字串 `text1` 與 `text2`，回傳它們最長**公共子序列**的長度；若沒有任何共同字元則回傳 `0`。\n\n字串的子序列是保留原本順序、刪去部分（可以不刪或全刪）字元後得到的字串：`"ace"` 是 `"abcde"` 的子序列，`"aec"` 則不是。公共子序列是同時為兩個字串子序列的字串。',
  },
  examples: [
    {
      input: 'text1 = "abcde", text2 = "ace"',
      output: '3',
      explanation: { en: 'The longest common subsequence is "ace".', zh: '最長公共子序列是 "ace"。' },
    },
    { input: 'text1 = "abc", text2 = "abc"', output: '3' },
    {
      input: 'text1 = "abc", text2 = "def"',
      output: '0',
      explanation: { en: 'No character appears in both strings.', zh: '沒有任何字元同時出現在兩個字串中。' },
    },
  ],
  constraints: ['1 <= text1.length, text2.length <= 1000', 'text1 and text2 consist of lowercase English letters only.'],
  hints: [
    {
      en: 'Let common[i][j] be the answer for the first i characters of text1 and the first j of text2.',
      zh: '令 common[i][j] 為 text1 前 i 個字元與 text2 前 j 個字元的答案。',
    },
    {
      en: 'If text1[i - 1] == text2[j - 1], common[i][j] = common[i - 1][j - 1] + 1; otherwise drop the last character of one string.',
      zh: '若 text1[i - 1] == text2[j - 1]，則 common[i][j] = common[i - 1][j - 1] + 1；否則捨棄其中一個字串的最後一個字元。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'longestCommonSubsequence',
      typescript: 'longestCommonSubsequence',
      python: 'longest_common_subsequence',
      java: 'longestCommonSubsequence',
      cpp: 'longestCommonSubsequence',
    },
    params: [
      { name: 'text1', type: 'string' },
      { name: 'text2', type: 'string' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function longestCommonSubsequence(text1, text2) {\n  \n}\n',
    typescript: 'function longestCommonSubsequence(text1: string, text2: string): number {\n  \n}\n',
    python: 'class Solution:\n    def longest_common_subsequence(self, text1: str, text2: str) -> int:\n        pass\n',
    java: 'class Solution {\n    public int longestCommonSubsequence(String text1, String text2) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int longestCommonSubsequence(string text1, string text2) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function longestCommonSubsequence(text1, text2) {
  // prev and cur: rows i - 1 and i of common[i][j], the answer for the prefixes of lengths i and j.
  let prev = new Array(text2.length + 1).fill(0);
  for (let i = 1; i <= text1.length; i++) {
    const cur = new Array(text2.length + 1).fill(0);
    for (let j = 1; j <= text2.length; j++) {
      cur[j] = text1[i - 1] === text2[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[text2.length];
}
`,
    typescript: `function longestCommonSubsequence(text1: string, text2: string): number {
  // prev and cur: rows i - 1 and i of common[i][j], the answer for the prefixes of lengths i and j.
  let prev: number[] = new Array(text2.length + 1).fill(0);
  for (let i = 1; i <= text1.length; i++) {
    const cur: number[] = new Array(text2.length + 1).fill(0);
    for (let j = 1; j <= text2.length; j++) {
      cur[j] = text1[i - 1] === text2[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[text2.length];
}
`,
    python: `class Solution:
    def longest_common_subsequence(self, text1: str, text2: str) -> int:
        # prev and cur: rows i - 1 and i of common[i][j], the answer for the prefixes of lengths i and j.
        prev = [0] * (len(text2) + 1)
        for a in text1:
            cur = [0]
            for j, b in enumerate(text2):
                cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
            prev = cur
        return prev[-1]
`,
    java: `class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int m = text1.length(), n = text2.length();
        // common[i][j]: the answer for the first i characters of text1 and the first j of text2.
        int[][] common = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                common[i][j] = text1.charAt(i - 1) == text2.charAt(j - 1)
                    ? common[i - 1][j - 1] + 1
                    : Math.max(common[i - 1][j], common[i][j - 1]);
            }
        }
        return common[m][n];
    }
}
`,
    cpp: `class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int m = text1.size(), n = text2.size();
        // common[i][j]: the answer for the first i characters of text1 and the first j of text2.
        vector<vector<int>> common(m + 1, vector<int>(n + 1, 0));
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                common[i][j] = text1[i - 1] == text2[j - 1]
                    ? common[i - 1][j - 1] + 1
                    : max(common[i - 1][j], common[i][j - 1]);
            }
        }
        return common[m][n];
    }
};
`,
  },
  brute: {
    language: 'python',
    // The same recurrence without remembering solved prefixes: exponential.
    code: `class Solution:
    def longest_common_subsequence(self, text1: str, text2: str) -> int:
        def common(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + common(i + 1, j + 1)
            return max(common(i + 1, j), common(i, j + 1))
        return common(0, 0)
`,
  },
  visible: [
    { args: ['abcde', 'ace'], expected: 3 },
    { args: ['abc', 'abc'], expected: 3 },
    { args: ['abc', 'def'], expected: 0 },
  ],
  hidden: [
    { args: ['a', 'a'], expected: 1 },
    { args: ['a', 'b'], expected: 0 },
    { args: ['ab', 'ba'], expected: 1 },
    { args: ['aaaa', 'aa'], expected: 2 },
    { args: ['abcdefgh', 'hgfedcba'], expected: 1 },
    { args: ['bsbininm', 'jmjkbkjkv'], expected: 1 },
    { args: ['oxcpqrsvwf', 'shmtulqrypy'], expected: 2 },
    { args: ['zzzzzzzzzz', 'z'], expected: 1 },
    { args: ['abcba', 'abcbcba'], expected: 5 },
    { args: ['pmjghexybyrgzczy', 'hafcdqbgncrcbihkd'], expected: 4 },
    { args: ['ezupkr', 'ubmrapg'], expected: 2 },
    { args: ['xyzxyzxyz', 'zyxzyxzyx'], expected: 5 },
  ],
  largest: () => {
    // Two random strings of 1000 letters from a 4-letter alphabet: many matches, a long answer.
    const random = seededRandom(7);
    const text = () => Array.from({ length: 1000 }, () => 'abcd'[random.int(0, 3)]).join('');
    const text1 = text();
    const text2 = text();
    const common = Array.from({ length: text1.length + 1 }, () => new Array<number>(text2.length + 1).fill(0));
    for (let i = 1; i <= text1.length; i++) {
      for (let j = 1; j <= text2.length; j++) {
        common[i]![j] = text1[i - 1] === text2[j - 1] ? common[i - 1]![j - 1]! + 1 : Math.max(common[i - 1]![j]!, common[i]![j - 1]!);
      }
    }
    return { args: [text1, text2], expected: common[text1.length]![text2.length] };
  },
});
