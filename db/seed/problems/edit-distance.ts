import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'edit-distance',
  title: { en: 'Edit Distance', zh: '編輯距離' },
  difficulty: 'Hard',
  category: 'dynamic-programming',
  tags: ['string', 'dynamic-programming'],
  statement: {
    en: 'Given two strings `word1` and `word2`, return the fewest operations that turn `word1` into `word2`, where one operation is one of:\n\n- insert one character,\n- delete one character,\n- replace one character with another.',
    zh: '給定兩個字串 `word1` 與 `word2`，回傳把 `word1` 變成 `word2` 所需的最少操作次數。每一次操作是以下其中一種：\n\n- 插入一個字元，\n- 刪除一個字元，\n- 把一個字元替換成另一個字元。',
  },
  examples: [
    {
      input: 'word1 = "horse", word2 = "ros"',
      output: '3',
      explanation: {
        en: 'horse → rorse (replace h with r) → rose (delete r) → ros (delete e).',
        zh: 'horse → rorse（把 h 換成 r）→ rose（刪除 r）→ ros（刪除 e）。',
      },
    },
    {
      input: 'word1 = "intention", word2 = "execution"',
      output: '5',
      explanation: {
        en: 'intention → inention (delete t) → enention (replace i with e) → exention (replace n with x) → exection (replace n with c) → execution (insert u).',
        zh: 'intention → inention（刪除 t）→ enention（把 i 換成 e）→ exention（把 n 換成 x）→ exection（把 n 換成 c）→ execution（插入 u）。',
      },
    },
  ],
  constraints: ['0 <= word1.length, word2.length <= 500', 'word1 and word2 consist of lowercase English letters only.'],
  hints: [
    {
      en: 'Let dist[i][j] be the answer for the first i characters of word1 and the first j of word2; dist[i][0] = i and dist[0][j] = j.',
      zh: '令 dist[i][j] 為 word1 前 i 個字元變成 word2 前 j 個字元的答案；dist[i][0] = i，dist[0][j] = j。',
    },
    {
      en: 'If the last characters match, dist[i][j] = dist[i - 1][j - 1]; otherwise it is 1 + the least of the three neighbours (replace, delete, insert).',
      zh: '若最後一個字元相同，dist[i][j] = dist[i - 1][j - 1]；否則等於 1 加上三個相鄰格（替換、刪除、插入）中的最小值。',
    },
  ],
  spec: {
    functionName: { javascript: 'minDistance', typescript: 'minDistance', python: 'min_distance', java: 'minDistance', cpp: 'minDistance' },
    params: [
      { name: 'word1', type: 'string' },
      { name: 'word2', type: 'string' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function minDistance(word1, word2) {\n  \n}\n',
    typescript: 'function minDistance(word1: string, word2: string): number {\n  \n}\n',
    python: 'class Solution:\n    def min_distance(self, word1: str, word2: str) -> int:\n        pass\n',
    java: 'class Solution {\n    public int minDistance(String word1, String word2) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int minDistance(string word1, string word2) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function minDistance(word1, word2) {
  // prev and cur: rows i - 1 and i of dist[i][j], the edits from word1's first i characters to word2's first j.
  let prev = Array.from({ length: word2.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word1.length; i++) {
    const cur = [i];
    for (let j = 1; j <= word2.length; j++) {
      cur[j] = word1[i - 1] === word2[j - 1] ? prev[j - 1] : 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[word2.length];
}
`,
    typescript: `function minDistance(word1: string, word2: string): number {
  // prev and cur: rows i - 1 and i of dist[i][j], the edits from word1's first i characters to word2's first j.
  let prev = Array.from({ length: word2.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word1.length; i++) {
    const cur = [i];
    for (let j = 1; j <= word2.length; j++) {
      cur[j] = word1[i - 1] === word2[j - 1] ? prev[j - 1] : 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[word2.length];
}
`,
    python: `class Solution:
    def min_distance(self, word1: str, word2: str) -> int:
        # prev and cur: rows i - 1 and i of dist[i][j], the edits from word1's first i characters to word2's first j.
        prev = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            cur = [i]
            for j, b in enumerate(word2, 1):
                cur.append(prev[j - 1] if a == b else 1 + min(prev[j - 1], prev[j], cur[j - 1]))
            prev = cur
        return prev[-1]
`,
    java: `class Solution {
    public int minDistance(String word1, String word2) {
        int m = word1.length(), n = word2.length();
        // dist[i][j]: the edits that turn word1's first i characters into word2's first j.
        int[][] dist = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) dist[i][0] = i;
        for (int j = 0; j <= n; j++) dist[0][j] = j;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                dist[i][j] = word1.charAt(i - 1) == word2.charAt(j - 1)
                    ? dist[i - 1][j - 1]
                    : 1 + Math.min(dist[i - 1][j - 1], Math.min(dist[i - 1][j], dist[i][j - 1]));
            }
        }
        return dist[m][n];
    }
}
`,
    cpp: `class Solution {
public:
    int minDistance(string word1, string word2) {
        int m = word1.size(), n = word2.size();
        // dist[i][j]: the edits that turn word1's first i characters into word2's first j.
        vector<vector<int>> dist(m + 1, vector<int>(n + 1));
        for (int i = 0; i <= m; i++) dist[i][0] = i;
        for (int j = 0; j <= n; j++) dist[0][j] = j;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                dist[i][j] = word1[i - 1] == word2[j - 1]
                    ? dist[i - 1][j - 1]
                    : 1 + min({dist[i - 1][j - 1], dist[i - 1][j], dist[i][j - 1]});
            }
        }
        return dist[m][n];
    }
};
`,
  },
  brute: {
    language: 'python',
    // The same recurrence without remembering solved prefixes: exponential.
    code: `class Solution:
    def min_distance(self, word1: str, word2: str) -> int:
        def dist(i, j):
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return dist(i + 1, j + 1)
            return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))
        return dist(0, 0)
`,
  },
  visible: [
    { args: ['horse', 'ros'], expected: 3 },
    { args: ['intention', 'execution'], expected: 5 },
  ],
  hidden: [
    { args: ['', ''], expected: 0 },
    { args: ['', 'abc'], expected: 3 },
    { args: ['abc', ''], expected: 3 },
    { args: ['a', 'a'], expected: 0 },
    { args: ['a', 'b'], expected: 1 },
    { args: ['ab', 'ba'], expected: 2 },
    { args: ['kitten', 'sitting'], expected: 3 },
    { args: ['sunday', 'saturday'], expected: 3 },
    { args: ['abcdef', 'azced'], expected: 3 },
    { args: ['aaaaaaaaaa', 'a'], expected: 9 },
    { args: ['abc', 'xyzabc'], expected: 3 },
    { args: ['zoologicoarchaeologist', 'zoogeologist'], expected: 10 },
    { args: ['pneumonoultramicroscopic', 'ultramicroscopically'], expected: 12 },
  ],
  largest: () => {
    // Two random 500-letter strings over an 8-letter alphabet.
    const random = seededRandom(14);
    const word = () => Array.from({ length: 500 }, () => 'abcdefgh'[random.int(0, 7)]).join('');
    const word1 = word();
    const word2 = word();
    const dist = Array.from({ length: word1.length + 1 }, (_, i) =>
      Array.from({ length: word2.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= word1.length; i++) {
      for (let j = 1; j <= word2.length; j++) {
        dist[i]![j] =
          word1[i - 1] === word2[j - 1] ? dist[i - 1]![j - 1]! : 1 + Math.min(dist[i - 1]![j - 1]!, dist[i - 1]![j]!, dist[i]![j - 1]!);
      }
    }
    return { args: [word1, word2], expected: dist[word1.length]![word2.length] };
  },
});
