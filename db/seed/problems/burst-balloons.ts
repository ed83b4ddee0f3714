import { defineProblem, seededRandom } from './source';

/**
 * The oracle: interval DP on the padded row. `best[l][r]` is the most coins from bursting every
 * balloon strictly between l and r; the last one of them to burst, k, sees l and r as neighbours.
 */
function maxCoinsOf(nums: number[]): number {
  const vals = [1, ...nums, 1];
  const n = vals.length;
  const best = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let gap = 2; gap < n; gap++) {
    for (let l = 0; l + gap < n; l++) {
      const r = l + gap;
      for (let k = l + 1; k < r; k++) {
        best[l]![r] = Math.max(best[l]![r]!, best[l]![k]! + best[k]![r]! + vals[l]! * vals[k]! * vals[r]!);
      }
    }
  }
  return best[0]![n - 1]!;
}

export default defineProblem({
  slug: 'burst-balloons',
  title: { en: 'Burst Balloons', zh: '戳氣球' },
  difficulty: 'Hard',
  category: 'dynamic-programming',
  tags: ['array', 'dynamic-programming', 'interval-dp'],
  statement: {
    en: 'There are `n` balloons in a row, numbered `0` to `n - 1`; balloon `i` shows the number `nums[i]`. You burst them one at a time, in any order you choose, until none is left.\n\nBursting balloon `i` earns `left * nums[i] * right` coins, where `left` and `right` are the numbers of the balloons **currently** adjacent to it (burst balloons disappear, so their neighbours become adjacent). A missing neighbour, past either end of the row, counts as a balloon showing `1`.\n\nReturn the maximum total number of coins you can earn.',
    zh: '一排有 `n` 顆氣球，編號 `0` 到 `n - 1`；第 `i` 顆氣球上的數字是 `nums[i]`。你可以用任意順序一次戳破一顆，直到全部戳破為止。\n\n戳破第 `i` 顆氣球可以得到 `left * nums[i] * right` 枚硬幣，其中 `left` 與 `right` 是它**當下**左右相鄰氣球上的數字（戳破的氣球會消失，其兩側的氣球因此變成相鄰）。若某一側超出這排氣球的邊界，就當作那裡有一顆數字為 `1` 的氣球。\n\n請回傳你最多能得到的硬幣總數。',
  },
  examples: [
    {
      input: 'nums = [3,1,5,8]',
      output: '167',
      explanation: {
        en: 'Burst 1, then 5, then 3, then 8: the row goes [3,1,5,8] → [3,5,8] → [3,8] → [8] → [], earning 3*1*5 + 3*5*8 + 1*3*8 + 1*8*1 = 15 + 120 + 24 + 8 = 167.',
        zh: '依序戳破 1、5、3、8：這排氣球變化為 [3,1,5,8] → [3,5,8] → [3,8] → [8] → []，得到 3*1*5 + 3*5*8 + 1*3*8 + 1*8*1 = 15 + 120 + 24 + 8 = 167 枚硬幣。',
      },
    },
    {
      input: 'nums = [1,5]',
      output: '10',
      explanation: {
        en: 'Burst 1 first (1*1*5 = 5), then 5 (1*5*1 = 5).',
        zh: '先戳破 1（1*1*5 = 5），再戳破 5（1*5*1 = 5）。',
      },
    },
  ],
  constraints: ['n == nums.length', '1 <= n <= 300', '0 <= nums[i] <= 100'],
  hints: [
    {
      en: 'Choosing which balloon to burst first splits nothing: its neighbours change. Instead, choose which balloon in a range is burst **last**.',
      zh: '先決定第一顆要戳哪一顆並不能把問題切開，因為它的鄰居會改變。改為決定某個區間中**最後**被戳破的是哪一顆。',
    },
    {
      en: 'Pad the row with a 1 at each end. If k is the last balloon burst strictly between l and r, it earns vals[l] * vals[k] * vals[r], and the two sides (l, k) and (k, r) are independent subproblems.',
      zh: '在這排氣球兩端各補一顆數字為 1 的氣球。若 k 是 l 與 r 之間最後被戳破的氣球，它得到 vals[l] * vals[k] * vals[r]，而 (l, k) 與 (k, r) 兩側是互相獨立的子問題。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'maxCoins',
      typescript: 'maxCoins',
      python: 'max_coins',
      java: 'maxCoins',
      cpp: 'maxCoins',
    },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 3000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxCoins(nums) {\n  \n}\n',
    typescript: 'function maxCoins(nums: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def max_coins(self, nums: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int maxCoins(int[] nums) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int maxCoins(vector<int>& nums) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxCoins(nums) {
  const vals = [1, ...nums, 1];
  const n = vals.length;
  // best[left][right]: most coins from bursting every balloon strictly between left and right.
  const best = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let gap = 2; gap < n; gap++) {
    for (let left = 0; left + gap < n; left++) {
      const right = left + gap;
      const edge = vals[left] * vals[right];
      let most = 0;
      for (let last = left + 1; last < right; last++) {
        most = Math.max(most, best[left][last] + best[last][right] + edge * vals[last]);
      }
      best[left][right] = most;
    }
  }
  return best[0][n - 1];
}
`,
    typescript: `function maxCoins(nums: number[]): number {
  const vals = [1, ...nums, 1];
  const n = vals.length;
  // best[left][right]: most coins from bursting every balloon strictly between left and right.
  const best: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let gap = 2; gap < n; gap++) {
    for (let left = 0; left + gap < n; left++) {
      const right = left + gap;
      const edge = vals[left] * vals[right];
      let most = 0;
      for (let last = left + 1; last < right; last++) {
        most = Math.max(most, best[left][last] + best[last][right] + edge * vals[last]);
      }
      best[left][right] = most;
    }
  }
  return best[0][n - 1];
}
`,
    python: `class Solution:
    def max_coins(self, nums: List[int]) -> int:
        vals = [1] + nums + [1]
        n = len(vals)
        # best[left][right]: most coins from bursting every balloon strictly between left and right.
        best = [[0] * n for _ in range(n)]
        for gap in range(2, n):
            for left in range(n - gap):
                right = left + gap
                edge = vals[left] * vals[right]
                row = best[left]
                most = 0
                for last in range(left + 1, right):
                    coins = row[last] + best[last][right] + edge * vals[last]
                    if coins > most:
                        most = coins
                row[right] = most
        return best[0][n - 1]
