import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'subarray-sum-equals-k',
  title: { en: 'Subarray Sum Equals K', zh: '和為 K 的子陣列' },
  difficulty: 'Medium',
  category: 'hash-table',
  tags: ['hash-table', 'prefix-sum', 'array'],
  statement: {
    en: 'Given an integer array `nums` and an integer `k`, return how many **subarrays** (non-empty contiguous parts of `nums`) have a sum equal to `k`.',
    zh: '給定整數陣列 `nums` 與整數 `k`，回傳總和等於 `k` 的**子陣列**（`nums` 中非空且連續的一段）共有幾個。',
  },
  examples: [
    {
      input: 'nums = [1,1,1], k = 2',
      output: '2',
      explanation: { en: 'nums[0..1] and nums[1..2] both sum to 2.', zh: 'nums[0..1] 和 nums[1..2] 的總和都是 2。' },
    },
    { input: 'nums = [1,2,3], k = 3', output: '2' },
  ],
  constraints: ['1 <= nums.length <= 2 * 10^4', '-1000 <= nums[i] <= 1000', '-10^7 <= k <= 10^7'],
  hints: [
    {
      en: 'The sum of nums[i..j] is prefix[j + 1] - prefix[i]. You are counting pairs of prefix sums that differ by k.',
      zh: 'nums[i..j] 的總和等於 prefix[j + 1] - prefix[i]。你要計算的是相差 k 的前綴和配對數。',
    },
    {
      en: 'Values can be negative, so a sliding window does not work; count earlier prefix sums in a hash map.',
      zh: '數值可能是負數，所以滑動視窗不適用；改用雜湊表記錄之前每個前綴和出現的次數。',
    },
  ],
  spec: {
    functionName: { javascript: 'subarraySum', typescript: 'subarraySum', python: 'subarray_sum', java: 'subarraySum', cpp: 'subarraySum' },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function subarraySum(nums, k) {\n  \n}\n',
    typescript: 'function subarraySum(nums: number[], k: number): number {\n  \n}\n',
    python: 'class Solution:\n    def subarray_sum(self, nums: List[int], k: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int subarraySum(int[] nums, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int subarraySum(vector<int>& nums, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function subarraySum(nums, k) {
  const seen = new Map([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const x of nums) {
    prefix += x;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
`,
    typescript: `function subarraySum(nums: number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const x of nums) {
    prefix += x;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
`,
    python: `class Solution:
    def subarray_sum(self, nums: List[int], k: int) -> int:
        seen = collections.Counter({0: 1})
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count
`,
    java: `class Solution {
    public int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> seen = new HashMap<>();
        seen.put(0, 1);
        int prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            count += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
`,
    cpp: `class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        unordered_map<int, int> seen{{0, 1}};
        int prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - k);
            if (it != seen.end()) count += it->second;
            seen[prefix]++;
        }
        return count;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def subarray_sum(self, nums: List[int], k: int) -> int:
        count = 0
        for i in range(len(nums)):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                if total == k:
                    count += 1
        return count
`,
  },
  visible: [
    { args: [[1, 1, 1], 2], expected: 2 },
    { args: [[1, 2, 3], 3], expected: 2 },
  ],
  hidden: [
    { args: [[1], 1], expected: 1 },
    { args: [[1], 0], expected: 0 },
    { args: [[0], 0], expected: 1 },
    { args: [[0, 0, 0], 0], expected: 6 },
    { args: [[-1, -1, 1], 0], expected: 1 },
    { args: [[1, -1, 0], 0], expected: 3 },
    { args: [[3, 4, 7, 2, -3, 1, 4, 2], 7], expected: 4 },
    { args: [[1000, 1000, -1000], 1000], expected: 3 },
    { args: [[-1000, -1000], -2000], expected: 1 },
    { args: [[1, 2, 3, 4, 5], 100], expected: 0 },
    { args: [[5, -5, 5, -5, 5], 5], expected: 6 },
    { args: [Array.from({ length: 20_000 }, () => 0), 0], expected: 200_010_000 },
  ],
  largest: () => {
    // 2·10^4 small values around zero, so many subarrays share a sum. Oracle: for each end, count
    // earlier prefix sums equal to prefix - k.
    const random = seededRandom(12);
    const nums = Array.from({ length: 20_000 }, () => random.int(-3, 3));
    const k = 4;
    const prefixes = new Map<number, number>([[0, 1]]);
    let prefix = 0;
    let count = 0;
    for (const x of nums) {
      prefix += x;
      count += prefixes.get(prefix - k) ?? 0;
      prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
    }
    return { args: [nums, k], expected: count };
  },
});
