import { defineProblem, seededRandom } from './source';

/**
 * The oracle: for each bar, the widest rectangle of its height spans to the nearest strictly
 * lower bar on each side. Those are found by following "nearest lower" links (amortised linear).
 */
function largestArea(heights: number[]): number {
  const n = heights.length;
  const left = new Array<number>(n);
  const right = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let j = i - 1;
    while (j >= 0 && heights[j]! >= heights[i]!) j = left[j]!;
    left[i] = j;
  }
  for (let i = n - 1; i >= 0; i--) {
    let j = i + 1;
    while (j < n && heights[j]! >= heights[i]!) j = right[j]!;
    right[i] = j;
  }
  let best = 0;
  for (let i = 0; i < n; i++) best = Math.max(best, heights[i]! * (right[i]! - left[i]! - 1));
  return best;
}

export default defineProblem({
  slug: 'largest-rectangle-in-histogram',
  title: { en: 'Largest Rectangle in Histogram', zh: '直方圖中最大的矩形' },
  difficulty: 'Hard',
  category: 'stack',
  tags: ['array', 'stack', 'monotonic-stack'],
  statement: {
    en: 'A histogram has bars of width `1` standing side by side; bar `i` is `heights[i]` tall.\n\nReturn the area of the largest axis-aligned rectangle that fits entirely inside the histogram.',
    zh: '一個直方圖由寬度為 `1` 的長條並排組成，第 `i` 根長條的高度為 `heights[i]`。\n\n回傳能完全放在直方圖內、與座標軸對齊的最大矩形面積。',
  },
  examples: [
    {
      input: 'heights = [2,1,5,6,2,3]',
      output: '10',
      explanation: {
        en: 'The bars of height 5 and 6 hold a rectangle 2 wide and 5 tall: area 10.',
        zh: '高度 5 與 6 的兩根長條可容納寬 2、高 5 的矩形，面積為 10。',
      },
    },
    { input: 'heights = [2,4]', output: '4' },
  ],
  constraints: ['1 <= heights.length <= 10^5', '0 <= heights[i] <= 10^4'],
  hints: [
    {
      en: 'The best rectangle is as tall as some bar i and spans to the nearest lower bar on each side of i.',
      zh: '最佳矩形的高度等於某根長條 i，寬度延伸到 i 左右兩側最近的較矮長條為止。',
    },
    {
      en: 'A stack of bar indices with increasing heights finds both boundaries in one pass: a bar popped by a lower one knows its right boundary, and the bar beneath it in the stack is its left boundary.',
      zh: '維護一個高度遞增的索引堆疊，一次掃描就能找出兩側邊界：被較矮長條彈出的長條得知右邊界，而堆疊中它下方的長條就是左邊界。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'largestRectangleArea',
      typescript: 'largestRectangleArea',
      python: 'largest_rectangle_area',
      java: 'largestRectangleArea',
      cpp: 'largestRectangleArea',
    },
    params: [{ name: 'heights', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function largestRectangleArea(heights) {\n  \n}\n',
    typescript: 'function largestRectangleArea(heights: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def largest_rectangle_area(self, heights: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int largestRectangleArea(int[] heights) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int largestRectangleArea(vector<int>& heights) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function largestRectangleArea(heights) {
  const stack = []; // indices of bars with increasing heights
  let best = 0;
  for (let i = 0; i <= heights.length; i++) {
    const h = i === heights.length ? 0 : heights[i];
    while (stack.length && heights[stack[stack.length - 1]] >= h) {
      const height = heights[stack.pop()];
      const left = stack.length ? stack[stack.length - 1] : -1;
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}
`,
    typescript: `function largestRectangleArea(heights: number[]): number {
  const stack: number[] = []; // indices of bars with increasing heights
  let best = 0;
  for (let i = 0; i <= heights.length; i++) {
    const h = i === heights.length ? 0 : heights[i];
    while (stack.length && heights[stack[stack.length - 1]] >= h) {
      const height = heights[stack.pop()!];
      const left = stack.length ? stack[stack.length - 1] : -1;
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}
`,
    python: `class Solution:
    def largest_rectangle_area(self, heights: List[int]) -> int:
        stack = []  # indices of bars with increasing heights
        best = 0
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= h:
                height = heights[stack.pop()]
                left = stack[-1] if stack else -1
                best = max(best, height * (i - left - 1))
            stack.append(i)
        return best
`,
    java: `class Solution {
    public int largestRectangleArea(int[] heights) {
        int n = heights.length;
        int[] stack = new int[n + 1]; // indices of bars with increasing heights
        int top = 0, best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (top > 0 && heights[stack[top - 1]] >= h) {
                int height = heights[stack[--top]];
                int left = top > 0 ? stack[top - 1] : -1;
                best = Math.max(best, height * (i - left - 1));
            }
            stack[top++] = i;
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        vector<int> stack; // indices of bars with increasing heights
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (!stack.empty() && heights[stack.back()] >= h) {
                int height = heights[stack.back()];
                stack.pop_back();
                int left = stack.empty() ? -1 : stack.back();
                best = max(best, height * (i - left - 1));
            }
            stack.push_back(i);
        }
        return best;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def largest_rectangle_area(self, heights: List[int]) -> int:
        best = 0
        for i in range(len(heights)):
            low = heights[i]
            for j in range(i, len(heights)):
                low = min(low, heights[j])
                best = max(best, low * (j - i + 1))
        return best
`,
  },
  visible: [
    { args: [[2, 1, 5, 6, 2, 3]], expected: 10 },
    { args: [[2, 4]], expected: 4 },
  ],
  hidden: [
    [0],
    [10000],
    [0, 0, 0],
    [1, 1, 1, 1, 1],
    [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1],
    [2, 1, 2],
    [4, 2, 0, 3, 2, 5],
    [6, 2, 5, 4, 5, 1, 6],
    [3, 6, 5, 7, 4, 8, 1, 0],
    [10000, 10000, 0, 10000, 10000, 10000],
    [1, 0, 1, 0, 1, 0, 1],
  ].map((heights) => ({ args: [heights], expected: largestArea(heights) })),
  largest: () => {
    // 10^5 bars: a high plateau (9000 to 10^4) with rare random dents, so the best rectangle is
    // tens of thousands of bars wide and its area in the hundreds of millions.
    const random = seededRandom(15);
    const heights = Array.from({ length: 100_000 }, () => (random.next() < 0.0002 ? random.int(0, 10_000) : random.int(9_000, 10_000)));
    return { args: [heights], expected: largestArea(heights) };
  },
});
