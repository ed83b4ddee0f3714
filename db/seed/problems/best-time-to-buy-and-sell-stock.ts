import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'best-time-to-buy-and-sell-stock',
  title: { en: 'Best Time to Buy and Sell Stock', zh: '買賣股票的最佳時機' },
  difficulty: 'Easy',
  category: 'array',
  tags: ['array', 'greedy'],
  statement: {
    en: 'You are given an array `prices` where `prices[i]` is the price of a stock on day `i`.\n\nYou may buy one share on one day and sell it on a **later** day. Return the largest profit you can make this way, or `0` if no trade makes a profit.',
    zh: '給定一個陣列 `prices`，其中 `prices[i]` 是某支股票在第 `i` 天的價格。\n\n你可以選擇某一天買進一股，並在**之後**的某一天賣出。回傳這樣能獲得的最大利潤；如果任何交易都無法獲利，回傳 `0`。',
  },
  examples: [
    {
      input: 'prices = [7,1,5,3,6,4]',
      output: '5',
      explanation: {
        en: 'Buy on day 1 (price 1) and sell on day 4 (price 6): 6 - 1 = 5. Selling before buying is not allowed.',
        zh: '在第 1 天以價格 1 買進，第 4 天以價格 6 賣出：6 - 1 = 5。不能先賣後買。',
      },
    },
    {
      input: 'prices = [7,6,4,3,1]',
      output: '0',
      explanation: { en: 'Prices only fall, so no trade makes a profit.', zh: '價格一路下跌，任何交易都無法獲利。' },
    },
  ],
  constraints: ['1 <= prices.length <= 10^5', '0 <= prices[i] <= 10^4'],
  hints: [
    {
      en: 'If you sell on day i, the best day to have bought is the cheapest day before i.',
      zh: '如果在第 i 天賣出，最好的買進日就是第 i 天之前價格最低的那一天。',
    },
    { en: 'Keep the lowest price seen so far in one pass.', zh: '走訪一次陣列，同時記錄目前為止的最低價格。' },
  ],
  spec: {
    functionName: { javascript: 'maxProfit', typescript: 'maxProfit', python: 'max_profit', java: 'maxProfit', cpp: 'maxProfit' },
    params: [{ name: 'prices', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxProfit(prices) {\n  \n}\n',
    typescript: 'function maxProfit(prices: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def max_profit(self, prices: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int maxProfit(int[] prices) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int maxProfit(vector<int>& prices) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxProfit(prices) {
  let lowest = Infinity;
  let best = 0;
  for (const price of prices) {
    lowest = Math.min(lowest, price);
    best = Math.max(best, price - lowest);
  }
  return best;
}
`,
    typescript: `function maxProfit(prices: number[]): number {
  let lowest = Infinity;
  let best = 0;
  for (const price of prices) {
    lowest = Math.min(lowest, price);
    best = Math.max(best, price - lowest);
  }
  return best;
}
`,
    python: `class Solution:
    def max_profit(self, prices: List[int]) -> int:
        lowest = prices[0]
        best = 0
        for price in prices:
            if price < lowest:
                lowest = price
            elif price - lowest > best:
                best = price - lowest
        return best
`,
    java: `class Solution {
    public int maxProfit(int[] prices) {
        int lowest = Integer.MAX_VALUE;
        int best = 0;
        for (int price : prices) {
            lowest = Math.min(lowest, price);
            best = Math.max(best, price - lowest);
        }
        return best;
    }
}
`,
    cpp: `class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int lowest = INT_MAX;
        int best = 0;
        for (int price : prices) {
            lowest = min(lowest, price);
            best = max(best, price - lowest);
        }
        return best;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def max_profit(self, prices: List[int]) -> int:
        best = 0
        for i in range(len(prices)):
            for j in range(i + 1, len(prices)):
                best = max(best, prices[j] - prices[i])
        return best
`,
  },
  visible: [
    { args: [[7, 1, 5, 3, 6, 4]], expected: 5 },
    { args: [[7, 6, 4, 3, 1]], expected: 0 },
  ],
  hidden: [
    { args: [[5]], expected: 0 },
    { args: [[1, 2]], expected: 1 },
    { args: [[2, 1]], expected: 0 },
    { args: [[3, 3, 3, 3]], expected: 0 },
    { args: [[1, 2, 3, 4, 5]], expected: 4 },
    { args: [[0, 10000]], expected: 10000 },
    { args: [[10000, 0, 10000]], expected: 10000 },
    { args: [[2, 4, 1]], expected: 2 },
    { args: [[3, 2, 6, 5, 0, 3]], expected: 4 },
    { args: [[9, 8, 1, 7, 0, 5, 2]], expected: 6 },
    { args: [[2, 1, 2, 1, 0, 1, 2]], expected: 2 },
  ],
  largest: () => {
    // A random walk of 10^5 prices within [0, 10^4], so the best trade is not simply 0 then 10^4.
    const random = seededRandom(11);
    const prices: number[] = [];
    let price = 5_000;
    for (let i = 0; i < 100_000; i++) {
      price = Math.min(10_000, Math.max(0, price + random.int(-60, 60)));
      prices.push(price);
    }
    let lowest = prices[0]!;
    let best = 0;
    for (const price of prices) {
      lowest = Math.min(lowest, price);
      best = Math.max(best, price - lowest);
    }
    return { args: [prices], expected: best };
  },
});
