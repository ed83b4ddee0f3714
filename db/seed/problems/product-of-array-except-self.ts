import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'product-of-array-except-self',
  title: { en: 'Product of Array Except Self', zh: '除自身以外陣列的乘積' },
  difficulty: 'Medium',
  category: 'array',
  tags: ['array', 'prefix-sum'],
  statement: {
    en: 'Given an integer array `nums`, return an array `answer` where `answer[i]` is the product of every element of `nums` except `nums[i]`.\n\nEvery such product fits in a 32-bit signed integer. Solve it in O(n) time **without using division**.',
    zh: '給定整數陣列 `nums`，回傳陣列 `answer`，其中 `answer[i]` 是 `nums` 中除了 `nums[i]` 以外所有元素的乘積。\n\n所有這樣的乘積都保證在 32 位元有號整數的範圍內。請在 O(n) 時間內完成，並且**不要使用除法**。',
  },
  examples: [
    {
      input: 'nums = [1,2,3,4]',
      output: '[24,12,8,6]',
      explanation: {
        en: 'answer[0] = 2·3·4 = 24, answer[1] = 1·3·4 = 12, answer[2] = 1·2·4 = 8, answer[3] = 1·2·3 = 6.',
        zh: 'answer[0] = 2·3·4 = 24，answer[1] = 1·3·4 = 12，answer[2] = 1·2·4 = 8，answer[3] = 1·2·3 = 6。',
      },
    },
    { input: 'nums = [-1,1,0,-3,3]', output: '[0,0,9,0,0]' },
  ],
  constraints: [
    '2 <= nums.length <= 10^5',
    '-30 <= nums[i] <= 30',
    'The product of any prefix or suffix of `nums` fits in a 32-bit signed integer.',
  ],
  hints: [
    {
      en: 'answer[i] is (product of everything left of i) × (product of everything right of i).',
      zh: 'answer[i] 等於（i 左邊所有元素的乘積）×（i 右邊所有元素的乘積）。',
    },
    {
      en: 'Fill the answer with left products in one pass, then multiply in right products in a second pass from the end.',
      zh: '先由左到右把左側乘積填進答案，再由右到左乘上右側乘積。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'productExceptSelf',
      typescript: 'productExceptSelf',
      python: 'product_except_self',
      java: 'productExceptSelf',
      cpp: 'productExceptSelf',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int[]',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function productExceptSelf(nums) {\n  \n}\n',
    typescript: 'function productExceptSelf(nums: number[]): number[] {\n  \n}\n',
    python: 'class Solution:\n    def product_except_self(self, nums: List[int]) -> List[int]:\n        pass\n',
    java: 'class Solution {\n    public int[] productExceptSelf(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<int> productExceptSelf(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function productExceptSelf(nums) {
  const n = nums.length;
  const answer = new Array(n).fill(1);
  for (let i = 1; i < n; i++) answer[i] = answer[i - 1] * nums[i - 1];
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] *= right;
    right *= nums[i];
  }
  return answer;
}
`,
    typescript: `function productExceptSelf(nums: number[]): number[] {
  const n = nums.length;
  const answer = new Array<number>(n).fill(1);
  for (let i = 1; i < n; i++) answer[i] = answer[i - 1] * nums[i - 1];
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] *= right;
    right *= nums[i];
  }
  return answer;
}
`,
    python: `class Solution:
    def product_except_self(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        for i in range(1, n):
            answer[i] = answer[i - 1] * nums[i - 1]
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
`,
    java: `class Solution {
    public int[] productExceptSelf(int[] nums) {
        int n = nums.length;
        int[] answer = new int[n];
        answer[0] = 1;
        for (int i = 1; i < n; i++) answer[i] = answer[i - 1] * nums[i - 1];
        int right = 1;
        for (int i = n - 1; i >= 0; i--) {
            answer[i] *= right;
            right *= nums[i];
        }
        return answer;
    }
}
`,
    cpp: `class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        vector<int> answer(n, 1);
        for (int i = 1; i < n; i++) answer[i] = answer[i - 1] * nums[i - 1];
        int right = 1;
        for (int i = n - 1; i >= 0; i--) {
            answer[i] *= right;
            right *= nums[i];
        }
        return answer;
    }
};
`,
  },
  visible: [
    { args: [[1, 2, 3, 4]], expected: [24, 12, 8, 6] },
    { args: [[-1, 1, 0, -3, 3]], expected: [0, 0, 9, 0, 0] },
  ],
  hidden: [
    { args: [[2, 3]], expected: [3, 2] },
    { args: [[0, 0]], expected: [0, 0] },
    { args: [[0, 5]], expected: [5, 0] },
    { args: [[-30, 30]], expected: [30, -30] },
    { args: [[1, 1, 1, 1]], expected: [1, 1, 1, 1] },
    { args: [[-1, -1, -1]], expected: [1, 1, 1] },
    { args: [[4, 0, 5, 0]], expected: [0, 0, 0, 0] },
    { args: [[2, 3, 0, 4]], expected: [0, 0, 24, 0] },
    { args: [[-2, 3, -4, 5]], expected: [-60, 40, -30, 24] },
    { args: [[30, 30, 30, 30, 30, 30]], expected: [24300000, 24300000, 24300000, 24300000, 24300000, 24300000] },
    { args: [[-30, -30, -30, -30, -30, -30]], expected: [-24300000, -24300000, -24300000, -24300000, -24300000, -24300000] },
  ],
  largest: () => {
    // 10^5 values, mostly ±1 with 25 values of ±2, so every product stays below 2^25 in size.
    const random = seededRandom(8);
    const n = 100_000;
    const nums = Array.from({ length: n }, (): number => (random.next() < 0.5 ? -1 : 1));
    for (let k = 0; k < 25; k++) nums[random.int(0, n - 1)] = random.next() < 0.5 ? -2 : 2;
    const left = new Array<number>(n).fill(1);
    for (let i = 1; i < n; i++) left[i] = left[i - 1]! * nums[i - 1]!;
    const right = new Array<number>(n).fill(1);
    for (let i = n - 2; i >= 0; i--) right[i] = right[i + 1]! * nums[i + 1]!;
    return { args: [nums], expected: nums.map((_, i) => left[i]! * right[i]!) };
  },
});
