import type { ProblemFixture } from './types';

const MANY = Array.from({ length: 10_000 }, (_, i) => i + 1);

/** An in-place answer: rotate() returns nothing and is judged on `nums` after the call. */
export const rotateArray: ProblemFixture = {
  slug: 'rotate-array',
  title: 'Rotate Array',
  spec: {
    functionName: { javascript: 'rotate', typescript: 'rotate', python: 'rotate', java: 'rotate', cpp: 'rotate' },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'void',
    mutates: 0,
    compare: 'exact',
  },
  testCases: [
    { args: [[1, 2, 3, 4, 5, 6, 7], 3], expected: [5, 6, 7, 1, 2, 3, 4] },
    { args: [[-1, -100, 3, 99], 2], expected: [3, 99, -1, -100] },
    { args: [[1], 0], expected: [1], hidden: true },
    { args: [[1, 2], 3], expected: [2, 1], hidden: true },
    { args: [MANY, 1], expected: [10_000, ...MANY.slice(0, -1)], hidden: true },
  ],
  solutions: {
    javascript: `var rotate = function (nums, k) {
  k %= nums.length;
  const reverse = (i, j) => {
    for (; i < j; i++, j--) [nums[i], nums[j]] = [nums[j], nums[i]];
  };
  reverse(0, nums.length - 1);
  reverse(0, k - 1);
  reverse(k, nums.length - 1);
};
`,
    typescript: `function rotate(nums: number[], k: number): void {
  k %= nums.length;
  nums.unshift(...nums.splice(nums.length - k, k));
}
`,
    python: `class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        k %= len(nums)
        nums[:] = nums[len(nums) - k:] + nums[:len(nums) - k]
`,
    java: `class Solution {
    public void rotate(int[] nums, int k) {
        k %= nums.length;
        reverse(nums, 0, nums.length - 1);
        reverse(nums, 0, k - 1);
        reverse(nums, k, nums.length - 1);
    }

    private void reverse(int[] a, int i, int j) {
        for (; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
    }
}
`,
    cpp: `class Solution {
public:
    void rotate(vector<int>& nums, int k) {
        k %= nums.size();
        std::rotate(nums.rbegin(), nums.rbegin() + k, nums.rend());
    }
};
`,
  },
};
