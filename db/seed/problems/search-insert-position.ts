import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'search-insert-position',
  title: { en: 'Search Insert Position', zh: '搜尋插入位置' },
  difficulty: 'Easy',
  category: 'binary-search',
  tags: ['array', 'binary-search'],
  statement: {
    en: 'Given a sorted array `nums` of distinct integers and an integer `target`, return the index of `target` if it is present. Otherwise return the index where it would be inserted to keep `nums` sorted.\n\nAim for `O(log n)` time.',
    zh: '給定一個由不重複整數組成、已排序的陣列 `nums` 與整數 `target`。若 `target` 存在，回傳它的索引；否則回傳將它插入後仍保持 `nums` 有序的索引位置。\n\n請以 `O(log n)` 的時間複雜度完成。',
  },
  examples: [
    {
      input: 'nums = [1,3,5,6], target = 5',
      output: '2',
      explanation: { en: '5 is found at index 2.', zh: '5 位於索引 2。' },
    },
    {
      input: 'nums = [1,3,5,6], target = 2',
      output: '1',
      explanation: { en: '2 belongs between 1 and 3, at index 1.', zh: '2 應插入 1 與 3 之間，也就是索引 1。' },
    },
    { input: 'nums = [1,3,5,6], target = 7', output: '4' },
  ],
  constraints: ['1 <= nums.length <= 10^4', '-10^4 <= nums[i], target <= 10^4', 'nums contains distinct values sorted in ascending order.'],
  hints: [
    {
      en: 'You are looking for the first index whose value is at least target.',
      zh: '要找的是第一個值大於或等於 target 的索引。',
    },
    {
      en: 'Use a half-open range [lo, hi) with hi = nums.length so that "past the end" is a possible answer.',
      zh: '使用半開區間 [lo, hi)，並令 hi = nums.length，讓「最後面」也成為可能的答案。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'searchInsert',
      typescript: 'searchInsert',
      python: 'search_insert',
      java: 'searchInsert',
      cpp: 'searchInsert',
    },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function searchInsert(nums, target) {\n  \n}\n',
    typescript: 'function searchInsert(nums: number[], target: number): number {\n  \n}\n',
    python: 'class Solution:\n    def search_insert(self, nums: List[int], target: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int searchInsert(int[] nums, int target) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int searchInsert(vector<int>& nums, int target) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function searchInsert(nums, target) {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
`,
    typescript: `function searchInsert(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
`,
    python: `class Solution:
    def search_insert(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo
`,
    java: `class Solution {
    public int searchInsert(int[] nums, int target) {
        int lo = 0, hi = nums.length;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
`,
    cpp: `class Solution {
public:
    int searchInsert(vector<int>& nums, int target) {
        return (int)(lower_bound(nums.begin(), nums.end(), target) - nums.begin());
    }
};
`,
  },
  visible: [
    { args: [[1, 3, 5, 6], 5], expected: 2 },
    { args: [[1, 3, 5, 6], 2], expected: 1 },
    { args: [[1, 3, 5, 6], 7], expected: 4 },
  ],
  hidden: [
    { args: [[1, 3, 5, 6], 0], expected: 0 },
    { args: [[1], 0], expected: 0 },
    { args: [[1], 1], expected: 0 },
    { args: [[1], 2], expected: 1 },
    { args: [[-10000, 10000], 0], expected: 1 },
    { args: [[-10000, 10000], -10000], expected: 0 },
    { args: [[-10000, 10000], 10000], expected: 1 },
    { args: [[-5, -3, -1], -2], expected: 2 },
    { args: [[2, 4, 6, 8, 10], 9], expected: 4 },
    { args: [[2, 4, 6, 8, 10], 10], expected: 4 },
    { args: [[2, 4, 6, 8, 10], 11], expected: 5 },
  ],
  largest: () => {
    // 10^4 distinct even values (a sorted random sample); an odd target is never present.
    const random = seededRandom(4);
    const pool = Array.from({ length: 10_001 }, (_, i) => 2 * i - 10_000);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const nums = pool.slice(0, 10_000).sort((a, b) => a - b);
    const target = 1_235;
    return { args: [nums, target], expected: nums.filter((x) => x < target).length };
  },
});
