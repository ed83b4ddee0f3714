import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'contains-duplicate',
  title: { en: 'Contains Duplicate', zh: '存在重複元素' },
  difficulty: 'Easy',
  category: 'hash-table',
  tags: ['array', 'hash-table', 'sorting'],
  statement: {
    en: 'Given an integer array `nums`, return `true` if some value appears in it at least twice, and `false` if all of its elements are distinct.',
    zh: '給定整數陣列 `nums`，如果有任何值出現至少兩次，回傳 `true`；如果所有元素都不相同，回傳 `false`。',
  },
  examples: [
    {
      input: 'nums = [1,2,3,1]',
      output: 'true',
      explanation: { en: 'The value 1 appears at indices 0 and 3.', zh: '數值 1 出現在索引 0 和 3。' },
    },
    { input: 'nums = [1,2,3,4]', output: 'false' },
    { input: 'nums = [1,1,1,3,3,4,3,2,4,2]', output: 'true' },
  ],
  constraints: ['1 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
  hints: [
    {
      en: 'Comparing every pair takes O(n^2). What can remember the values already seen?',
      zh: '兩兩比較需要 O(n^2)。有什麼資料結構可以記住已經看過的值？',
    },
    { en: 'A hash set answers "seen before?" in O(1) on average.', zh: '雜湊集合可以在平均 O(1) 時間回答「之前出現過嗎？」。' },
  ],
  spec: {
    functionName: {
      javascript: 'containsDuplicate',
      typescript: 'containsDuplicate',
      python: 'contains_duplicate',
      java: 'containsDuplicate',
      cpp: 'containsDuplicate',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function containsDuplicate(nums) {\n  \n}\n',
    typescript: 'function containsDuplicate(nums: number[]): boolean {\n  \n}\n',
    python: 'class Solution:\n    def contains_duplicate(self, nums: List[int]) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean containsDuplicate(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool containsDuplicate(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function containsDuplicate(nums) {
  const seen = new Set();
  for (const x of nums) {
    if (seen.has(x)) return true;
    seen.add(x);
  }
  return false;
}
`,
    typescript: `function containsDuplicate(nums: number[]): boolean {
  const seen = new Set<number>();
  for (const x of nums) {
    if (seen.has(x)) return true;
    seen.add(x);
  }
  return false;
}
`,
    python: `class Solution:
    def contains_duplicate(self, nums: List[int]) -> bool:
        return len(set(nums)) < len(nums)
`,
    java: `class Solution {
    public boolean containsDuplicate(int[] nums) {
        Set<Integer> seen = new HashSet<>();
        for (int x : nums) {
            if (!seen.add(x)) return true;
        }
        return false;
    }
}
`,
    cpp: `class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        unordered_set<int> seen;
        seen.reserve(nums.size() * 2);
        for (int x : nums) {
            if (!seen.insert(x).second) return true;
        }
        return false;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def contains_duplicate(self, nums: List[int]) -> bool:
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] == nums[j]:
                    return True
        return False
`,
  },
  visible: [
    { args: [[1, 2, 3, 1]], expected: true },
    { args: [[1, 2, 3, 4]], expected: false },
    { args: [[1, 1, 1, 3, 3, 4, 3, 2, 4, 2]], expected: true },
  ],
  hidden: [
    { args: [[7]], expected: false },
    { args: [[0, 0]], expected: true },
    { args: [[1, -1]], expected: false },
    { args: [[-5, -5]], expected: true },
    { args: [[1000000000, -1000000000, 999999999]], expected: false },
    { args: [[-1000000000, 3, -1000000000]], expected: true },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], expected: false },
    { args: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 10]], expected: true },
    { args: [[2, 14, 18, 22, 22]], expected: true },
    { args: [[0, 1, -1, 2, -2, 3, -3]], expected: false },
    { args: [[1000000000, 1000000000]], expected: true },
  ],
  largest: () => {
    // 10^5 values, distinct except the last, which repeats the one before it: a pairwise scan
    // only finds it at the very end.
    const random = seededRandom(2);
    const seen = new Set<number>();
    while (seen.size < 99_999) seen.add(random.int(-1_000_000_000, 1_000_000_000));
    const nums = [...seen];
    nums.push(nums[nums.length - 1]!);
    return { args: [nums], expected: true };
  },
});
