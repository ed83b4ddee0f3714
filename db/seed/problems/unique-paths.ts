import { defineProblem } from './source';

/** Paths by the grid recurrence (each cell: the paths from above plus those from the left), for the hidden cases. */
function paths(m: number, n: number): number {
  const row = new Array<number>(n).fill(1);
  for (let i = 1; i < m; i++) for (let j = 1; j < n; j++) row[j]! += row[j - 1]!;
  return row[n - 1]!;
}

export default defineProblem({
  slug: 'unique-paths',
  title: { en: 'Unique Paths', zh: '不同路徑' },
  difficulty: 'Medium',
  category: 'dynamic-programming',
  tags: ['math', 'dynamic-programming', 'combinatorics'],
  statement: {
    en: 'A robot stands on the top-left cell of an `m x n` grid and wants to reach the bottom-right cell. At every step it moves exactly one cell **down** or one cell **right**.\n\nGiven `m` and `n`, return the number of different paths the robot can take.',
    zh: '一個機器人站在 `m x n` 網格的左上角，想要抵達右下角。每一步它只能往**下**或往**右**移動一格。\n\n給定 `m` 與 `n`，回傳機器人可以走的不同路徑數。',
  },
  examples: [
    {
      input: 'm = 3, n = 7',
      output: '28',
      explanation: {
        en: 'Every path makes 2 moves down and 6 moves right, in some order.',
        zh: '每條路徑都由 2 次往下與 6 次往右組成，只是順序不同。',
      },
    },
    {
      input: 'm = 3, n = 2',
      output: '3',
      explanation: {
        en: 'Right → Down → Down, Down → Right → Down, and Down → Down → Right.',
        zh: '右 → 下 → 下、下 → 右 → 下、下 → 下 → 右。',
      },
    },
  ],
  constraints: ['1 <= m, n <= 100', 'The answer is at most 2 * 10^9.'],
  hints: [
    {
      en: 'A cell is reached either from the cell above or from the cell to its left.',
      zh: '每一格只能從上方那格或左邊那格走過來。',
    },
    { en: 'One row of counts is enough: update it left to right, row by row.', zh: '只需要一列計數：逐列由左到右更新即可。' },
  ],
  spec: {
    functionName: {
      javascript: 'uniquePaths',
      typescript: 'uniquePaths',
      python: 'unique_paths',
      java: 'uniquePaths',
      cpp: 'uniquePaths',
    },
    params: [
      { name: 'm', type: 'int' },
      { name: 'n', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function uniquePaths(m, n) {\n  \n}\n',
    typescript: 'function uniquePaths(m: number, n: number): number {\n  \n}\n',
    python: 'class Solution:\n    def unique_paths(self, m: int, n: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int uniquePaths(int m, int n) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int uniquePaths(int m, int n) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function uniquePaths(m, n) {
  // row[j]: the paths to column j of the current row.
  const row = new Array(n).fill(1);
  for (let i = 1; i < m; i++) {
    for (let j = 1; j < n; j++) row[j] += row[j - 1];
  }
  return row[n - 1];
}
`,
    typescript: `function uniquePaths(m: number, n: number): number {
  // row[j]: the paths to column j of the current row.
  const row: number[] = new Array(n).fill(1);
  for (let i = 1; i < m; i++) {
    for (let j = 1; j < n; j++) row[j] += row[j - 1];
  }
  return row[n - 1];
}
`,
    python: `class Solution:
    def unique_paths(self, m: int, n: int) -> int:
        # row[j]: the paths to column j of the current row.
        row = [1] * n
        for _ in range(1, m):
            for j in range(1, n):
                row[j] += row[j - 1]
        return row[-1]
`,
    java: `class Solution {
    public int uniquePaths(int m, int n) {
        // row[j]: the paths to column j of the current row; never above the answer, so int suffices.
        int[] row = new int[n];
        Arrays.fill(row, 1);
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) row[j] += row[j - 1];
        }
        return row[n - 1];
    }
}
`,
    cpp: `class Solution {
public:
    int uniquePaths(int m, int n) {
        // row[j]: the paths to column j of the current row; never above the answer, so int suffices.
        vector<int> row(n, 1);
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) row[j] += row[j - 1];
        }
        return row[n - 1];
    }
};
`,
  },
  visible: [
    { args: [3, 7], expected: 28 },
    { args: [3, 2], expected: 3 },
  ],
  hidden: [
    { args: [1, 1], expected: 1 },
    { args: [1, 100], expected: 1 },
    { args: [100, 1], expected: 1 },
    { args: [2, 2], expected: 2 },
    { args: [2, 100], expected: 100 },
    { args: [100, 2], expected: 100 },
    { args: [3, 3], expected: 6 },
    { args: [7, 3], expected: 28 },
    { args: [10, 10], expected: 48620 },
    { args: [16, 16], expected: 155117520 },
    { args: [17, 18], expected: 1166803110 },
    { args: [18, 17], expected: paths(18, 17) },
    { args: [23, 12], expected: 193536720 },
    { args: [5, 40], expected: paths(5, 40) },
  ],
  // The longest side allowed whose answer stays within 2 * 10^9: C(105, 6) = 1609344100.
  largest: () => ({ args: [100, 7], expected: paths(100, 7) }),
});
