import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'container-with-most-water',
  title: { en: 'Container With Most Water', zh: '盛最多水的容器' },
  difficulty: 'Medium',
  category: 'two-pointers',
  tags: ['two-pointers', 'array', 'greedy'],
  statement: {
    en: 'You are given an integer array `height` of length `n`: a vertical wall of height `height[i]` stands at position `i`.\n\nChoose two walls. Together with the ground they form a container holding `(j - i) · min(height[i], height[j])` units of water, for walls at positions `i < j`. Return the most water a container can hold. The container may not be tilted.',
    zh: '給定長度為 `n` 的整數陣列 `height`：位置 `i` 上立著一面高度為 `height[i]` 的牆。\n\n選出兩面牆，它們和地面構成一個容器；位置 `i < j` 的兩面牆可以裝 `(j - i) · min(height[i], height[j])` 單位的水。回傳一個容器最多能裝多少水。容器不能傾斜。',
  },
  examples: [
    {
      input: 'height = [1,8,6,2,5,4,8,3,7]',
      output: '49',
      explanation: {
        en: 'The walls at positions 1 (height 8) and 8 (height 7) hold (8 - 1) · min(8, 7) = 49.',
        zh: '位置 1（高度 8）和位置 8（高度 7）的牆可以裝 (8 - 1) · min(8, 7) = 49。',
      },
    },
    { input: 'height = [1,1]', output: '1' },
  ],
  constraints: ['2 <= height.length <= 10^5', '0 <= height[i] <= 10^4'],
  hints: [
    { en: 'Start with the widest container: the first and the last wall.', zh: '從最寬的容器開始：第一面牆和最後一面牆。' },
    {
      en: 'Moving the taller wall inwards can never help, since the shorter wall still limits the level. Move the shorter one.',
      zh: '把較高的牆往內移動不可能更好，因為水位仍受較矮的牆限制。應該移動較矮的那一面。',
    },
  ],
  spec: {
    functionName: { javascript: 'maxArea', typescript: 'maxArea', python: 'max_area', java: 'maxArea', cpp: 'maxArea' },
    params: [{ name: 'height', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxArea(height) {\n  \n}\n',
    typescript: 'function maxArea(height: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def max_area(self, height: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int maxArea(int[] height) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int maxArea(vector<int>& height) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxArea(height) {
  let i = 0;
  let j = height.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, (j - i) * Math.min(height[i], height[j]));
    if (height[i] < height[j]) i++;
    else j--;
  }
  return best;
}
`,
    typescript: `function maxArea(height: number[]): number {
  let i = 0;
  let j = height.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, (j - i) * Math.min(height[i], height[j]));
    if (height[i] < height[j]) i++;
    else j--;
  }
  return best;
}
`,
    python: `class Solution:
    def max_area(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            if height[i] < height[j]:
                best = max(best, (j - i) * height[i])
                i += 1
            else:
                best = max(best, (j - i) * height[j])
                j -= 1
        return best
`,
    java: `class Solution {
    public int maxArea(int[] height) {
        int i = 0, j = height.length - 1, best = 0;
        while (i < j) {
            best = Math.max(best, (j - i) * Math.min(height[i], height[j]));
            if (height[i] < height[j]) i++;
            else j--;
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int maxArea(vector<int>& height) {
        int i = 0, j = (int)height.size() - 1, best = 0;
        while (i < j) {
            best = max(best, (j - i) * min(height[i], height[j]));
            if (height[i] < height[j]) i++;
            else j--;
        }
        return best;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def max_area(self, height: List[int]) -> int:
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                best = max(best, (j - i) * min(height[i], height[j]))
        return best
`,
  },
  visible: [
    { args: [[1, 8, 6, 2, 5, 4, 8, 3, 7]], expected: 49 },
    { args: [[1, 1]], expected: 1 },
  ],
  hidden: [
    { args: [[0, 0]], expected: 0 },
    { args: [[0, 10000]], expected: 0 },
    { args: [[4, 3, 2, 1, 4]], expected: 16 },
    { args: [[1, 2, 1]], expected: 2 },
    { args: [[1, 2, 3, 4, 5]], expected: 6 },
    { args: [[5, 4, 3, 2, 1]], expected: 6 },
    { args: [[2, 3, 10, 5, 7, 8, 9]], expected: 36 },
    { args: [[1, 3, 2, 5, 25, 24, 5]], expected: 24 },
    { args: [[10000, 1, 1, 1, 10000]], expected: 40000 },
    { args: [[0, 0, 0, 0, 7]], expected: 0 },
    { args: [[10000, ...Array.from({ length: 99_998 }, () => 0), 10000]], expected: 999_990_000 },
  ],
  largest: () => {
    // 10^5 random heights. Oracle: for each wall as the shorter side, the farthest wall at least
    // as tall on either side gives its best container; those positions come from prefix maxima.
    const random = seededRandom(9);
    const n = 100_000;
    const height = Array.from({ length: n }, () => random.int(0, 10_000));
    // firstAtLeast[h] / lastAtLeast[h]: the leftmost / rightmost position whose wall is at least h.
    const firstAtLeast = new Array<number>(10_002).fill(n);
    const lastAtLeast = new Array<number>(10_002).fill(-1);
    height.forEach((h, i) => {
      firstAtLeast[h] = Math.min(firstAtLeast[h]!, i);
      lastAtLeast[h] = Math.max(lastAtLeast[h]!, i);
    });
    for (let h = 10_000; h >= 0; h--) {
      firstAtLeast[h] = Math.min(firstAtLeast[h]!, firstAtLeast[h + 1]!);
      lastAtLeast[h] = Math.max(lastAtLeast[h]!, lastAtLeast[h + 1]!);
    }
    let best = 0;
    height.forEach((h, i) => {
      best = Math.max(best, h * (i - firstAtLeast[h]!), h * (lastAtLeast[h]! - i));
    });
    return { args: [height], expected: best };
  },
});
