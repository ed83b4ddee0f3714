import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'house-robber',
  title: { en: 'House Robber', zh: '打家劫舍' },
  difficulty: 'Medium',
  category: 'dynamic-programming',
  tags: ['array', 'dynamic-programming'],
  statement: {
    en: 'Houses stand in a row along a street, and `nums[i]` is the amount of money hidden in house `i`. A thief may rob any set of houses, except that robbing **two adjacent houses** sets off the alarm.\n\nReturn the largest total amount the thief can take without setting off the alarm.',
    zh: '一排房屋沿街而立，`nums[i]` 是第 `i` 間房屋裡藏的金額。小偷可以偷任意幾間房屋，但只要偷了**兩間相鄰的房屋**就會觸發警報。\n\n回傳在不觸發警報的前提下，小偷能偷到的最大總金額。',
  },
  examples: [
    {
      input: 'nums = [1,2,3,1]',
      output: '4',
      explanation: { en: 'Rob houses 0 and 2: 1 + 3 = 4.', zh: '偷第 0 間與第 2 間：1 + 3 = 4。' },
    },
    {
      input: 'nums = [2,7,9,3,1]',
      output: '12',
      explanation: { en: 'Rob houses 0, 2 and 4: 2 + 9 + 1 = 12.', zh: '偷第 0、2、4 間：2 + 9 + 1 = 12。' },
    },
  ],
  constraints: ['1 <= nums.length <= 10^5', '0 <= nums[i] <= 10^4'],
  hints: [
    {
      en: 'For the first i houses, either house i - 1 is robbed (then house i - 2 is not) or it is skipped.',
      zh: '考慮前 i 間房屋：第 i - 1 間要嘛被偷（那麼第 i - 2 間不能偷），要嘛跳過。',
    },
    { en: 'Keep only the best totals for the last two prefixes.', zh: '只需保留最後兩個前綴的最佳總額。' },
  ],
  spec: {
    functionName: { javascript: 'rob', typescript: 'rob', python: 'rob', java: 'rob', cpp: 'rob' },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function rob(nums) {\n  \n}\n',
    typescript: 'function rob(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def rob(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int rob(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int rob(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function rob(nums) {
  // skip: the best total so far without the previous house; best: the best total so far.
  let skip = 0;
  let best = 0;
  for (const money of nums) {
    const next = Math.max(best, skip + money);
    skip = best;
    best = next;
  }
  return best;
}
`,
    typescript: `function rob(nums: number[]): number {
  // skip: the best total so far without the previous house; best: the best total so far.
  let skip = 0;
  let best = 0;
  for (const money of nums) {
    const next = Math.max(best, skip + money);
    skip = best;
    best = next;
  }
  return best;
}
`,
    python: `class Solution:
    def rob(self, nums: List[int]) -> int:
        # skip: the best total so far without the previous house; best: the best total so far.
        skip = best = 0
        for money in nums:
            skip, best = best, max(best, skip + money)
        return best
`,
    java: `class Solution {
    public int rob(int[] nums) {
        // skip: the best total so far without the previous house; best: the best total so far.
        int skip = 0, best = 0;
        for (int money : nums) {
            int next = Math.max(best, skip + money);
            skip = best;
            best = next;
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int rob(vector<int>& nums) {
        // skip: the best total so far without the previous house; best: the best total so far.
        int skip = 0, best = 0;
        for (int money : nums) {
            int next = max(best, skip + money);
            skip = best;
            best = next;
        }
        return best;
    }
};
`,
  },
  visible: [
    { args: [[1, 2, 3, 1]], expected: 4 },
    { args: [[2, 7, 9, 3, 1]], expected: 12 },
  ],
  hidden: [
    { args: [[0]], expected: 0 },
    { args: [[5]], expected: 5 },
    { args: [[10000]], expected: 10000 },
    { args: [[1, 2]], expected: 2 },
    { args: [[2, 1]], expected: 2 },
    { args: [[0, 0, 0, 0]], expected: 0 },
    { args: [[2, 1, 1, 2]], expected: 4 },
    { args: [[5, 5, 5, 5, 5]], expected: 15 },
    { args: [[1, 3, 1, 3, 100]], expected: 103 },
    { args: [[10000, 1, 1, 10000]], expected: 20000 },
    { args: [[4, 1, 2, 7, 5, 3, 1]], expected: 14 },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], expected: 30 },
    { args: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]], expected: 30 },
    { args: [[6, 7, 1, 30, 8, 2, 4]], expected: 41 },
  ],
  largest: () => {
    const random = seededRandom(4);
    const nums = Array.from({ length: 100_000 }, () => random.int(0, 10_000));
    // best[i]: the most money from the first i houses.
    const best = [0, nums[0]!];
    for (let i = 2; i <= nums.length; i++) best.push(Math.max(best[i - 1]!, best[i - 2]! + nums[i - 1]!));
    return { args: [nums], expected: best[nums.length] };
  },
});
