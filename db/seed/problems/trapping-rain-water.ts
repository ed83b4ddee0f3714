import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'trapping-rain-water',
  title: { en: 'Trapping Rain Water', zh: '接雨水' },
  difficulty: 'Hard',
  category: 'two-pointers',
  tags: ['two-pointers', 'array', 'stack', 'dynamic-programming'],
  statement: {
    en: 'You are given `n` non-negative integers `height`: an elevation map where each bar has width `1` and bar `i` has height `height[i]`.\n\nReturn how many units of rain water the map holds after it rains. Water above bar `i` rises to the lower of the highest bar on its left and the highest bar on its right (bar `i` included on both sides).',
    zh: '給定 `n` 個非負整數 `height`，代表一張高度圖：每根柱子寬度為 `1`，第 `i` 根柱子的高度是 `height[i]`。\n\n回傳下雨之後這張圖能接住多少單位的雨水。第 `i` 根柱子上方的水位，等於它左邊最高柱子與右邊最高柱子兩者中較低的那一個（兩邊都包含第 `i` 根自己）。',
  },
  examples: [
    {
      input: 'height = [0,1,0,2,1,0,1,3,2,1,2,1]',
      output: '6',
      explanation: {
        en: 'Bars 2, 4, 5, 6 and 9 hold 1, 1, 2, 1 and 1 units: 6 in all.',
        zh: '第 2、4、5、6、9 根柱子上方分別接住 1、1、2、1、1 單位的水，共 6 單位。',
      },
    },
    { input: 'height = [4,2,0,3,2,5]', output: '9' },
  ],
  constraints: ['1 <= height.length <= 2 * 10^4', '0 <= height[i] <= 10^5'],
  hints: [
    {
      en: 'The water above bar i is min(highest to its left, highest to its right) - height[i]. Precomputing both maxima takes O(n) space.',
      zh: '第 i 根柱子上方的水量是 min(左邊最高, 右邊最高) - height[i]。預先算出兩邊的最大值需要 O(n) 空間。',
    },
    {
      en: 'With two pointers, the side whose running maximum is lower already knows its water level: settle that side and move it inwards, in O(1) space.',
      zh: '使用雙指標時，目前最大值較低的那一側已經能確定水位：先結算那一側並往內移動，只需要 O(1) 空間。',
    },
  ],
  spec: {
    functionName: { javascript: 'trap', typescript: 'trap', python: 'trap', java: 'trap', cpp: 'trap' },
    params: [{ name: 'height', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function trap(height) {\n  \n}\n',
    typescript: 'function trap(height: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def trap(self, height: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int trap(int[] height) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int trap(vector<int>& height) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function trap(height) {
  let left = 0;
  let right = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    leftMax = Math.max(leftMax, height[left]);
    rightMax = Math.max(rightMax, height[right]);
    if (leftMax < rightMax) water += leftMax - height[left++];
    else water += rightMax - height[right--];
  }
  return water;
}
`,
    typescript: `function trap(height: number[]): number {
  let left = 0;
  let right = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    leftMax = Math.max(leftMax, height[left]);
    rightMax = Math.max(rightMax, height[right]);
    if (leftMax < rightMax) water += leftMax - height[left++];
    else water += rightMax - height[right--];
  }
  return water;
}
`,
    python: `class Solution:
    def trap(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        left_max = right_max = water = 0
        while left < right:
            left_max = max(left_max, height[left])
            right_max = max(right_max, height[right])
            if left_max < right_max:
                water += left_max - height[left]
                left += 1
            else:
                water += right_max - height[right]
                right -= 1
        return water
`,
    java: `class Solution {
    public int trap(int[] height) {
        int left = 0, right = height.length - 1;
        int leftMax = 0, rightMax = 0, water = 0;
        while (left < right) {
            leftMax = Math.max(leftMax, height[left]);
            rightMax = Math.max(rightMax, height[right]);
            if (leftMax < rightMax) water += leftMax - height[left++];
            else water += rightMax - height[right--];
        }
        return water;
    }
}
`,
    cpp: `class Solution {
public:
    int trap(vector<int>& height) {
        int left = 0, right = (int)height.size() - 1;
        int leftMax = 0, rightMax = 0, water = 0;
        while (left < right) {
            leftMax = max(leftMax, height[left]);
            rightMax = max(rightMax, height[right]);
            if (leftMax < rightMax) water += leftMax - height[left++];
            else water += rightMax - height[right--];
        }
        return water;
    }
};
`,
  },
  visible: [
    { args: [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], expected: 6 },
    { args: [[4, 2, 0, 3, 2, 5]], expected: 9 },
  ],
  hidden: [
    { args: [[0]], expected: 0 },
    { args: [[5]], expected: 0 },
    { args: [[3, 0]], expected: 0 },
    { args: [[2, 0, 2]], expected: 2 },
    { args: [[1, 2, 3, 4, 5]], expected: 0 },
    { args: [[5, 4, 3, 2, 1]], expected: 0 },
    { args: [[3, 3, 3]], expected: 0 },
    { args: [[5, 1, 1, 1, 5]], expected: 12 },
    { args: [[2, 0, 1, 0, 3, 0, 1]], expected: 6 },
    { args: [[4, 1, 3, 1, 5, 0, 2]], expected: 9 },
    { args: [[0, 100000, 0, 100000, 0]], expected: 100000 },
    { args: [[100000, ...Array.from({ length: 19_998 }, () => 0), 100000]], expected: 1_999_800_000 },
  ],
  largest: () => {
    // 2·10^4 bars: random hills and valleys. Oracle: the highest bar to the left and to the right
    // of every position, computed separately.
    const random = seededRandom(16);
    const n = 20_000;
    const height: number[] = [];
    let h = 50_000;
    for (let i = 0; i < n; i++) {
      h = Math.min(100_000, Math.max(0, h + random.int(-3_000, 3_000)));
      height.push(random.next() < 0.05 ? random.int(0, 100_000) : h);
    }
    const leftMax = new Array<number>(n);
    const rightMax = new Array<number>(n);
    for (let i = 0; i < n; i++) leftMax[i] = Math.max(height[i]!, i > 0 ? leftMax[i - 1]! : 0);
    for (let i = n - 1; i >= 0; i--) rightMax[i] = Math.max(height[i]!, i < n - 1 ? rightMax[i + 1]! : 0);
    let water = 0;
    for (let i = 0; i < n; i++) water += Math.min(leftMax[i]!, rightMax[i]!) - height[i]!;
    return { args: [height], expected: water };
  },
});
