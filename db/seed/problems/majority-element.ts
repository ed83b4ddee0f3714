import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'majority-element',
  title: { en: 'Majority Element', zh: '多數元素' },
  difficulty: 'Easy',
  category: 'array',
  tags: ['array', 'hash-table', 'counting'],
  statement: {
    en: 'Given an array `nums` of length `n`, return its **majority element**: the value that appears more than `⌊n / 2⌋` times.\n\nThe majority element always exists.',
    zh: '給定長度為 `n` 的陣列 `nums`，回傳其中的**多數元素**：出現次數超過 `⌊n / 2⌋` 次的那個值。\n\n多數元素一定存在。',
  },
  examples: [
    {
      input: 'nums = [3,2,3]',
      output: '3',
      explanation: { en: '3 appears twice, more than ⌊3 / 2⌋ = 1 time.', zh: '3 出現兩次，超過 ⌊3 / 2⌋ = 1 次。' },
    },
    { input: 'nums = [2,2,1,1,1,2,2]', output: '2' },
  ],
  constraints: ['1 <= nums.length <= 5 * 10^4', '-10^9 <= nums[i] <= 10^9', 'The majority element exists.'],
  hints: [
    { en: 'Counting with a hash map takes O(n) time and O(n) space.', zh: '用雜湊表計數需要 O(n) 時間與 O(n) 空間。' },
    {
      en: 'Can you do it in O(1) space? Pair each occurrence of the answer with a different value and cancel them out (Boyer–Moore voting).',
      zh: '能用 O(1) 空間做到嗎？讓答案的每一次出現和一個不同的值互相抵消（Boyer–Moore 投票演算法）。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'majorityElement',
      typescript: 'majorityElement',
      python: 'majority_element',
      java: 'majorityElement',
      cpp: 'majorityElement',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function majorityElement(nums) {\n  \n}\n',
    typescript: 'function majorityElement(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def majority_element(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int majorityElement(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int majorityElement(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function majorityElement(nums) {
  let candidate = 0;
  let votes = 0;
  for (const x of nums) {
    if (votes === 0) candidate = x;
    votes += x === candidate ? 1 : -1;
  }
  return candidate;
}
`,
    typescript: `function majorityElement(nums: number[]): number {
  let candidate = 0;
  let votes = 0;
  for (const x of nums) {
    if (votes === 0) candidate = x;
    votes += x === candidate ? 1 : -1;
  }
  return candidate;
}
`,
    python: `class Solution:
    def majority_element(self, nums: List[int]) -> int:
        candidate, votes = 0, 0
        for x in nums:
            if votes == 0:
                candidate = x
            votes += 1 if x == candidate else -1
        return candidate
`,
    java: `class Solution {
    public int majorityElement(int[] nums) {
        int candidate = 0, votes = 0;
        for (int x : nums) {
            if (votes == 0) candidate = x;
            votes += x == candidate ? 1 : -1;
        }
        return candidate;
    }
}
`,
    cpp: `class Solution {
public:
    int majorityElement(vector<int>& nums) {
        int candidate = 0, votes = 0;
        for (int x : nums) {
            if (votes == 0) candidate = x;
            votes += x == candidate ? 1 : -1;
        }
        return candidate;
    }
};
`,
  },
  visible: [
    { args: [[3, 2, 3]], expected: 3 },
    { args: [[2, 2, 1, 1, 1, 2, 2]], expected: 2 },
  ],
  hidden: [
    { args: [[1]], expected: 1 },
    { args: [[-7, -7]], expected: -7 },
    { args: [[5, 5, 4]], expected: 5 },
    { args: [[4, 5, 5]], expected: 5 },
    { args: [[1, 2, 1, 3, 1]], expected: 1 },
    { args: [[-1000000000, 1000000000, -1000000000]], expected: -1000000000 },
    { args: [[1000000000, 1000000000, 1000000000, 0]], expected: 1000000000 },
    { args: [[6, 5, 5]], expected: 5 },
    { args: [[0, 1, 2, 3, 9, 9, 9, 9, 9]], expected: 9 },
    { args: [[8, 1, 8, 2, 8, 3, 8, 4, 8]], expected: 8 },
    { args: [[3, 3, 4, 4, 4, 3, 3]], expected: 3 },
  ],
  largest: () => {
    // 5·10^4 values: 25 001 copies of the answer shuffled among 24 999 random others.
    const random = seededRandom(5);
    const n = 50_000;
    const answer = -123_456_789;
    const nums = Array.from({ length: n }, (_, i) => (i <= n / 2 ? answer : random.int(-1_000_000_000, 1_000_000_000)));
    for (let i = n - 1; i > 0; i--) {
      const j = random.int(0, i);
      [nums[i], nums[j]] = [nums[j]!, nums[i]!];
    }
    const count = new Map<number, number>();
    for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
    const majority = [...count].find(([, c]) => c > n / 2)![0];
    return { args: [nums], expected: majority };
  },
});
