import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'binary-search',
  title: { en: 'Binary Search', zh: '二分搜尋' },
  difficulty: 'Easy',
  category: 'binary-search',
  tags: ['array', 'binary-search'],
  statement: {
    en: 'You are given an integer array `nums` sorted in ascending order with no repeated values, and an integer `target`.\n\nReturn the index of `target` in `nums`, or `-1` when it does not appear. Your algorithm should run in `O(log n)` time.',
    zh: '給定一個由小到大排序、沒有重複值的整數陣列 `nums`，以及一個整數 `target`。\n\n回傳 `target` 在 `nums` 中的索引；若不存在則回傳 `-1`。你的演算法時間複雜度應為 `O(log n)`。',
  },
  examples: [
    {
      input: 'nums = [-1,0,3,5,9,12], target = 9',
      output: '4',
      explanation: { en: '9 is at index 4.', zh: '9 位於索引 4。' },
    },
    {
      input: 'nums = [-1,0,3,5,9,12], target = 2',
      output: '-1',
      explanation: { en: '2 does not appear in nums.', zh: '2 不在 nums 之中。' },
    },
  ],
  constraints: [
    '1 <= nums.length <= 10^4',
    '-10^4 < nums[i], target < 10^4',
    'All values of nums are distinct.',
    'nums is sorted in ascending order.',
  ],
  hints: [
    {
      en: 'Compare target with the middle element: one half of the range can be discarded.',
      zh: '把 target 與中間的元素比較，就能捨棄一半的範圍。',
    },
    { en: 'Keep a closed range [lo, hi] and stop when it is empty.', zh: '維護閉區間 [lo, hi]，區間為空時停止。' },
  ],
  spec: {
    functionName: { javascript: 'search', typescript: 'search', python: 'search', java: 'search', cpp: 'search' },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function search(nums, target) {\n  \n}\n',
    typescript: 'function search(nums: number[], target: number): number {\n  \n}\n',
    python: 'class Solution:\n    def search(self, nums: List[int], target: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int search(int[] nums, int target) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int search(vector<int>& nums, int target) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
`,
    typescript: `function search(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
`,
    python: `class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
`,
    java: `class Solution {
    public int search(int[] nums, int target) {
        int lo = 0, hi = nums.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
`,
    cpp: `class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
`,
  },
  visible: [
    { args: [[-1, 0, 3, 5, 9, 12], 9], expected: 4 },
    { args: [[-1, 0, 3, 5, 9, 12], 2], expected: -1 },
  ],
  hidden: [
    { args: [[5], 5], expected: 0 },
    { args: [[5], -5], expected: -1 },
    { args: [[1, 2], 1], expected: 0 },
    { args: [[1, 2], 2], expected: 1 },
    { args: [[1, 3], 2], expected: -1 },
    { args: [[-9999, -5, 0, 7, 9999], -9999], expected: 0 },
    { args: [[-9999, -5, 0, 7, 9999], 9999], expected: 4 },
    { args: [[2, 4, 6, 8, 10, 12, 14], 1], expected: -1 },
    { args: [[2, 4, 6, 8, 10, 12, 14], 15], expected: -1 },
    { args: [[2, 4, 6, 8, 10, 12, 14], 8], expected: 3 },
    { args: [[-10, -8, -6, -4, -2], -4], expected: 3 },
  ],
  largest: () => {
    // 10^4 distinct sorted values drawn from (-10^4, 10^4); the target is one of them.
    const random = seededRandom(2);
    const pool = Array.from({ length: 19_999 }, (_, i) => i - 9_999);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const nums = pool.slice(0, 10_000).sort((a, b) => a - b);
    const expected = 7_321;
    return { args: [nums, nums[expected]], expected };
  },
});
