import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'three-sum',
  title: { en: '3Sum', zh: '三數之和' },
  difficulty: 'Medium',
  category: 'two-pointers',
  tags: ['two-pointers', 'array', 'sorting'],
  statement: {
    en: 'Given an integer array `nums`, return every triplet `[nums[i], nums[j], nums[k]]` with three different indices `i`, `j`, `k` whose values add up to `0`.\n\nEach triplet of **values** appears once: two triplets holding the same three values count as the same one. The triplets may be returned in any order, and the values inside a triplet in any order too.',
    zh: '給定整數陣列 `nums`，回傳所有三個索引 `i`、`j`、`k` 互不相同且數值總和為 `0` 的三元組 `[nums[i], nums[j], nums[k]]`。\n\n每一組**數值**只能出現一次：包含相同三個數值的三元組視為同一個。三元組之間的順序不限，三元組內數值的順序也不限。',
  },
  examples: [
    {
      input: 'nums = [-1,0,1,2,-1,-4]',
      output: '[[-1,-1,2],[-1,0,1]]',
      explanation: {
        en: 'nums[0] + nums[3] + nums[4] = 0 gives [-1,2,-1], the values of [-1,-1,2]; nums[0] + nums[1] + nums[2] = 0 and nums[1] + nums[2] + nums[4] = 0 both give the values [-1,0,1], listed once.',
        zh: 'nums[0] + nums[3] + nums[4] = 0 得到 [-1,2,-1]，也就是數值 [-1,-1,2]；nums[0] + nums[1] + nums[2] = 0 與 nums[1] + nums[2] + nums[4] = 0 都得到數值 [-1,0,1]，只列出一次。',
      },
    },
    {
      input: 'nums = [0,1,1]',
      output: '[]',
      explanation: { en: 'The only triplet sums to 2.', zh: '唯一的三元組總和是 2。' },
    },
    {
      input: 'nums = [0,0,0]',
      output: '[[0,0,0]]',
      explanation: { en: 'The only triplet sums to 0.', zh: '唯一的三元組總和是 0。' },
    },
  ],
  constraints: ['3 <= nums.length <= 3000', '-10^5 <= nums[i] <= 10^5'],
  hints: [
    {
      en: 'Sort the array first; equal values then sit next to each other and are easy to skip.',
      zh: '先把陣列排序；相同的數值會相鄰，容易跳過。',
    },
    {
      en: 'Fix the smallest value, then find pairs summing to its negation with two pointers moving inwards.',
      zh: '固定最小的那個數，再用兩個往中間移動的指標找出總和為它的相反數的配對。',
    },
  ],
  spec: {
    functionName: { javascript: 'threeSum', typescript: 'threeSum', python: 'three_sum', java: 'threeSum', cpp: 'threeSum' },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int[][]',
    compare: 'unordered-deep',
  },
  limits: { timeLimitMs: 4000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function threeSum(nums) {\n  \n}\n',
    typescript: 'function threeSum(nums: number[]): number[][] {\n  \n}\n',
    python: 'class Solution:\n    def three_sum(self, nums: List[int]) -> List[List[int]]:\n        pass\n',
    java: 'class Solution {\n    public List<List<Integer>> threeSum(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<vector<int>> threeSum(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function threeSum(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const n = sorted.length;
  const triplets = [];
  for (let i = 0; i < n - 2 && sorted[i] <= 0; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        triplets.push([sorted[i], sorted[lo], sorted[hi]]);
        while (lo < hi && sorted[lo] === sorted[lo + 1]) lo++;
        lo++;
        hi--;
      }
    }
  }
  return triplets;
}
`,
    typescript: `function threeSum(nums: number[]): number[][] {
  const sorted = [...nums].sort((a, b) => a - b);
  const n = sorted.length;
  const triplets: number[][] = [];
  for (let i = 0; i < n - 2 && sorted[i] <= 0; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        triplets.push([sorted[i], sorted[lo], sorted[hi]]);
        while (lo < hi && sorted[lo] === sorted[lo + 1]) lo++;
        lo++;
        hi--;
      }
    }
  }
  return triplets;
}
`,
    python: `class Solution:
    def three_sum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        triplets = []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:
                break
            if i > 0 and a == nums[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    triplets.append([a, nums[lo], nums[hi]])
                    while lo < hi and nums[lo] == nums[lo + 1]:
                        lo += 1
                    lo += 1
                    hi -= 1
        return triplets
`,
    java: `class Solution {
    public List<List<Integer>> threeSum(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        List<List<Integer>> triplets = new ArrayList<>();
        for (int i = 0; i < n - 2 && sorted[i] <= 0; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int sum = sorted[i] + sorted[lo] + sorted[hi];
                if (sum < 0) lo++;
                else if (sum > 0) hi--;
                else {
                    triplets.add(List.of(sorted[i], sorted[lo], sorted[hi]));
                    while (lo < hi && sorted[lo] == sorted[lo + 1]) lo++;
                    lo++;
                    hi--;
                }
            }
        }
        return triplets;
    }
}
`,
    cpp: `class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        vector<int> sorted = nums;
        sort(sorted.begin(), sorted.end());
        int n = sorted.size();
        vector<vector<int>> triplets;
        for (int i = 0; i < n - 2 && sorted[i] <= 0; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int sum = sorted[i] + sorted[lo] + sorted[hi];
                if (sum < 0) lo++;
                else if (sum > 0) hi--;
                else {
                    triplets.push_back({sorted[i], sorted[lo], sorted[hi]});
                    while (lo < hi && sorted[lo] == sorted[lo + 1]) lo++;
                    lo++;
                    hi--;
                }
            }
        }
        return triplets;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def three_sum(self, nums: List[int]) -> List[List[int]]:
        found = set()
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                for k in range(j + 1, n):
                    if nums[i] + nums[j] + nums[k] == 0:
                        found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
        return [list(t) for t in found]
