import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'maximum-subarray',
  title: { en: 'Maximum Subarray', zh: '最大子陣列和' },
  difficulty: 'Medium',
  category: 'array',
  tags: ['array', 'dynamic-programming', 'divide-and-conquer'],
  statement: {
    en: 'Given an integer array `nums`, find the non-empty **subarray** (a contiguous part of the array) with the largest sum, and return that sum.',
    zh: '給定整數陣列 `nums`，找出總和最大的非空**子陣列**（陣列中連續的一段），並回傳這個總和。',
  },
  examples: [
    {
      input: 'nums = [-2,1,-3,4,-1,2,1,-5,4]',
      output: '6',
      explanation: { en: 'The subarray [4,-1,2,1] has the largest sum, 6.', zh: '子陣列 [4,-1,2,1] 的總和最大，為 6。' },
    },
    {
      input: 'nums = [1]',
      output: '1',
      explanation: { en: 'The only subarray is [1].', zh: '唯一的子陣列是 [1]。' },
    },
    {
      input: 'nums = [5,4,-1,7,8]',
      output: '23',
      explanation: { en: 'The whole array sums to 23.', zh: '整個陣列的總和是 23。' },
    },
  ],
  constraints: ['1 <= nums.length <= 10^5', '-10^4 <= nums[i] <= 10^4'],
  hints: [
    {
      en: 'Consider the best subarray that ends at index i. How does it relate to the best one ending at i - 1?',
      zh: '考慮以索引 i 結尾的最佳子陣列。它和以 i - 1 結尾的最佳子陣列有什麼關係？',
    },
    {
      en: 'A running sum that has become negative only hurts what comes after it: start over (Kadane’s algorithm).',
      zh: '已經變成負數的累加和只會拖累後面的元素：此時就重新開始累加（Kadane 演算法）。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'maxSubArray',
      typescript: 'maxSubArray',
      python: 'max_sub_array',
      java: 'maxSubArray',
      cpp: 'maxSubArray',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxSubArray(nums) {\n  \n}\n',
    typescript: 'function maxSubArray(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def max_sub_array(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int maxSubArray(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int maxSubArray(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxSubArray(nums) {
  let endingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    endingHere = Math.max(nums[i], endingHere + nums[i]);
    best = Math.max(best, endingHere);
  }
  return best;
}
`,
    typescript: `function maxSubArray(nums: number[]): number {
  let endingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    endingHere = Math.max(nums[i], endingHere + nums[i]);
    best = Math.max(best, endingHere);
  }
  return best;
}
`,
    python: `class Solution:
    def max_sub_array(self, nums: List[int]) -> int:
        ending_here = best = nums[0]
        for x in nums[1:]:
            ending_here = max(x, ending_here + x)
            best = max(best, ending_here)
        return best
`,
    java: `class Solution {
    public int maxSubArray(int[] nums) {
        int endingHere = nums[0], best = nums[0];
        for (int i = 1; i < nums.length; i++) {
            endingHere = Math.max(nums[i], endingHere + nums[i]);
            best = Math.max(best, endingHere);
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int endingHere = nums[0], best = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            endingHere = max(nums[i], endingHere + nums[i]);
            best = max(best, endingHere);
        }
        return best;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def max_sub_array(self, nums: List[int]) -> int:
        best = nums[0]
        for i in range(len(nums)):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                best = max(best, total)
        return best
`,
  },
  visible: [
    { args: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6 },
    { args: [[1]], expected: 1 },
    { args: [[5, 4, -1, 7, 8]], expected: 23 },
  ],
  hidden: [
    { args: [[-1]], expected: -1 },
    { args: [[-3, -1, -2]], expected: -1 },
    { args: [[-10000, -10000]], expected: -10000 },
    { args: [[0, 0, 0]], expected: 0 },
    { args: [[-2, -1]], expected: -1 },
    { args: [[1, 2, 3, 4]], expected: 10 },
    { args: [[8, -19, 5, -4, 20]], expected: 21 },
    { args: [[10000, -1, 10000, -20001, 10000]], expected: 19999 },
    { args: [[-1, 0, -2]], expected: 0 },
    { args: [[3, -2, 5, -1]], expected: 6 },
    { args: [[-2, 3, -1, -1, 4, -10, 2]], expected: 5 },
    { args: [Array.from({ length: 1000 }, () => 10000)], expected: 10_000_000 },
  ],
  largest: () => {
    // 10^5 values in [-10^4, 10^4]; the answer is checked with prefix sums: the best sum ending
    // at j is prefix[j + 1] minus the smallest prefix before it.
    const random = seededRandom(7);
    const nums = Array.from({ length: 100_000 }, () => random.int(-10_000, 10_000));
    let prefix = 0;
    let smallestPrefix = 0;
    let best = -Infinity;
    for (const x of nums) {
      prefix += x;
      best = Math.max(best, prefix - smallestPrefix);
      smallestPrefix = Math.min(smallestPrefix, prefix);
    }
    return { args: [nums], expected: best };
  },
});
