import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'min-cost-climbing-stairs',
  title: { en: 'Min Cost Climbing Stairs', zh: '爬樓梯的最小成本' },
  difficulty: 'Easy',
  category: 'dynamic-programming',
  tags: ['array', 'dynamic-programming'],
  statement: {
    en: 'You are given an integer array `cost`, where `cost[i]` is the price of stepping on stair `i`. After paying for a stair you may climb one or two stairs.\n\nYou may start on stair `0` or on stair `1`. Return the minimum total cost to reach the top, the position just past the last stair.',
    zh: '給定整數陣列 `cost`，其中 `cost[i]` 是踩上第 `i` 階所需支付的費用。支付之後，你可以往上爬一階或兩階。\n\n你可以從第 `0` 階或第 `1` 階開始。回傳抵達頂端（最後一階之後的位置）所需的最小總成本。',
  },
  examples: [
    {
      input: 'cost = [10,15,20]',
      output: '15',
      explanation: {
        en: 'Start on stair 1, pay 15 and climb two stairs to the top.',
        zh: '從第 1 階開始，支付 15 後往上爬兩階即抵達頂端。',
      },
    },
    {
      input: 'cost = [1,100,1,1,1,100,1,1,100,1]',
      output: '6',
      explanation: {
        en: 'Start on stair 0 and step on stairs 0, 2, 4, 6, 7 and 9, paying 1 each time.',
        zh: '從第 0 階開始，依序踩第 0、2、4、6、7、9 階，每次支付 1。',
      },
    },
  ],
  constraints: ['2 <= cost.length <= 1000', '0 <= cost[i] <= 999'],
  hints: [
    {
      en: 'The cheapest way to reach stair i comes from stair i - 1 or stair i - 2.',
      zh: '抵達第 i 階最便宜的方式，一定來自第 i - 1 階或第 i - 2 階。',
    },
    { en: 'Only the last two values are needed, so O(1) extra space suffices.', zh: '只需要保留前兩個值，額外空間 O(1) 即可。' },
  ],
  spec: {
    functionName: {
      javascript: 'minCostClimbingStairs',
      typescript: 'minCostClimbingStairs',
      python: 'min_cost_climbing_stairs',
      java: 'minCostClimbingStairs',
      cpp: 'minCostClimbingStairs',
    },
    params: [{ name: 'cost', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function minCostClimbingStairs(cost) {\n  \n}\n',
    typescript: 'function minCostClimbingStairs(cost: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def min_cost_climbing_stairs(self, cost: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int minCostClimbingStairs(int[] cost) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int minCostClimbingStairs(vector<int>& cost) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function minCostClimbingStairs(cost) {
  // twoBack and oneBack: the cheapest cost to stand on stairs i - 2 and i - 1.
  let twoBack = 0;
  let oneBack = 0;
  for (let i = 2; i <= cost.length; i++) {
    const here = Math.min(oneBack + cost[i - 1], twoBack + cost[i - 2]);
    twoBack = oneBack;
    oneBack = here;
  }
  return oneBack;
}
`,
    typescript: `function minCostClimbingStairs(cost: number[]): number {
  // twoBack and oneBack: the cheapest cost to stand on stairs i - 2 and i - 1.
  let twoBack = 0;
  let oneBack = 0;
  for (let i = 2; i <= cost.length; i++) {
    const here = Math.min(oneBack + cost[i - 1], twoBack + cost[i - 2]);
    twoBack = oneBack;
    oneBack = here;
  }
  return oneBack;
}
`,
    python: `class Solution:
    def min_cost_climbing_stairs(self, cost: List[int]) -> int:
        # two_back and one_back: the cheapest cost to stand on stairs i - 2 and i - 1.
        two_back = one_back = 0
        for i in range(2, len(cost) + 1):
            two_back, one_back = one_back, min(one_back + cost[i - 1], two_back + cost[i - 2])
        return one_back
`,
    java: `class Solution {
    public int minCostClimbingStairs(int[] cost) {
        // twoBack and oneBack: the cheapest cost to stand on stairs i - 2 and i - 1.
        int twoBack = 0, oneBack = 0;
        for (int i = 2; i <= cost.length; i++) {
            int here = Math.min(oneBack + cost[i - 1], twoBack + cost[i - 2]);
            twoBack = oneBack;
            oneBack = here;
        }
        return oneBack;
    }
}
`,
    cpp: `class Solution {
public:
    int minCostClimbingStairs(vector<int>& cost) {
        // twoBack and oneBack: the cheapest cost to stand on stairs i - 2 and i - 1.
        int twoBack = 0, oneBack = 0;
        for (int i = 2; i <= (int)cost.size(); i++) {
            int here = min(oneBack + cost[i - 1], twoBack + cost[i - 2]);
            twoBack = oneBack;
            oneBack = here;
        }
        return oneBack;
    }
};
`,
  },
  visible: [
    { args: [[10, 15, 20]], expected: 15 },
    { args: [[1, 100, 1, 1, 1, 100, 1, 1, 100, 1]], expected: 6 },
  ],
  hidden: [
    { args: [[0, 0]], expected: 0 },
    { args: [[5, 3]], expected: 3 },
    { args: [[3, 5]], expected: 3 },
    { args: [[999, 999]], expected: 999 },
    { args: [[0, 0, 0, 0]], expected: 0 },
    { args: [[1, 2, 3, 4, 5, 6]], expected: 9 },
    { args: [[6, 5, 4, 3, 2, 1]], expected: 9 },
    { args: [[999, 0, 999, 0, 999, 0, 999]], expected: 0 },
    { args: [[0, 999, 0, 999, 0, 999]], expected: 0 },
    { args: [[7, 7, 7, 7, 7, 7, 7]], expected: 21 },
    { args: [[2, 1, 2, 1, 2, 1, 2, 1, 2]], expected: 4 },
    { args: [[100, 1, 1, 100, 1, 1, 100]], expected: 4 },
  ],
  largest: () => {
    const random = seededRandom(11);
    const cost = Array.from({ length: 1000 }, () => random.int(0, 999));
    // best[i]: the cheapest cost to stand on stair i (the top is i = n).
    const best = [0, 0];
    for (let i = 2; i <= cost.length; i++) best.push(Math.min(best[i - 1]! + cost[i - 1]!, best[i - 2]! + cost[i - 2]!));
    return { args: [cost], expected: best[cost.length] };
  },
});