`,
  },
  visible: [
    {
      args: [[-1, 0, 1, 2, -1, -4]],
      expected: [
        [-1, -1, 2],
        [-1, 0, 1],
      ],
    },
    { args: [[0, 1, 1]], expected: [] },
    { args: [[0, 0, 0]], expected: [[0, 0, 0]] },
  ],
  hidden: [
    { args: [[1, 2, 3]], expected: [] },
    { args: [[-1, -2, -3]], expected: [] },
    { args: [[0, 0, 0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[-2, 1, 1]], expected: [[-2, 1, 1]] },
    { args: [[1, 1, -2, 1, -2]], expected: [[-2, 1, 1]] },
    { args: [[100000, -100000, 0]], expected: [[-100000, 0, 100000]] },
    { args: [[-100000, 50000, 50000, -100000, 50000]], expected: [[-100000, 50000, 50000]] },
    {
      args: [[-2, 0, 1, 1, 2]],
      expected: [
        [-2, 0, 2],
        [-2, 1, 1],
      ],
    },
    {
      args: [[-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6]],
      expected: [
        [-4, -2, 6],
        [-4, 0, 4],
        [-4, 1, 3],
        [-4, 2, 2],
        [-2, -2, 4],
        [-2, 0, 2],
      ],
    },
    {
      args: [[3, 0, -2, -1, 1, 2]],
      expected: [
        [-2, -1, 3],
        [-2, 0, 2],
        [-1, 0, 1],
      ],
    },
    { args: [[-1, 0, 1, 0]], expected: [[-1, 0, 1]] },
    { args: [[5, -5, 5, -5, 0, 0]], expected: [[-5, 0, 5]] },
  ],
  largest: () => {
    // 3000 values, a few hundred of them repeated, in [-10^5, 10^5]. Oracle: over pairs of
    // distinct values a <= b, the third value c = -a - b must be >= b and present often enough.
    const random = seededRandom(13);
    const nums = Array.from({ length: 3000 }, () => random.int(-100_000, 100_000));
    for (let k = 0; k < 300; k++) nums[random.int(0, 2999)] = nums[random.int(0, 2999)]!;
    nums[0] = 0;
    nums[1] = 0;
    nums[2] = 0;
    const count = new Map<number, number>();
    for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
    const values = [...count.keys()].sort((x, y) => x - y);
    const expected: number[][] = [];
    for (let p = 0; p < values.length; p++) {
      for (let q = p; q < values.length; q++) {
        const a = values[p]!;
        const b = values[q]!;
        const c = -a - b;
        if (c < b) break;
        if (!count.has(c)) continue;
        const needed = new Map<number, number>();
        for (const v of [a, b, c]) needed.set(v, (needed.get(v) ?? 0) + 1);
        if ([...needed].every(([v, times]) => (count.get(v) ?? 0) >= times)) expected.push([a, b, c]);
      }
    }
    return { args: [nums], expected };
  },
});
