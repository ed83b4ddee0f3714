import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'coin-change',
  title: { en: 'Coin Change', zh: '零錢兌換' },
  difficulty: 'Medium',
  category: 'dynamic-programming',
  tags: ['array', 'dynamic-programming', 'breadth-first-search'],
  statement: {
    en: 'You are given an integer array `coins` of distinct coin values and an integer `amount`. You have an unlimited supply of every coin.\n\nReturn the fewest coins whose values add up to exactly `amount`, or `-1` if no combination of the coins makes `amount`. Making an `amount` of `0` takes `0` coins.',
    zh: '給定整數陣列 `coins`（各種互不相同的硬幣面額）與整數 `amount`，每種硬幣的數量都無限。\n\n回傳湊出剛好 `amount` 所需的最少硬幣數；如果任何組合都湊不出 `amount`，回傳 `-1`。`amount` 為 `0` 時需要 `0` 枚硬幣。',
  },
  examples: [
    {
      input: 'coins = [1,2,5], amount = 11',
      output: '3',
      explanation: { en: '11 = 5 + 5 + 1.', zh: '11 = 5 + 5 + 1。' },
    },
    {
      input: 'coins = [2], amount = 3',
      output: '-1',
      explanation: { en: 'Coins of 2 only make even amounts.', zh: '面額 2 的硬幣只能湊出偶數。' },
    },
    { input: 'coins = [1], amount = 0', output: '0' },
  ],
  constraints: ['1 <= coins.length <= 12', '1 <= coins[i] <= 2^31 - 1', 'All values of coins are distinct.', '0 <= amount <= 10^4'],
  hints: [
    {
      en: 'Greedy (largest coin first) fails: with coins [1,3,4] and amount 6, it takes 3 coins instead of 2.',
      zh: '貪婪法（先拿最大面額）行不通：硬幣 [1,3,4]、金額 6 時它會用 3 枚，但 2 枚就夠。',
    },
    {
      en: 'Let fewest[a] be the answer for amount a; it is 1 + the minimum of fewest[a - c] over the coins c.',
      zh: '令 fewest[a] 為金額 a 的答案，它等於 1 加上所有硬幣 c 的 fewest[a - c] 之最小值。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'coinChange',
      typescript: 'coinChange',
      python: 'coin_change',
      java: 'coinChange',
      cpp: 'coinChange',
    },
    params: [
      { name: 'coins', type: 'int[]' },
      { name: 'amount', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function coinChange(coins, amount) {\n  \n}\n',
    typescript: 'function coinChange(coins: number[], amount: number): number {\n  \n}\n',
    python: 'class Solution:\n    def coin_change(self, coins: List[int], amount: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int coinChange(int[] coins, int amount) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int coinChange(vector<int>& coins, int amount) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function coinChange(coins, amount) {
  // fewest[a]: the fewest coins that make a; amount + 1 means "not possible".
  const fewest = new Array(amount + 1).fill(amount + 1);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) {
      if (coin <= a && fewest[a - coin] + 1 < fewest[a]) fewest[a] = fewest[a - coin] + 1;
    }
  }
  return fewest[amount] > amount ? -1 : fewest[amount];
}
`,
    typescript: `function coinChange(coins: number[], amount: number): number {
  // fewest[a]: the fewest coins that make a; amount + 1 means "not possible".
  const fewest: number[] = new Array(amount + 1).fill(amount + 1);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) {
      if (coin <= a && fewest[a - coin] + 1 < fewest[a]) fewest[a] = fewest[a - coin] + 1;
    }
  }
  return fewest[amount] > amount ? -1 : fewest[amount];
}
`,
    python: `class Solution:
    def coin_change(self, coins: List[int], amount: int) -> int:
        # fewest[a]: the fewest coins that make a; amount + 1 means "not possible".
        fewest = [0] + [amount + 1] * amount
        for a in range(1, amount + 1):
            fewest[a] = min((fewest[a - coin] + 1 for coin in coins if coin <= a), default=amount + 1)
        return -1 if fewest[amount] > amount else fewest[amount]
`,
    java: `class Solution {
    public int coinChange(int[] coins, int amount) {
        // fewest[a]: the fewest coins that make a; amount + 1 means "not possible".
        int[] fewest = new int[amount + 1];
        Arrays.fill(fewest, amount + 1);
        fewest[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int coin : coins) {
                if (coin <= a) fewest[a] = Math.min(fewest[a], fewest[a - coin] + 1);
            }
        }
        return fewest[amount] > amount ? -1 : fewest[amount];
    }
}
`,
    cpp: `class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // fewest[a]: the fewest coins that make a; amount + 1 means "not possible".
        vector<int> fewest(amount + 1, amount + 1);
        fewest[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int coin : coins) {
                if (coin <= a) fewest[a] = min(fewest[a], fewest[a - coin] + 1);
            }
        }
        return fewest[amount] > amount ? -1 : fewest[amount];
    }
};
`,
  },
  brute: {
    language: 'python',
    // Tries every sequence of coins, without remembering amounts already solved: exponential.
    code: `class Solution:
    def coin_change(self, coins: List[int], amount: int) -> int:
        def fewest(rest):
            if rest == 0:
                return 0
            best = -1
            for coin in coins:
                if coin <= rest:
                    sub = fewest(rest - coin)
                    if sub != -1 and (best == -1 or sub + 1 < best):
                        best = sub + 1
            return best
        return fewest(amount)
`,
  },
  visible: [
    { args: [[1, 2, 5], 11], expected: 3 },
    { args: [[2], 3], expected: -1 },
    { args: [[1], 0], expected: 0 },
  ],
  hidden: [
    { args: [[1], 1], expected: 1 },
    { args: [[1], 10000], expected: 10000 },
    { args: [[2], 1], expected: -1 },
    { args: [[5], 10000], expected: 2000 },
    { args: [[2147483647], 2], expected: -1 },
    { args: [[1, 2147483647], 2], expected: 2 },
    { args: [[186, 419, 83, 408], 6249], expected: 20 },
    { args: [[3, 7, 405, 436], 8839], expected: 25 },
    { args: [[2, 5, 10, 1], 27], expected: 4 },
    { args: [[1, 3, 4], 6], expected: 2 },
    { args: [[5, 3], 7], expected: -1 },
    { args: [[7, 11], 25], expected: 3 },
    { args: [[9, 6, 5, 1], 11], expected: 2 },
    { args: [[4, 6], 13], expected: -1 },
    { args: [[25, 10, 5, 1], 63], expected: 6 },
  ],
  largest: () => {
    // 12 distinct coins between 2 and 500 and the largest amount.
    const random = seededRandom(5);
    const coins = new Set<number>();
    while (coins.size < 12) coins.add(random.int(2, 500));
    const amount = 10_000;
    // Breadth-first over amounts: the first level that reaches `amount` is the fewest coins.
    const seen = new Array<boolean>(amount + 1).fill(false);
    let level = [0];
    seen[0] = true;
    let expected = -1;
    for (let coinsUsed = 0; level.length && expected === -1; coinsUsed++) {
      if (level.includes(amount)) expected = coinsUsed;
      const next: number[] = [];
      for (const made of level) {
        for (const coin of coins) {
          if (made + coin <= amount && !seen[made + coin]) {
            seen[made + coin] = true;
            next.push(made + coin);
          }
        }
      }
      level = next;
    }
    return { args: [[...coins], amount], expected };
  },
});
