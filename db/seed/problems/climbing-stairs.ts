import { defineProblem } from './source';

/** Ways to climb n steps, one or two at a time: the oracle for the cases. */
function ways(n: number): number {
  let [a, b] = [1, 1];
  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
  return b;
}

export default defineProblem({
  slug: 'climbing-stairs',
  title: { en: 'Climbing Stairs', zh: '爬樓梯' },
  difficulty: 'Easy',
  category: 'dynamic-programming',
  tags: ['dynamic-programming', 'math', 'memoization'],
  statement: {
    en: 'A staircase has `n` steps. Each move climbs either `1` or `2` steps.\n\nReturn the number of distinct sequences of moves that reach the top exactly.',
    zh: '一座樓梯共有 `n` 階，每次可以爬 `1` 階或 `2` 階。\n\n回傳恰好爬到頂端的不同走法數量。',
  },
  examples: [
    {
      input: 'n = 2',
      output: '2',
      explanation: { en: '1 + 1, or 2.', zh: '1 + 1，或 2。' },
    },
    {
      input: 'n = 3',
      output: '3',
      explanation: { en: '1 + 1 + 1, 1 + 2, or 2 + 1.', zh: '1 + 1 + 1、1 + 2，或 2 + 1。' },
    },
  ],
  constraints: ['1 <= n <= 45'],
  hints: [
    {
      en: 'The last move is either 1 step or 2 steps: ways(n) = ways(n - 1) + ways(n - 2).',
      zh: '最後一步不是 1 階就是 2 階：ways(n) = ways(n - 1) + ways(n - 2)。',
    },
    {
      en: 'Plain recursion repeats work exponentially; keep only the last two values.',
      zh: '單純遞迴會重複計算到指數級；只需保留最後兩個值即可。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'climbStairs',
      typescript: 'climbStairs',
      python: 'climb_stairs',
      java: 'climbStairs',
      cpp: 'climbStairs',
    },
    params: [{ name: 'n', type: 'int' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function climbStairs(n) {\n  \n}\n',
    typescript: 'function climbStairs(n: number): number {\n  \n}\n',
    python: 'class Solution:\n    def climb_stairs(self, n: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int climbStairs(int n) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int climbStairs(int n) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function climbStairs(n) {
  let prev = 1;
  let curr = 1;
  for (let i = 2; i <= n; i++) [prev, curr] = [curr, prev + curr];
  return curr;
}
`,
    typescript: `function climbStairs(n: number): number {
  let prev = 1;
  let curr = 1;
  for (let i = 2; i <= n; i++) [prev, curr] = [curr, prev + curr];
  return curr;
}
`,
    python: `class Solution:
    def climb_stairs(self, n: int) -> int:
        prev, curr = 1, 1
        for _ in range(2, n + 1):
            prev, curr = curr, prev + curr
        return curr
`,
    java: `class Solution {
    public int climbStairs(int n) {
        int prev = 1, curr = 1;
        for (int i = 2; i <= n; i++) {
            int next = prev + curr;
            prev = curr;
            curr = next;
        }
        return curr;
    }
}
`,
    cpp: `class Solution {
public:
    int climbStairs(int n) {
        int prev = 1, curr = 1;
        for (int i = 2; i <= n; i++) {
            int next = prev + curr;
            prev = curr;
            curr = next;
        }
        return curr;
    }
};
`,
  },
  visible: [
    { args: [2], expected: 2 },
    { args: [3], expected: 3 },
  ],
  hidden: [1, 4, 5, 6, 10, 15, 20, 30, 38, 44].map((n) => ({ args: [n], expected: ways(n) })),
  largest: () => ({ args: [45], expected: ways(45) }),
});
