import { defineProblem, seededRandom } from './source';

/** The oracle: a sparse table answers the maximum of any range from two overlapping powers of two. */
function windowMaxima(nums: number[], k: number): number[] {
  const table: number[][] = [nums];
  for (let p = 1; 1 << p <= nums.length; p++) {
    const prev = table[p - 1]!;
    const half = 1 << (p - 1);
    table.push(Array.from({ length: nums.length - (1 << p) + 1 }, (_, i) => Math.max(prev[i]!, prev[i + half]!)));
  }
  const p = Math.floor(Math.log2(k));
  return Array.from({ length: nums.length - k + 1 }, (_, i) => Math.max(table[p]![i]!, table[p]![i + k - (1 << p)]!));
}

export default defineProblem({
  slug: 'sliding-window-maximum',
  title: { en: 'Sliding Window Maximum', zh: '滑動視窗最大值' },
  difficulty: 'Hard',
  category: 'heap',
  tags: ['array', 'sliding-window', 'heap', 'monotonic-queue'],
  statement: {
    en: 'Given an integer array `nums` and a window size `k`, a window of `k` consecutive elements slides from the left end of the array to the right end, one position at a time.\n\nReturn an array holding the maximum of each window, from left to right (`nums.length - k + 1` values).',
    zh: '給定整數陣列 `nums` 與視窗大小 `k`，一個涵蓋 `k` 個連續元素的視窗從陣列最左端開始，每次向右移動一格，直到最右端。\n\n回傳一個陣列，由左到右依序為每個視窗中的最大值（共 `nums.length - k + 1` 個）。',
  },
  examples: [
    {
      input: 'nums = [1,3,-1,-3,5,3,6,7], k = 3',
      output: '[3,3,5,5,6,7]',
      explanation: {
        en: 'The windows are [1,3,-1], [3,-1,-3], [-1,-3,5], [-3,5,3], [5,3,6] and [3,6,7].',
        zh: '各視窗依序為 [1,3,-1]、[3,-1,-3]、[-1,-3,5]、[-3,5,3]、[5,3,6] 與 [3,6,7]。',
      },
    },
    { input: 'nums = [1], k = 1', output: '[1]' },
  ],
  constraints: ['1 <= nums.length <= 10^5', '-10^4 <= nums[i] <= 10^4', '1 <= k <= nums.length'],
  hints: [
    {
      en: 'A max-heap of (value, index) works if entries that have left the window are discarded when they reach the top: O(n log n).',
      zh: '使用 (值, 索引) 的最大堆積也可行，只要在過期元素浮到堆頂時丟棄即可：O(n log n)。',
    },
    {
      en: 'For O(n), keep a deque of indices whose values decrease from front to back: a new element removes every smaller one from the back.',
      zh: '若要 O(n)，維護一個雙端佇列，其中索引對應的值由前到後遞減：新元素會從尾端移除所有比它小的元素。',
    },
    {
      en: "The deque's front is the window's maximum; drop it once its index leaves the window.",
      zh: '佇列最前端就是視窗的最大值；當它的索引離開視窗時將其移除。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'maxSlidingWindow',
      typescript: 'maxSlidingWindow',
      python: 'max_sliding_window',
      java: 'maxSlidingWindow',
      cpp: 'maxSlidingWindow',
    },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int[]',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxSlidingWindow(nums, k) {\n  \n}\n',
    typescript: 'function maxSlidingWindow(nums: number[], k: number): number[] {\n  \n}\n',
    python: 'class Solution:\n    def max_sliding_window(self, nums: List[int], k: int) -> List[int]:\n        pass\n',
    java: 'class Solution {\n    public int[] maxSlidingWindow(int[] nums, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<int> maxSlidingWindow(vector<int>& nums, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxSlidingWindow(nums, k) {
  // Indices whose values decrease from head to the end; a plain array with a moving head.
  const deque = [];
  let head = 0;
  const result = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]]);
  }
  return result;
}
`,
    typescript: `function maxSlidingWindow(nums: number[], k: number): number[] {
  // Indices whose values decrease from head to the end; a plain array with a moving head.
  const deque: number[] = [];
  let head = 0;
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]]);
  }
  return result;
}
`,
    python: `class Solution:
    def max_sliding_window(self, nums: List[int], k: int) -> List[int]:
        window = collections.deque()  # indices, values decreasing from left to right
        result = []
        for i, x in enumerate(nums):
            while window and nums[window[-1]] <= x:
                window.pop()
            window.append(i)
            if window[0] <= i - k:
                window.popleft()
            if i >= k - 1:
                result.append(nums[window[0]])
        return result
`,
    java: `class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        Deque<Integer> window = new ArrayDeque<>(); // indices, values decreasing from first to last
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            while (!window.isEmpty() && nums[window.peekLast()] <= nums[i]) window.pollLast();
            window.offerLast(i);
            if (window.peekFirst() <= i - k) window.pollFirst();
            if (i >= k - 1) result[i - k + 1] = nums[window.peekFirst()];
        }
        return result;
    }
}
`,
    cpp: `class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> window; // indices, values decreasing from front to back
        vector<int> result;
        for (int i = 0; i < (int)nums.size(); i++) {
            while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
            window.push_back(i);
            if (window.front() <= i - k) window.pop_front();
            if (i >= k - 1) result.push_back(nums[window.front()]);
        }
        return result;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def max_sliding_window(self, nums: List[int], k: int) -> List[int]:
        result = []
        for i in range(len(nums) - k + 1):
            best = nums[i]
            for j in range(i + 1, i + k):
                if nums[j] > best:
                    best = nums[j]
            result.append(best)
        return result
`,
  },
  visible: [
    { args: [[1, 3, -1, -3, 5, 3, 6, 7], 3], expected: [3, 3, 5, 5, 6, 7] },
    { args: [[1], 1], expected: [1] },
  ],
  hidden: (
    [
      [[-10000], 1],
      [[4, -2], 2],
      [[4, -2], 1],
      [[9, 11], 2],
      [[1, 2, 3, 4, 5, 6], 2],
      [[6, 5, 4, 3, 2, 1], 3],
      [[7, 7, 7, 7, 7], 3],
      [[1, 3, 1, 2, 0, 5], 3],
      [[-7, -8, 7, 5, 7, 1, 6, 0], 4],
      [[10000, -10000, 10000, -10000, 10000], 2],
      [[2, 9, 4, 1, 8, 3, 7, 6, 5, 0], 10],
      [[-1, -2, -3, -4, -5], 5],
    ] as Array<[number[], number]>
  ).map(([nums, k]) => ({ args: [nums, k], expected: windowMaxima(nums, k) })),
  largest: () => {
    // 10^5 values and k = 5·10^4: scanning every window costs ~2.5·10^9 comparisons.
    const random = seededRandom(16);
    const nums = Array.from({ length: 100_000 }, () => random.int(-10_000, 10_000));
    const k = 50_000;
    return { args: [nums, k], expected: windowMaxima(nums, k) };
  },
});