`,
    java: `class Solution {
    public int maxCoins(int[] nums) {
        int n = nums.length + 2;
        int[] vals = new int[n];
        vals[0] = vals[n - 1] = 1;
        for (int i = 0; i < nums.length; i++) vals[i + 1] = nums[i];
        // best[left][right]: most coins from bursting every balloon strictly between left and right.
        int[][] best = new int[n][n];
        for (int gap = 2; gap < n; gap++) {
            for (int left = 0; left + gap < n; left++) {
                int right = left + gap;
                int edge = vals[left] * vals[right];
                int most = 0;
                for (int last = left + 1; last < right; last++) {
                    most = Math.max(most, best[left][last] + best[last][right] + edge * vals[last]);
                }
                best[left][right] = most;
            }
        }
        return best[0][n - 1];
    }
}
`,
    cpp: `class Solution {
public:
    int maxCoins(vector<int>& nums) {
        vector<int> vals{1};
        vals.insert(vals.end(), nums.begin(), nums.end());
        vals.push_back(1);
        int n = vals.size();
        // best[left][right]: most coins from bursting every balloon strictly between left and right.
        vector<vector<int>> best(n, vector<int>(n, 0));
        for (int gap = 2; gap < n; gap++) {
            for (int left = 0; left + gap < n; left++) {
                int right = left + gap;
                int edge = vals[left] * vals[right];
                int most = 0;
                for (int last = left + 1; last < right; last++) {
                    most = max(most, best[left][last] + best[last][right] + edge * vals[last]);
                }
                best[left][right] = most;
            }
        }
        return best[0][n - 1];
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def max_coins(self, nums: List[int]) -> int:
        # Try every order: burst each remaining balloon next, and recurse on what is left.
        if not nums:
            return 0
        most = 0
        for i in range(len(nums)):
            left = nums[i - 1] if i > 0 else 1
            right = nums[i + 1] if i + 1 < len(nums) else 1
            coins = left * nums[i] * right + self.max_coins(nums[:i] + nums[i + 1:])
            most = max(most, coins)
        return most
`,
  },
  visible: [
    { args: [[3, 1, 5, 8]], expected: 167 },
    { args: [[1, 5]], expected: 10 },
  ],
  hidden: [
    [7],
    [0],
    [100],
    [0, 0, 0],
    [1, 1, 1, 1],
    [9, 76, 64, 21],
    [1, 2, 3, 4, 5, 6, 7, 8],
    [8, 7, 6, 5, 4, 3, 2, 1],
    [100, 0, 100, 0, 100],
    [5, 5, 5, 5, 5, 5, 5],
    [35, 16, 83, 87, 84, 59, 48, 41, 20, 54, 0, 97],
    Array.from({ length: 40 }, () => 100),
  ].map((nums) => ({ args: [nums], expected: maxCoinsOf(nums) })),
  largest: () => {
    // 300 balloons: the interval DP does ~4.5·10^6 steps; trying every order is 300! sequences.
    const random = seededRandom(312);
    const nums = Array.from({ length: 300 }, () => random.int(0, 100));
    return { args: [nums], expected: maxCoinsOf(nums) };
  },
});
