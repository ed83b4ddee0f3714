import { defineProblem } from './source';

/** The first `rows` rows of Pascal's triangle, each entry the sum of the two above it: the oracle of the hidden cases. */
function triangle(rows: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const above = out[i - 1] ?? [];
    out.push(Array.from({ length: i + 1 }, (_, j) => (j === 0 || j === i ? 1 : above[j - 1]! + above[j]!)));
  }
  return out;
}

export default defineProblem({
  slug: 'pascals-triangle',
  title: { en: "Pascal's Triangle", zh: '巴斯卡三角形' },
  difficulty: 'Easy',
  category: 'dynamic-programming',
  tags: ['array', 'dynamic-programming'],
  statement: {
    en: "Given an integer `numRows`, return the first `numRows` rows of **Pascal's triangle**, top row first.\n\nRow `i` (counting from `0`) has `i + 1` numbers: the first and last are `1`, and every other number is the sum of the two numbers directly above it in row `i - 1`.",
    zh: '給定整數 `numRows`，回傳**巴斯卡三角形**的前 `numRows` 列，由最上面一列開始。\n\n第 `i` 列（從 `0` 起算）有 `i + 1` 個數字：頭尾都是 `1`，其餘每個數字等於上一列（第 `i - 1` 列）中位於它正上方的兩個數字之和。',
  },
  examples: [
    {
      input: 'numRows = 5',
      output: '[[1],[1,1],[1,2,1],[1,3,3,1],[1,4,6,4,1]]',
      explanation: {
        en: 'For example, the 6 in the last row is 3 + 3 from the row above.',
        zh: '例如最後一列的 6 是上一列的 3 + 3。',
      },
    },
    { input: 'numRows = 1', output: '[[1]]' },
  ],
  constraints: ['1 <= numRows <= 30'],
  hints: [
    { en: 'Build each row from the previous one.', zh: '每一列都可以由上一列算出。' },
    { en: 'Start every row with 1 and end it with 1; fill the middle with sums.', zh: '每一列頭尾放 1，中間填入相鄰兩數之和。' },
  ],
  spec: {
    functionName: { javascript: 'generate', typescript: 'generate', python: 'generate', java: 'generate', cpp: 'generate' },
    params: [{ name: 'numRows', type: 'int' }],
    returns: 'int[][]',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function generate(numRows) {\n  \n}\n',
    typescript: 'function generate(numRows: number): number[][] {\n  \n}\n',
    python: 'class Solution:\n    def generate(self, num_rows: int) -> List[List[int]]:\n        pass\n',
    java: 'class Solution {\n    public List<List<Integer>> generate(int numRows) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<vector<int>> generate(int numRows) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function generate(numRows) {
  const rows = [[1]];
  for (let i = 1; i < numRows; i++) {
    const above = rows[i - 1];
    const row = [1];
    for (let j = 1; j < i; j++) row.push(above[j - 1] + above[j]);
    row.push(1);
    rows.push(row);
  }
  return rows;
}
`,
    typescript: `function generate(numRows: number): number[][] {
  const rows: number[][] = [[1]];
  for (let i = 1; i < numRows; i++) {
    const above = rows[i - 1];
    const row = [1];
    for (let j = 1; j < i; j++) row.push(above[j - 1] + above[j]);
    row.push(1);
    rows.push(row);
  }
  return rows;
}
`,
    python: `class Solution:
    def generate(self, num_rows: int) -> List[List[int]]:
        rows = [[1]]
        for _ in range(1, num_rows):
            above = rows[-1]
            rows.append([1] + [above[j - 1] + above[j] for j in range(1, len(above))] + [1])
        return rows
`,
    java: `class Solution {
    public List<List<Integer>> generate(int numRows) {
        List<List<Integer>> rows = new ArrayList<>();
        rows.add(List.of(1));
        for (int i = 1; i < numRows; i++) {
            List<Integer> above = rows.get(i - 1);
            List<Integer> row = new ArrayList<>();
            row.add(1);
            for (int j = 1; j < i; j++) row.add(above.get(j - 1) + above.get(j));
            row.add(1);
            rows.add(row);
        }
        return rows;
    }
}
`,
    cpp: `class Solution {
public:
    vector<vector<int>> generate(int numRows) {
        vector<vector<int>> rows;
        for (int i = 0; i < numRows; i++) {
            vector<int> row(i + 1, 1);
            for (int j = 1; j < i; j++) row[j] = rows[i - 1][j - 1] + rows[i - 1][j];
            rows.push_back(row);
        }
        return rows;
    }
};
`,
  },
  visible: [
    { args: [5], expected: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1], [1, 4, 6, 4, 1]] },
    { args: [1], expected: [[1]] },
  ],
  hidden: [
    { args: [2], expected: [[1], [1, 1]] },
    { args: [3], expected: [[1], [1, 1], [1, 2, 1]] },
    { args: [4], expected: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]] },
    { args: [6], expected: triangle(6) },
    { args: [7], expected: triangle(7) },
    { args: [10], expected: triangle(10) },
    { args: [13], expected: triangle(13) },
    { args: [17], expected: triangle(17) },
    { args: [21], expected: triangle(21) },
    { args: [29], expected: triangle(29) },
  ],
  // The largest entry, C(29, 14) = 77558760, still fits a 32-bit integer.
  largest: () => ({ args: [30], expected: triangle(30) }),
});
