import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'search-in-rotated-sorted-array',
  title: { en: 'Search in Rotated Sorted Array', zh: '搜尋旋轉排序陣列' },
  difficulty: 'Medium',
  category: 'binary-search',
  tags: ['array', 'binary-search'],
  statement: {
    en: 'An array of distinct integers was sorted in ascending order and then possibly rotated at an unknown pivot `k` (`0 <= k < nums.length`), becoming `[nums[k], ..., nums[n-1], nums[0], ..., nums[k-1]]`. For example, `[0,1,2,4,5,6,7]` rotated at `k = 3` is `[4,5,6,7,0,1,2]`.\n\nGiven the rotated array `nums` and an integer `target`, return the index of `target`, or `-1` when it is absent. Your algorithm should run in `O(log n)` time.',
    zh: '一個由不重複整數組成、原本由小到大排序的陣列，可能在某個未知的位置 `k`（`0 <= k < nums.length`）被旋轉，變成 `[nums[k], ..., nums[n-1], nums[0], ..., nums[k-1]]`。例如 `[0,1,2,4,5,6,7]` 在 `k = 3` 旋轉後成為 `[4,5,6,7,0,1,2]`。\n\n給定旋轉後的陣列 `nums` 與整數 `target`，回傳 `target` 的索引；若不存在則回傳 `-1`。演算法的時間複雜度應為 `O(log n)`。',
  },
  examples: [
    {
      input: 'nums = [4,5,6,7,0,1,2], target = 0',
      output: '4',
      explanation: { en: '0 is at index 4.', zh: '0 位於索引 4。' },
    },
    { input: 'nums = [4,5,6,7,0,1,2], target = 3', output: '-1' },
    { input: 'nums = [1], target = 0', output: '-1' },
  ],
  constraints: [
    '1 <= nums.length <= 5000',
    '-10^4 <= nums[i], target <= 10^4',
    'All values of nums are distinct.',
    'nums is an ascending array, possibly rotated.',
  ],
  hints: [
    {
      en: 'Cut the range at its middle: at least one of the two halves is sorted.',
      zh: '從中間切開區間，兩半之中至少有一半是有序的。',
    },
    {
      en: 'Check whether target lies within the sorted half; if not, it can only be in the other half.',
      zh: '判斷 target 是否落在有序的那一半；若不是，就只可能在另一半。',
    },
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
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
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
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
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
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif nums[mid] < target <= nums[hi]:
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
            if (nums[lo] <= nums[mid]) {
                if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
                else lo = mid + 1;
            } else if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
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
            if (nums[lo] <= nums[mid]) {
                if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
                else lo = mid + 1;
            } else if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
`,
  },
  visible: [
    { args: [[4, 5, 6, 7, 0, 1, 2], 0], expected: 4 },
    { args: [[4, 5, 6, 7, 0, 1, 2], 3], expected: -1 },
    { args: [[1], 0], expected: -1 },
  ],
  hidden: [
    { args: [[1], 1], expected: 0 },
    { args: [[1, 3], 3], expected: 1 },
    { args: [[3, 1], 1], expected: 1 },
    { args: [[3, 1], 3], expected: 0 },
    { args: [[3, 1], 2], expected: -1 },
    { args: [[1, 2, 3, 4, 5, 6], 4], expected: 3 },
    { args: [[6, 7, 1, 2, 3, 4, 5], 6], expected: 0 },
    { args: [[6, 7, 1, 2, 3, 4, 5], 5], expected: 6 },
    { args: [[2, 3, 4, 5, 6, 7, 1], 1], expected: 6 },
    { args: [[5, 1, 3], 5], expected: 0 },
    { args: [[4, 5, 6, 7, 8, 1, 2, 3], 8], expected: 4 },
    { args: [[10000, -10000, -5000, 0], -10000], expected: 1 },
  ],
  largest: () => {
    // 5000 distinct sorted values rotated at a random pivot; the target sits just left of the pivot.
    const random = seededRandom(6);
    const pool = Array.from({ length: 20_001 }, (_, i) => i - 10_000);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const sorted = pool.slice(0, 5_000).sort((a, b) => a - b);
    const k = random.int(1, 4_999);
    const nums = [...sorted.slice(k), ...sorted.slice(0, k)];
    const target = sorted[sorted.length - 1]!;
    return { args: [nums, target], expected: nums.indexOf(target) };
  },
});
