import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'longest-consecutive-sequence',
  title: { en: 'Longest Consecutive Sequence', zh: '最長連續序列' },
  difficulty: 'Medium',
  category: 'hash-table',
  tags: ['hash-table', 'array', 'union-find'],
  statement: {
    en: 'Given an unsorted integer array `nums`, return the length of the longest run of consecutive integers `x, x + 1, …, x + k` whose values all appear in `nums` (in any positions).\n\nYour algorithm should run in O(n) time.',
    zh: '給定未排序的整數陣列 `nums`，回傳最長的連續整數序列 `x, x + 1, …, x + k` 的長度，這些數值都必須出現在 `nums` 中（位置不限）。\n\n你的演算法應該在 O(n) 時間內完成。',
  },
  examples: [
    {
      input: 'nums = [100,4,200,1,3,2]',
      output: '4',
      explanation: { en: 'The longest run is 1, 2, 3, 4.', zh: '最長的連續序列是 1, 2, 3, 4。' },
    },
    { input: 'nums = [0,3,7,2,5,8,4,6,0,1]', output: '9' },
    { input: 'nums = []', output: '0' },
  ],
  constraints: ['0 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
  hints: [
    {
      en: 'Sorting gives O(n log n). To do better, put every value in a hash set.',
      zh: '排序可以做到 O(n log n)。想更快的話，把所有數值放進雜湊集合。',
    },
    {
      en: 'Only start counting at a value x whose x - 1 is absent: each run is then walked once.',
      zh: '只從 x - 1 不存在的數值 x 開始往上數：這樣每個序列只會被走訪一次。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'longestConsecutive',
      typescript: 'longestConsecutive',
      python: 'longest_consecutive',
      java: 'longestConsecutive',
      cpp: 'longestConsecutive',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function longestConsecutive(nums) {\n  \n}\n',
    typescript: 'function longestConsecutive(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def longest_consecutive(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int longestConsecutive(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int longestConsecutive(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function longestConsecutive(nums) {
  const values = new Set(nums);
  let best = 0;
  for (const x of values) {
    if (values.has(x - 1)) continue;
    let length = 1;
    while (values.has(x + length)) length++;
    best = Math.max(best, length);
  }
  return best;
}
`,
    typescript: `function longestConsecutive(nums: number[]): number {
  const values = new Set(nums);
  let best = 0;
  for (const x of values) {
    if (values.has(x - 1)) continue;
    let length = 1;
    while (values.has(x + length)) length++;
    best = Math.max(best, length);
  }
  return best;
}
`,
    python: `class Solution:
    def longest_consecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue
            length = 1
            while x + length in values:
                length += 1
            best = max(best, length)
        return best
`,
    java: `class Solution {
    public int longestConsecutive(int[] nums) {
        Set<Integer> values = new HashSet<>();
        for (int x : nums) values.add(x);
        int best = 0;
        for (int x : values) {
            if (values.contains(x - 1)) continue;
            int length = 1;
            while (values.contains(x + length)) length++;
            best = Math.max(best, length);
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_set<int> values(nums.begin(), nums.end());
        int best = 0;
        for (int x : values) {
            if (values.count(x - 1)) continue;
            int length = 1;
            while (values.count(x + length)) length++;
            best = max(best, length);
        }
        return best;
    }
};
`,
  },
  visible: [
    { args: [[100, 4, 200, 1, 3, 2]], expected: 4 },
    { args: [[0, 3, 7, 2, 5, 8, 4, 6, 0, 1]], expected: 9 },
    { args: [[]], expected: 0 },
  ],
  hidden: [
    { args: [[5]], expected: 1 },
    { args: [[7, 7, 7]], expected: 1 },
    { args: [[1, 2, 0, 1]], expected: 3 },
    { args: [[-1, -2, -3, 10]], expected: 3 },
    { args: [[1000000000, -1000000000]], expected: 1 },
    { args: [[999999999, 1000000000, 999999998]], expected: 3 },
    { args: [[-1000000000, -999999999]], expected: 2 },
    { args: [[9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6]], expected: 7 },
    { args: [[10, 5, 12, 3, 55, 30, 4, 11, 2]], expected: 4 },
    { args: [[1, 3, 5, 7, 9]], expected: 1 },
    { args: [Array.from({ length: 100_000 }, (_, i) => 100_000 - i)], expected: 100_000 },
  ],
  largest: () => {
    // 10^5 values: runs of random length at random places, plus duplicates, shuffled.
    // Oracle: sort the distinct values and measure runs of neighbours that differ by one.
    const random = seededRandom(10);
    const nums: number[] = [];
    while (nums.length < 100_000) {
      const start = random.int(-1_000_000_000, 999_000_000);
      const length = Math.min(random.int(1, 3_000), 100_000 - nums.length);
      for (let k = 0; k < length; k++) nums.push(random.next() < 0.05 ? start : start + k);
    }
    for (let i = nums.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [nums[i], nums[j]] = [nums[j]!, nums[i]!];
    }
    const sorted = [...new Set(nums)].sort((a, b) => a - b);
    let best = 1;
    let run = 1;
    for (let i = 1; i < sorted.length; i++) {
      run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
      best = Math.max(best, run);
    }
    return { args: [nums], expected: best };
  },
});
