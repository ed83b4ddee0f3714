import type { ProblemFixture } from './types';

/** double[][] in, double[] out, compared within a tolerance. */
export const rowAverages: ProblemFixture = {
  slug: 'row-averages',
  title: 'Row Averages',
  spec: {
    functionName: {
      javascript: 'rowAverages',
      typescript: 'rowAverages',
      python: 'row_averages',
      java: 'rowAverages',
      cpp: 'rowAverages',
    },
    params: [{ name: 'rows', type: 'double[][]' }],
    returns: 'double[]',
    compare: { float: 1e-6 },
  },
  testCases: [
    { args: [[[1, 2], [3.5], [0.1, 0.2]]], expected: [1.5, 3.5, 0.15] },
    { args: [[[1, 2, 4]]], expected: [2.333333333] },
    { args: [[[-1.5, 2.25, 1e-3]]], expected: [0.2503333333], hidden: true },
    { args: [[[1e15, 1e15], [-0.5]]], expected: [1e15, -0.5], hidden: true },
    { args: [[]], expected: [], hidden: true },
  ],
  solutions: {
    javascript: `function rowAverages(rows) {
  return rows.map((row) => row.reduce((a, b) => a + b, 0) / row.length);
}
`,
    typescript: `function rowAverages(rows: number[][]): number[] {
  return rows.map((row) => row.reduce((a, b) => a + b, 0) / row.length);
}
`,
    python: `class Solution:
    def row_averages(self, rows: List[List[float]]) -> List[float]:
        return [sum(row) / len(row) for row in rows]
`,
    java: `class Solution {
    public double[] rowAverages(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double sum = 0;
            for (double x : rows[i]) sum += x;
            out[i] = sum / rows[i].length;
        }
        return out;
    }
}
`,
    cpp: `class Solution {
public:
    vector<double> rowAverages(vector<vector<double>>& rows) {
        vector<double> out;
        for (auto& row : rows) out.push_back(accumulate(row.begin(), row.end(), 0.0) / row.size());
        return out;
    }
};
`,
  },
};
