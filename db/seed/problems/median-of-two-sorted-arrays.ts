import { defineProblem, seededRandom } from './source';

/** A sorted array of the given length climbing from `from` in random steps of 0 to `step` (duplicates included). */
function climbing(random: ReturnType<typeof seededRandom>, length: number, from: number, step: number): number[] {
  const out = new Array<number>(length);
  for (let i = 0, value = from; i < length; i++, value += random.int(0, step)) out[i] = value;
  return out;
}

/** The median by merging up to the middle: the oracle for the largest case. */
function mergedMedian(a: number[], b: number[]): number {
  const total = a.length + b.length;
  const merged: number[] = [];
  for (let i = 0, j = 0; merged.length <= total / 2;) {
    merged.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  }
  const half = Math.floor(total / 2);
  return total % 2 ? merged[half]! : (merged[half - 1]! + merged[half]!) / 2;
}

export default defineProblem({
  slug: 'median-of-two-sorted-arrays',
  title: { en: 'Median of Two Sorted Arrays', zh: '兩個已排序陣列的中位數' },
  difficulty: 'Hard',
  category: 'binary-search',
  tags: ['array', 'binary-search', 'divide-and-conquer'],
  statement: {
    en: 'Given two integer arrays `nums1` and `nums2`, of lengths `m` and `n`, each sorted in non-decreasing order, return the median of all `m + n` numbers together.\n\nThe median of an odd count of numbers is the middle one once they are sorted; of an even count, the mean of the two middle ones.\n\nAnswers within `10^-5` of the exact median are accepted.\n\n**Follow-up:** merging the arrays takes O(m + n) time. Can you find the median in O(log(m + n))?',
    zh: '給定兩個整數陣列 `nums1` 與 `nums2`，長度分別為 `m` 與 `n`，且都已依非遞減順序排序，回傳這 `m + n` 個數合在一起的中位數。\n\n奇數個數的中位數是排序後正中間的那個數；偶數個數則是中間兩個數的平均值。\n\n與正確中位數相差在 `10^-5` 以內的答案都會被接受。\n\n**進階：** 合併兩個陣列需要 O(m + n) 的時間。你能在 O(log(m + n)) 的時間內找到中位數嗎？',
  },
  examples: [
    {
      input: 'nums1 = [1,3], nums2 = [2]',
      output: '2.00000',
      explanation: {
        en: 'Together the numbers are [1,2,3]; the median is 2.',
        zh: '合在一起為 [1,2,3]，中位數是 2。',
      },
    },
    {
      input: 'nums1 = [1,2], nums2 = [3,4]',
      output: '2.50000',
      explanation: {
        en: 'Together the numbers are [1,2,3,4]; the median is (2 + 3) / 2 = 2.5.',
        zh: '合在一起為 [1,2,3,4]，中位數是 (2 + 3) / 2 = 2.5。',
      },
    },
  ],
  constraints: [
    'nums1.length == m',
    'nums2.length == n',
    '0 <= m, n <= 1000',
    '1 <= m + n <= 2000',
    '-10^6 <= nums1[i], nums2[i] <= 10^6',
    'nums1 and nums2 are sorted in non-decreasing order.',
  ],
  hints: [
    {
      en: 'Cut each array in two so that the left parts together hold half of all the numbers. Which cuts make every number on the left no larger than every number on the right?',
      zh: '把兩個陣列各切成兩段，讓兩個左段加起來恰好有一半的數。怎樣的切法能讓左邊的每個數都不大於右邊的每個數？',
    },
    {
      en: 'Once the cut in the shorter array is chosen, the cut in the other is fixed; binary search the first one.',
      zh: '一旦決定了較短陣列的切點，另一個陣列的切點也就確定了；對前者做二分搜尋。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'findMedianSortedArrays',
      typescript: 'findMedianSortedArrays',
      python: 'find_median_sorted_arrays',
      java: 'findMedianSortedArrays',
      cpp: 'findMedianSortedArrays',
    },
    params: [
      { name: 'nums1', type: 'int[]' },
      { name: 'nums2', type: 'int[]' },
    ],
    returns: 'double',
    compare: { float: 1e-5 },
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function findMedianSortedArrays(nums1, nums2) {\n  \n}\n',
    typescript: 'function findMedianSortedArrays(nums1: number[], nums2: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def find_median_sorted_arrays(self, nums1: List[int], nums2: List[int]) -> float:\n        pass\n',
    java: 'class Solution {\n    public double findMedianSortedArrays(int[] nums1, int[] nums2) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function findMedianSortedArrays(nums1, nums2) {
  if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
  const m = nums1.length;
  const n = nums2.length;
  const half = Math.floor((m + n + 1) / 2);
  // i numbers of nums1 and j = half - i of nums2 form the left half.
  let lo = 0;
  let hi = m;
  for (;;) {
    const i = Math.floor((lo + hi) / 2);
    const j = half - i;
    const aLeft = i > 0 ? nums1[i - 1] : -Infinity;
    const aRight = i < m ? nums1[i] : Infinity;
    const bLeft = j > 0 ? nums2[j - 1] : -Infinity;
    const bRight = j < n ? nums2[j] : Infinity;
    if (aLeft > bRight) hi = i - 1;
    else if (bLeft > aRight) lo = i + 1;
    else if ((m + n) % 2) return Math.max(aLeft, bLeft);
    else return (Math.max(aLeft, bLeft) + Math.min(aRight, bRight)) / 2;
  }
}
`,
    typescript: `function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
  const m = nums1.length;
  const n = nums2.length;
  const half = Math.floor((m + n + 1) / 2);
  // i numbers of nums1 and j = half - i of nums2 form the left half.
  let lo = 0;
  let hi = m;
  for (;;) {
    const i = Math.floor((lo + hi) / 2);
    const j = half - i;
    const aLeft = i > 0 ? nums1[i - 1] : -Infinity;
    const aRight = i < m ? nums1[i] : Infinity;
    const bLeft = j > 0 ? nums2[j - 1] : -Infinity;
    const bRight = j < n ? nums2[j] : Infinity;
    if (aLeft > bRight) hi = i - 1;
    else if (bLeft > aRight) lo = i + 1;
    else if ((m + n) % 2) return Math.max(aLeft, bLeft);
    else return (Math.max(aLeft, bLeft) + Math.min(aRight, bRight)) / 2;
  }
}
`,
    python: `class Solution:
    def find_median_sorted_arrays(self, nums1: List[int], nums2: List[int]) -> float:
        if len(nums1) > len(nums2):
            nums1, nums2 = nums2, nums1
        m, n = len(nums1), len(nums2)
        half = (m + n + 1) // 2
        # i numbers of nums1 and j = half - i of nums2 form the left half.
        lo, hi = 0, m
        while True:
            i = (lo + hi) // 2
            j = half - i
            a_left = nums1[i - 1] if i > 0 else float("-inf")
            a_right = nums1[i] if i < m else float("inf")
            b_left = nums2[j - 1] if j > 0 else float("-inf")
            b_right = nums2[j] if j < n else float("inf")
            if a_left > b_right:
                hi = i - 1
            elif b_left > a_right:
                lo = i + 1
            elif (m + n) % 2:
                return max(a_left, b_left)
            else:
                return (max(a_left, b_left) + min(a_right, b_right)) / 2
`,
    java: `class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
        int m = nums1.length, n = nums2.length;
        int half = (m + n + 1) / 2;
        // i numbers of nums1 and j = half - i of nums2 form the left half.
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2;
            int j = half - i;
            int aLeft = i > 0 ? nums1[i - 1] : Integer.MIN_VALUE;
            int aRight = i < m ? nums1[i] : Integer.MAX_VALUE;
            int bLeft = j > 0 ? nums2[j - 1] : Integer.MIN_VALUE;
            int bRight = j < n ? nums2[j] : Integer.MAX_VALUE;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else if ((m + n) % 2 == 1) return Math.max(aLeft, bLeft);
            else return ((long) Math.max(aLeft, bLeft) + Math.min(aRight, bRight)) / 2.0;
        }
    }
}
`,
    cpp: `class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        if (nums1.size() > nums2.size()) return findMedianSortedArrays(nums2, nums1);
        int m = nums1.size(), n = nums2.size();
        int half = (m + n + 1) / 2;
        // i numbers of nums1 and j = half - i of nums2 form the left half.
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2;
            int j = half - i;
            int aLeft = i > 0 ? nums1[i - 1] : INT_MIN;
            int aRight = i < m ? nums1[i] : INT_MAX;
            int bLeft = j > 0 ? nums2[j - 1] : INT_MIN;
            int bRight = j < n ? nums2[j] : INT_MAX;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else if ((m + n) % 2) return max(aLeft, bLeft);
            else return ((long long)max(aLeft, bLeft) + min(aRight, bRight)) / 2.0;
        }
    }
};
`,
  },
  visible: [
    { args: [[1, 3], [2]], expected: 2 },
    {
      args: [
        [1, 2],
        [3, 4],
      ],
      expected: 2.5,
    },
  ],
  hidden: [
    { args: [[], [1]], expected: 1 },
    { args: [[2], []], expected: 2 },
    {
      args: [
        [0, 0],
        [0, 0],
      ],
      expected: 0,
    },
    { args: [[1], [2, 3, 4, 5, 6]], expected: 3.5 },
    {
      args: [
        [-5, 3, 6, 12, 15],
        [-12, -10, -6, -3, 4, 10],
      ],
      expected: 3,
    },
    { args: [[], [2, 3]], expected: 2.5 },
    { args: [[-1000000], [1000000]], expected: 0 },
    { args: [[1000000, 1000000], [1000000]], expected: 1000000 },
    {
      args: [
        [1, 2, 3, 4, 5],
        [6, 7, 8, 9, 10],
      ],
      expected: 5.5,
    },
    {
      args: [
        [6, 7, 8, 9, 10],
        [1, 2, 3, 4, 5],
      ],
      expected: 5.5,
    },
    {
      args: [
        [1, 1, 1, 1],
        [1, 1, 2],
      ],
      expected: 1,
    },
    { args: [[-3, -2, -1], [-999999]], expected: -2.5 },
    { args: [[4], [1, 2, 3, 5, 6, 7]], expected: 4 },
  ],
  largest: () => {
    const random = seededRandom(2000);
    const nums1 = climbing(random, 1000, -1_000_000, 1999);
    const nums2 = climbing(random, 1000, -999_999, 1999);
    return { args: [nums1, nums2], expected: mergedMedian(nums1, nums2) };
  },
});
