import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'longest-increasing-subsequence',
  title: { en: 'Longest Increasing Subsequence', zh: '最長遞增子序列' },
  difficulty: 'Medium',
  category: 'dynamic-programming',
  tags: ['array', 'dynamic-programming', 'binary-search'],
  statement: {
    en: 'Given an integer array `nums`, return the length of its longest **strictly increasing subsequence**.\n\nA subsequence keeps some of the elements (possibly all) in their original order, not necessarily next to each other: `[3,6,2,7]` is a subsequence of `[0,3,1,6,2,2,7]`.',
    zh: '給定整數陣列 `nums`，回傳其中最長的**嚴格遞增子序列**的長度。\n\n子序列是保留原本順序、挑出部分（或全部）元素所成的序列，挑出的元素不必相鄰：`[3,6,2,7]` 是 `[0,3,1,6,2,2,7]` 的子序列。',
  },
  examples: [
    {
      input: 'nums = [10,9,2,5,3,7,101,18]',
      output: '4',
      explanation: {
        en: 'One longest increasing subsequence is [2,3,7,101], of length 4.',
        zh: '其中一個最長遞增子序列是 [2,3,7,101]，長度為 4。',
      },
    },
    { input: 'nums = [0,1,0,3,2,3]', output: '4' },
    {
      input: 'nums = [7,7,7,7,7,7,7]',
      output: '1',
      explanation: { en: 'Equal values are not increasing.', zh: '相等的值不算遞增。' },
    },
  ],
  constraints: ['1 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
  hints: [
    {
      en: 'An O(n^2) dynamic program computes, for every i, the longest increasing subsequence ending at i. It is too slow here.',
      zh: 'O(n^2) 的動態規劃可以算出每個 i 結尾的最長遞增子序列，但在這裡太慢。',
    },
    {
      en: 'Keep tails[k]: the smallest possible last value of an increasing subsequence of length k + 1. It is sorted.',
      zh: '維護 tails[k]：長度為 k + 1 的遞增子序列可能的最小結尾值。這個陣列是排序好的。',
    },
    {
      en: 'For each number, binary search the first tail >= it and replace it (or append).',
      zh: '對每個數字，二分搜尋第一個 >= 它的 tail 並取代之（找不到就附加在尾端）。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'lengthOfLIS',
      typescript: 'lengthOfLIS',
      python: 'length_of_lis',
      java: 'lengthOfLIS',
      cpp: 'lengthOfLIS',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function lengthOfLIS(nums) {\n  \n}\n',
    typescript: 'function lengthOfLIS(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def length_of_lis(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int lengthOfLIS(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int lengthOfLIS(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function lengthOfLIS(nums) {
  // tails[k]: the smallest last value of an increasing subsequence of length k + 1.
  const tails = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
`,
    typescript: `function lengthOfLIS(nums: number[]): number {
  // tails[k]: the smallest last value of an increasing subsequence of length k + 1.
  const tails: number[] = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
`,
    python: `class Solution:
    def length_of_lis(self, nums: List[int]) -> int:
        # tails[k]: the smallest last value of an increasing subsequence of length k + 1.
        tails = []
        for x in nums:
            k = bisect.bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
`,
    java: `class Solution {
    public int lengthOfLIS(int[] nums) {
        // tails[k]: the smallest last value of an increasing subsequence of length k + 1.
        int[] tails = new int[nums.length];
        int size = 0;
        for (int x : nums) {
            int lo = 0, hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == size) size++;
        }
        return size;
    }
}
`,
    cpp: `class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        // tails[k]: the smallest last value of an increasing subsequence of length k + 1.
        vector<int> tails;
        for (int x : nums) {
            auto it = lower_bound(tails.begin(), tails.end(), x);
            if (it == tails.end()) tails.push_back(x);
            else *it = x;
        }
        return (int)tails.size();
    }
};
`,
  },
  brute: {
    language: 'python',
    // The O(n^2) dynamic program: the longest increasing subsequence ending at each index.
    code: `class Solution:
    def length_of_lis(self, nums: List[int]) -> int:
        ending = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and ending[j] + 1 > ending[i]:
                    ending[i] = ending[j] + 1
        return max(ending)
`,
  },
  visible: [
    { args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4 },
    { args: [[0, 1, 0, 3, 2, 3]], expected: 4 },
    { args: [[7, 7, 7, 7, 7, 7, 7]], expected: 1 },
  ],
  hidden: [
    { args: [[5]], expected: 1 },
    { args: [[1, 2]], expected: 2 },
    { args: [[2, 1]], expected: 1 },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8]], expected: 8 },
    { args: [[8, 7, 6, 5, 4, 3, 2, 1]], expected: 1 },
    { args: [[-1000000000, 1000000000]], expected: 2 },
    { args: [[1000000000, -1000000000, 0]], expected: 2 },
    { args: [[4, 10, 4, 3, 8, 9]], expected: 3 },
    { args: [[1, 3, 6, 7, 9, 4, 10, 5, 6]], expected: 6 },
    { args: [[3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12]], expected: 6 },
    { args: [[-2, -1]], expected: 2 },
    { args: [[0, 0, 0, 1, 1, 1, 2, 2]], expected: 3 },
    { args: [[2, 2, 1, 1, 3, 3]], expected: 2 },
  ],
  largest: () => {
    // 10^5 values: a rising trend with noise, so the answer is long (thousands) and not trivial.
    const random = seededRandom(6);
    const n = 100_000;
    const nums = Array.from({ length: n }, (_, i) => -1_000_000_000 + i * 20_000 + random.int(0, 1_000_000));
    // Oracle: patience sorting with a plain binary search over the sorted tails.
    const tails: number[] = [];
    for (const x of nums) {
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tails[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      tails[lo] = x;
    }
    return { args: [nums], expected: tails.length };
  },
});
