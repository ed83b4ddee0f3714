import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'find-minimum-in-rotated-sorted-array',
  title: { en: 'Find Minimum in Rotated Sorted Array', zh: '尋找旋轉排序陣列中的最小值' },
  difficulty: 'Medium',
  category: 'binary-search',
  tags: ['array', 'binary-search'],
  statement: {
    en: 'An array of `n` distinct integers, sorted in ascending order, was rotated between `1` and `n` times. Rotating `[a0, a1, ..., a(n-1)]` once gives `[a(n-1), a0, a1, ..., a(n-2)]`; rotating it `n` times gives the original array back.\n\nGiven the rotated array `nums`, return its smallest element in `O(log n)` time.',
    zh: '一個由 `n` 個不重複整數組成、由小到大排序的陣列，被旋轉了 `1` 到 `n` 次。將 `[a0, a1, ..., a(n-1)]` 旋轉一次會得到 `[a(n-1), a0, a1, ..., a(n-2)]`；旋轉 `n` 次則回到原本的陣列。\n\n給定旋轉後的陣列 `nums`，請在 `O(log n)` 時間內回傳其中最小的元素。',
  },
  examples: [
    {
      input: 'nums = [3,4,5,1,2]',
      output: '1',
      explanation: { en: 'The sorted array [1,2,3,4,5] was rotated 3 times.', zh: '排序陣列 [1,2,3,4,5] 被旋轉了 3 次。' },
    },
    { input: 'nums = [4,5,6,7,0,1,2]', output: '0' },
    {
      input: 'nums = [11,13,15,17]',
      output: '11',
      explanation: { en: 'Rotated 4 times: back to sorted order.', zh: '旋轉 4 次後回到原本的排序。' },
    },
  ],
  constraints: [
    'n == nums.length',
    '1 <= n <= 5000',
    '-5000 <= nums[i] <= 5000',
    'All values of nums are distinct.',
    'nums is a sorted array rotated between 1 and n times.',
  ],
  hints: [
    {
      en: 'Compare the middle element with the last element of the range.',
      zh: '將中間元素與區間的最後一個元素比較。',
    },
    {
      en: 'If nums[mid] > nums[hi], the minimum lies strictly right of mid; otherwise it is at mid or to its left.',
      zh: '若 nums[mid] > nums[hi]，最小值一定在 mid 右側；否則它在 mid 或其左側。',
    },
  ],
  spec: {
    functionName: { javascript: 'findMin', typescript: 'findMin', python: 'find_min', java: 'findMin', cpp: 'findMin' },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function findMin(nums) {\n  \n}\n',
    typescript: 'function findMin(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def find_min(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int findMin(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int findMin(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function findMin(nums) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] > nums[hi]) lo = mid + 1;
    else hi = mid;
  }
  return nums[lo];
}
`,
    typescript: `function findMin(nums: number[]): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] > nums[hi]) lo = mid + 1;
    else hi = mid;
  }
  return nums[lo];
}
`,
    python: `class Solution:
    def find_min(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
`,
    java: `class Solution {
    public int findMin(int[] nums) {
        int lo = 0, hi = nums.length - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        return nums[lo];
    }
}
`,
    cpp: `class Solution {
public:
    int findMin(vector<int>& nums) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        return nums[lo];
    }
};
`,
  },
  visible: [
    { args: [[3, 4, 5, 1, 2]], expected: 1 },
    { args: [[4, 5, 6, 7, 0, 1, 2]], expected: 0 },
    { args: [[11, 13, 15, 17]], expected: 11 },
  ],
  hidden: [
    { args: [[1]], expected: 1 },
    { args: [[-5000]], expected: -5000 },
    { args: [[1, 2]], expected: 1 },
    { args: [[2, 1]], expected: 1 },
    { args: [[2, 3, 4, 5, 1]], expected: 1 },
    { args: [[5, 1, 2, 3, 4]], expected: 1 },
    { args: [[3, 1, 2]], expected: 1 },
    { args: [[-3, -2, -1]], expected: -3 },
    { args: [[5000, -5000, 0]], expected: -5000 },
    { args: [[0, 5000, -5000]], expected: -5000 },
    { args: [[10, 20, 30, 40, 50, 60, 70, 80, 90, 5]], expected: 5 },
  ],
  largest: () => {
    // 5000 distinct values from [-5000, 5000], sorted, rotated at a random pivot.
    const random = seededRandom(7);
    const pool = Array.from({ length: 10_001 }, (_, i) => i - 5_000);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const sorted = pool.slice(0, 5_000).sort((a, b) => a - b);
    const k = random.int(1, 4_999);
    const nums = [...sorted.slice(k), ...sorted.slice(0, k)];
    return { args: [nums], expected: Math.min(...nums) };
  },
});
