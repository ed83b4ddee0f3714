import { defineProblem, seededRandom } from './source';

/** The oracle: sort descending and index. */
const kthLargest = (nums: number[], k: number): number => [...nums].sort((a, b) => b - a)[k - 1]!;

const MIN_HEAP_JS = `class MinHeap {
  constructor() {
    this.items = [];
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(value) {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
`;

const MIN_HEAP_TS = `class MinHeap {
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0];
  }
  push(value: number): void {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
`;

export default defineProblem({
  slug: 'kth-largest-element-in-an-array',
  title: { en: 'Kth Largest Element in an Array', zh: '陣列中第 K 大的元素' },
  difficulty: 'Medium',
  category: 'heap',
  tags: ['array', 'heap', 'quickselect', 'sorting'],
  statement: {
    en: 'Given an integer array `nums` and an integer `k`, return the `k`-th largest element of the array.\n\nThis is the `k`-th largest in sorted order, not the `k`-th largest distinct value: in `[3,3,2]` the 2nd largest is `3`.\n\nCan you do better than sorting the whole array?',
    zh: '給定整數陣列 `nums` 與整數 `k`，回傳陣列中第 `k` 大的元素。\n\n這是指排序後第 `k` 大的元素，而不是第 `k` 大的相異值：在 `[3,3,2]` 中，第 2 大的是 `3`。\n\n你能做到比排序整個陣列更快嗎？',
  },
  examples: [
    {
      input: 'nums = [3,2,1,5,6,4], k = 2',
      output: '5',
      explanation: { en: 'Sorted descending: [6,5,4,3,2,1]; the 2nd is 5.', zh: '由大到小排序為 [6,5,4,3,2,1]，第 2 個是 5。' },
    },
    { input: 'nums = [3,2,3,1,2,4,5,5,6], k = 4', output: '4' },
  ],
  constraints: ['1 <= k <= nums.length <= 10^5', '-10^4 <= nums[i] <= 10^4'],
  hints: [
    {
      en: 'Keep a min-heap of the k largest values seen so far; its top is the answer.',
      zh: '用最小堆積保存目前看過最大的 k 個值；堆頂就是答案。',
    },
    {
      en: 'When the heap grows past k elements, drop its smallest: O(n log k) overall.',
      zh: '堆積超過 k 個元素時就移除最小值，整體複雜度為 O(n log k)。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'findKthLargest',
      typescript: 'findKthLargest',
      python: 'find_kth_largest',
      java: 'findKthLargest',
      cpp: 'findKthLargest',
    },
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function findKthLargest(nums, k) {\n  \n}\n',
    typescript: 'function findKthLargest(nums: number[], k: number): number {\n  \n}\n',
    python: 'class Solution:\n    def find_kth_largest(self, nums: List[int], k: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int findKthLargest(int[] nums, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int findKthLargest(vector<int>& nums, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `${MIN_HEAP_JS}
function findKthLargest(nums, k) {
  const heap = new MinHeap();
  for (const x of nums) {
    heap.push(x);
    if (heap.size > k) heap.pop();
  }
  return heap.peek();
}
`,
    typescript: `${MIN_HEAP_TS}
function findKthLargest(nums: number[], k: number): number {
  const heap = new MinHeap();
  for (const x of nums) {
    heap.push(x);
    if (heap.size > k) heap.pop();
  }
  return heap.peek();
}
`,
    python: `class Solution:
    def find_kth_largest(self, nums: List[int], k: int) -> int:
        heap = nums[:k]
        heapq.heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
`,
    java: `class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int x : nums) {
            heap.offer(x);
            if (heap.size() > k) heap.poll();
        }
        return heap.peek();
    }
}
`,
    cpp: `class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int, vector<int>, greater<int>> heap;
        for (int x : nums) {
            heap.push(x);
            if ((int)heap.size() > k) heap.pop();
        }
        return heap.top();
    }
};
`,
  },
  visible: [
    { args: [[3, 2, 1, 5, 6, 4], 2], expected: 5 },
    { args: [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4], expected: 4 },
  ],
  hidden: [
    [[1], 1],
    [[-10000], 1],
    [[2, 1], 1],
    [[2, 1], 2],
    [[7, 7, 7, 7], 3],
    [[3, 3, 2], 2],
    [[-1, -5, -3, -4], 2],
    [[10000, -10000, 0], 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 1],
    [[5, 2, 4, 1, 3, 6, 0], 4],
  ].map(([nums, k]) => ({ args: [nums, k], expected: kthLargest(nums as number[], k as number) })),
  largest: () => {
    // 10^5 values with many duplicates, k in the middle: the heap holds half the array.
    const random = seededRandom(11);
    const nums = Array.from({ length: 100_000 }, () => random.int(-10_000, 10_000));
    const k = 50_000;
    return { args: [nums, k], expected: kthLargest(nums, k) };
  },
});
