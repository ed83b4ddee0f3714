import type { ProblemFixture } from './types';

export const medianOfTwoSortedArrays: ProblemFixture = {
  slug: 'median-of-two-sorted-arrays',
  title: 'Median of Two Sorted Arrays',
  spec: {
    functionName: {
      javascript: 'findMedianSortedArrays',
      typescript: 'findMedianSortedArrays',
      python: 'find_median_sorted_arrays',
      java: 'findMedianSortedArrays',
      cpp: 'findMedianSortedArrays',
    },
    params: [
      { name: 'nums1', type: 'int[]' },
      { name: 'nums2', type: 'int[]' },
    ],
    returns: 'double',
    compare: { float: 1e-5 },
  },
  testCases: [
    { args: [[1, 3], [2]], expected: 2 },
    {
      args: [
        [1, 2],
        [3, 4],
      ],
      expected: 2.5,
    },
    {
      args: [
        [0, 0],
        [0, 0],
      ],
      expected: 0,
    },
    { args: [[], [1]], expected: 1, hidden: true },
    { args: [[2], []], expected: 2, hidden: true },
    { args: [[1], [2, 3, 4, 5, 6]], expected: 3.5, hidden: true },
    {
      args: [
        [-5, 3, 6, 12, 15],
        [-12, -10, -6, -3, 4, 10],
      ],
      expected: 3,
      hidden: true,
    },
  ],
  solutions: {
    javascript: `function findMedianSortedArrays(nums1, nums2) {
  const all = [...nums1, ...nums2].sort((a, b) => a - b);
  const n = all.length;
  return n % 2 ? all[(n - 1) / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
}
`,
    typescript: `function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  const all = [...nums1, ...nums2].sort((a, b) => a - b);
  const n = all.length;
  return n % 2 ? all[(n - 1) / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
}
`,
    python: `class Solution:
    def find_median_sorted_arrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        n = len(merged)
        return merged[n // 2] if n % 2 else (merged[n // 2 - 1] + merged[n // 2]) / 2
`,
    java: `class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        int[] all = new int[nums1.length + nums2.length];
        System.arraycopy(nums1, 0, all, 0, nums1.length);
        System.arraycopy(nums2, 0, all, nums1.length, nums2.length);
        Arrays.sort(all);
        int n = all.length;
        return n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2.0;
    }
}
`,
    cpp: `class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        vector<int> all(nums1);
        all.insert(all.end(), nums2.begin(), nums2.end());
        sort(all.begin(), all.end());
        size_t n = all.size();
        return n % 2 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2.0;
    }
};
`,
  },
};
