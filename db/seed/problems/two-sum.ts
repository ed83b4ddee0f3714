import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'two-sum',
  title: { en: 'Two Sum', zh: '兩數之和' },
  difficulty: 'Easy',
  category: 'hash-table',
  tags: ['array', 'hash-table'],
  statement: {
    en: 'Given an array of integers `nums` and an integer `target`, return the indices of the two numbers that add up to `target`, the smaller index first.\n\nExactly one pair adds up to `target`, and the same element may not be used twice.',
    zh: '給定整數陣列 `nums` 與整數 `target`，回傳相加等於 `target` 的兩個數字的索引，較小的索引在前。\n\n恰好只有一組答案，同一個元素不能使用兩次。',
  },
  examples: [
    {
      input: 'nums = [2,7,11,15], target = 9',
      output: '[0,1]',
      explanation: { en: 'nums[0] + nums[1] == 9.', zh: 'nums[0] + nums[1] == 9。' },
    },
    { input: 'nums = [3,2,4], target = 6', output: '[1,2]' },
    { input: 'nums = [3,3], target = 6', output: '[0,1]' },
  ],
  constraints: ['2 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9', '-10^9 <= target <= 10^9', 'Exactly one answer exists.'],
  hints: [
    { en: 'For each number, which other number would complete the pair?', zh: '對每個數字來說，需要哪一個數字才能湊成答案？' },
    { en: 'A hash map finds that number in O(1).', zh: '用雜湊表可以在 O(1) 時間找到那個數字。' },
  ],
  spec: {
    functionName: { javascript: 'twoSum', typescript: 'twoSum', python: 'two_sum', java: 'twoSum', cpp: 'twoSum' },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function twoSum(nums, target) {\n  \n}\n',
    typescript: 'function twoSum(nums: number[], target: number): number[] {\n  \n}\n',
    python: 'class Solution:\n    def two_sum(self, nums: List[int], target: int) -> List[int]:\n        pass\n',
    java: 'class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}
`,
    typescript: `function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}
`,
    python: `class Solution:
    def two_sum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`,
    java: `class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] { j, i };
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
`,
    cpp: `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def two_sum(self, nums: List[int], target: int) -> List[int]:
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
`,
  },
  visible: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
    { args: [[3, 3], 6], expected: [0, 1] },
  ],
  hidden: [
    { args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { args: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { args: [[1, 2], 3], expected: [0, 1] },
    { args: [[1000000000, -1000000000], 0], expected: [0, 1] },
    { args: [[5, 75, 25], 100], expected: [1, 2] },
    { args: [[-3, 4, 3, 90], 0], expected: [0, 2] },
    { args: [[2, 5, 5, 11], 10], expected: [1, 2] },
    { args: [[1, 1, 1, 1, 1, 4, 1, 1, 6], 10], expected: [5, 8] },
    { args: [[230, 863, 916, 585, 981, 404, 316, 785, 88, 12, 70, 435, 384, 778, 887, 755, 740, 337, 86, 92], 404 + 12], expected: [5, 9] },
    { args: [[0, 0], 0], expected: [0, 1] },
  ],
  largest: () => {
    // 10^5 distinct values; the pair is the last two, so a nested loop does ~5·10^9 steps.
    // Shuffled even numbers below 2·10^5 cannot reach the odd pair's sum of 10^9.
    const random = seededRandom(1);
    const n = 100_000;
    const nums = Array.from({ length: n - 2 }, (_, i) => 2 * i);
    for (let i = nums.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [nums[i], nums[j]] = [nums[j]!, nums[i]!];
    }
    return { args: [[...nums, 999_999_999, 1], 1_000_000_000], expected: [n - 2, n - 1] };
  },
});
