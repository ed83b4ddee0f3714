import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'top-k-frequent-elements',
  title: { en: 'Top K Frequent Elements', zh: '前 K 個高頻元素' },
  difficulty: 'Medium',
  category: 'heap',
  tags: ['heap', 'hash-table', 'bucket-sort', 'array'],
  statement: {
    en: 'Given an integer array `nums` and an integer `k`, return the `k` values that occur most often in `nums`, in any order.\n\nThe answer is unique: the `k`-th most frequent value occurs strictly more often than every value outside the answer.',
    zh: '給定整數陣列 `nums` 與整數 `k`，回傳 `nums` 中出現次數最多的 `k` 個數值，順序不限。\n\n答案是唯一的：第 `k` 高頻的數值出現次數，一定嚴格大於答案以外的任何數值。',
  },
  examples: [
    {
      input: 'nums = [1,1,1,2,2,3], k = 2',
      output: '[1,2]',
      explanation: {
        en: '1 occurs three times and 2 twice; 3 occurs only once. [2,1] is accepted as well.',
        zh: '1 出現三次、2 出現兩次，3 只出現一次。回傳 [2,1] 也正確。',
      },
    },
    { input: 'nums = [1], k = 1', output: '[1]' },
  ],
  constraints: [
    '1 <= nums.length <= 10^5',
    '-10^4 <= nums[i] <= 10^4',
    '`k` is between 1 and the number of distinct values in `nums`.',
    'The answer is unique.',
  ],
  hints: [
    { en: 'Count every value with a hash map first.', zh: '先用雜湊表計算每個數值出現的次數。' },
    {
      en: 'A min-heap of size k keeps the k most frequent in O(n log k). Bucketing values by their count does it in O(n).',
      zh: '大小為 k 的最小堆積可以在 O(n log k) 內保留前 k 個高頻數值；依出現次數把數值放進桶子則可以做到 O(n)。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'topKFrequent',
      typescript: 'topKFrequent',
      python: 'top_k_frequent',
      java: 'topKFrequent',
      cpp: 'topKFrequent',
    },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int[]',
    compare: 'unordered',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function topKFrequent(nums, k) {\n  \n}\n',
    typescript: 'function topKFrequent(nums: number[], k: number): number[] {\n  \n}\n',
    python: 'class Solution:\n    def top_k_frequent(self, nums: List[int], k: int) -> List[int]:\n        pass\n',
    java: 'class Solution {\n    public int[] topKFrequent(int[] nums, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<int> topKFrequent(vector<int>& nums, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function topKFrequent(nums, k) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  // buckets[c] holds the values that occur exactly c times.
  const buckets = Array.from({ length: nums.length + 1 }, () => []);
  for (const [x, c] of count) buckets[c].push(x);
  const answer = [];
  for (let c = nums.length; c > 0 && answer.length < k; c--) answer.push(...buckets[c]);
  return answer.slice(0, k);
}
`,
    typescript: `function topKFrequent(nums: number[], k: number): number[] {
  const count = new Map<number, number>();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  // buckets[c] holds the values that occur exactly c times.
  const buckets: number[][] = Array.from({ length: nums.length + 1 }, () => []);
  for (const [x, c] of count) buckets[c].push(x);
  const answer: number[] = [];
  for (let c = nums.length; c > 0 && answer.length < k; c--) answer.push(...buckets[c]);
  return answer.slice(0, k);
}
`,
    python: `class Solution:
    def top_k_frequent(self, nums: List[int], k: int) -> List[int]:
        count = collections.Counter(nums)
        return heapq.nlargest(k, count.keys(), key=count.get)
`,
    java: `class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) count.merge(x, 1, Integer::sum);
        // A min-heap by count keeps the k most frequent values seen so far.
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> count.get(a) - count.get(b));
        for (int x : count.keySet()) {
            heap.offer(x);
            if (heap.size() > k) heap.poll();
        }
        int[] answer = new int[k];
        for (int i = 0; i < k; i++) answer[i] = heap.poll();
        return answer;
    }
}
`,
    cpp: `class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        // A min-heap of (count, value) keeps the k most frequent values seen so far.
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        for (auto& [x, c] : count) {
            heap.push({c, x});
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> answer;
        while (!heap.empty()) {
            answer.push_back(heap.top().second);
            heap.pop();
        }
        return answer;
    }
};
`,
  },
  visible: [
    { args: [[1, 1, 1, 2, 2, 3], 2], expected: [1, 2] },
    { args: [[1], 1], expected: [1] },
  ],
  hidden: [
    { args: [[-1, -1], 1], expected: [-1] },
    { args: [[1, 2], 2], expected: [1, 2] },
    { args: [[4, 4, 4, 5, 5, 6], 1], expected: [4] },
    { args: [[5, 3, 5, 3, 5, 1], 2], expected: [5, 3] },
    { args: [[7, 7, 8, 8, 9], 2], expected: [7, 8] },
    { args: [[1, 2, 3, 4, 5], 5], expected: [1, 2, 3, 4, 5] },
    { args: [[-10000, 10000, 10000, -10000, 0, -10000], 2], expected: [-10000, 10000] },
    { args: [[3, 0, 1, 0], 1], expected: [0] },
    { args: [[6, 6, 6, 6, 2, 2, 2, 9, 9, 1], 3], expected: [6, 2, 9] },
    { args: [[2, 2, 2, 2, 2], 1], expected: [2] },
    { args: [[...Array.from({ length: 40_002 }, (_, i) => (i % 20_001) - 10_000), 0], 1], expected: [0] },
  ],
  largest: () => {
    // 10^5 values over 5000 distinct ones, with random counts; k is the first cut, from 300 up,
    // where the counts on either side differ. Oracle: sort the values by count.
    const random = seededRandom(15);
    const pool = Array.from({ length: 20_001 }, (_, i) => i - 10_000);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const nums: number[] = [];
    for (const value of pool.slice(0, 5000)) {
      const times = random.int(1, 39);
      for (let t = 0; t < times && nums.length < 100_000; t++) nums.push(value);
    }
    while (nums.length < 100_000) nums.push(pool[0]!);
    for (let i = nums.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [nums[i], nums[j]] = [nums[j]!, nums[i]!];
    }
    const count = new Map<number, number>();
    for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
    const byCount = [...count].sort((a, b) => b[1] - a[1]);
    let k = 300;
    while (byCount[k - 1]![1] === byCount[k]![1]) k++;
    return { args: [nums, k], expected: byCount.slice(0, k).map(([value]) => value) };
  },
});
