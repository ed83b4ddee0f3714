import type { ProblemFixture } from './types';

/**
 * 64-bit integers end to end. A long in a case is a JSON integer up to 2^53 - 1, or a decimal
 * string (or a bigint here) beyond it; JavaScript and TypeScript solutions get BigInts.
 */
export const sumOfLongs: ProblemFixture = {
  slug: 'sum-of-longs',
  title: 'Sum of 64-bit Integers',
  spec: {
    functionName: { javascript: 'sumLongs', typescript: 'sumLongs', python: 'sum_longs', java: 'sumLongs', cpp: 'sumLongs' },
    params: [{ name: 'nums', type: 'long[]' }],
    returns: 'long',
    compare: 'exact',
  },
  testCases: [
    { args: [[1, 2, 3]], expected: 6 },
    { args: [['9007199254740993', 1]], expected: '9007199254740994' },
    { args: [['4611686018427387904', '4611686018427387903']], expected: '9223372036854775807' },
    { args: [['-9223372036854775808']], expected: '-9223372036854775808', hidden: true },
    { args: [[]], expected: 0, hidden: true },
    { args: [[123_456_789_012_345_678n, 1n, -2]], expected: 123_456_789_012_345_677n, hidden: true },
    { args: [[9_007_199_254_740_991, 9_007_199_254_740_991]], expected: '18014398509481982', hidden: true },
  ],
  solutions: {
    javascript: `function sumLongs(nums) {
  return nums.reduce((sum, x) => sum + x, 0n);
}
`,
    typescript: `function sumLongs(nums: bigint[]): bigint {
  let sum = 0n;
  for (const x of nums) sum += x;
  return sum;
}
`,
    python: `def sum_longs(nums):
    return sum(nums)
`,
    java: `class Solution {
    public long sumLongs(long[] nums) {
        long sum = 0;
        for (long x : nums) sum += x;
        return sum;
    }
}
`,
    cpp: `class Solution {
public:
    long long sumLongs(vector<long long>& nums) {
        long long sum = 0;
        for (long long x : nums) sum += x;
        return sum;
    }
};
`,
  },
};
