import { defineProblem, seededRandom } from './source';

/** Hours needed to eat every pile at speed k (one pile at most per hour). */
function hoursAt(piles: number[], k: number): number {
  return piles.reduce((sum, p) => sum + Math.ceil(p / k), 0);
}

/** The oracle: the smallest speed whose hours fit in h, by bisection over the monotone predicate. */
function minSpeed(piles: number[], h: number): number {
  let lo = 1;
  let hi = Math.max(...piles);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hoursAt(piles, mid) <= h) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export default defineProblem({
  slug: 'koko-eating-bananas',
  title: { en: 'Koko Eating Bananas', zh: '愛吃香蕉的珂珂' },
  difficulty: 'Medium',
  category: 'binary-search',
  tags: ['array', 'binary-search', 'binary-search-on-answer'],
  statement: {
    en: 'Koko has `n` piles of bananas; pile `i` holds `piles[i]` bananas. The guards return in `h` hours.\n\nKoko picks an eating speed of `k` bananas per hour. Each hour she chooses one pile and eats `k` bananas from it; if the pile has fewer than `k` bananas she finishes it and eats nothing more during that hour.\n\nReturn the minimum integer `k` that lets her finish every pile within `h` hours.',
    zh: '珂珂有 `n` 堆香蕉，第 `i` 堆有 `piles[i]` 根。警衛將在 `h` 小時後回來。\n\n珂珂決定一個進食速度：每小時吃 `k` 根。每個小時她選擇一堆並吃掉其中 `k` 根；若該堆少於 `k` 根，她會吃完那一堆，而這一小時內不再吃別的香蕉。\n\n回傳能讓她在 `h` 小時內吃完所有香蕉的最小整數 `k`。',
  },
  examples: [
    {
      input: 'piles = [3,6,7,11], h = 8',
      output: '4',
      explanation: {
        en: 'At speed 4 the piles take 1 + 2 + 2 + 3 = 8 hours; at speed 3 they would take 10.',
        zh: '速度為 4 時共需 1 + 2 + 2 + 3 = 8 小時；速度為 3 時則需要 10 小時。',
      },
    },
    { input: 'piles = [30,11,23,4,20], h = 5', output: '30' },
    { input: 'piles = [30,11,23,4,20], h = 6', output: '23' },
  ],
  constraints: ['1 <= piles.length <= 10^4', 'piles.length <= h <= 10^9', '1 <= piles[i] <= 10^9'],
  hints: [
    {
      en: 'If speed k is enough, every speed above k is enough too: the answer is the boundary of a monotone condition.',
      zh: '若速度 k 足夠，任何大於 k 的速度也都足夠：答案是一個單調條件的分界點。',
    },
    {
      en: 'Binary search k between 1 and max(piles); a pile of p bananas takes ceil(p / k) hours.',
      zh: '在 1 到 max(piles) 之間對 k 做二分搜尋；一堆 p 根香蕉需要 ceil(p / k) 小時。',
    },
    {
      en: 'The total number of hours can exceed the 32-bit range when k is small.',
      zh: '當 k 很小時，總時數可能超出 32 位元整數的範圍。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'minEatingSpeed',
      typescript: 'minEatingSpeed',
      python: 'min_eating_speed',
      java: 'minEatingSpeed',
      cpp: 'minEatingSpeed',
    },
    params: [
      { name: 'piles', type: 'int[]' },
      { name: 'h', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function minEatingSpeed(piles, h) {\n  \n}\n',
    typescript: 'function minEatingSpeed(piles: number[], h: number): number {\n  \n}\n',
    python: 'class Solution:\n    def min_eating_speed(self, piles: List[int], h: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int minEatingSpeed(int[] piles, int h) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int minEatingSpeed(vector<int>& piles, int h) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function minEatingSpeed(piles, h) {
  const fits = (k) => {
    let hours = 0;
    for (const p of piles) hours += Math.ceil(p / k);
    return hours <= h;
  };
  let lo = 1;
  let hi = Math.max(...piles);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
`,
    typescript: `function minEatingSpeed(piles: number[], h: number): number {
  const fits = (k: number): boolean => {
    let hours = 0;
    for (const p of piles) hours += Math.ceil(p / k);
    return hours <= h;
  };
  let lo = 1;
  let hi = Math.max(...piles);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
`,
    python: `class Solution:
    def min_eating_speed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum((p + mid - 1) // mid for p in piles) <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
`,
    java: `class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        int lo = 1, hi = 0;
        for (int p : piles) hi = Math.max(hi, p);
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long hours = 0;
            for (int p : piles) hours += (p + (long) mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
`,
    cpp: `class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += (p + (long long)mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def min_eating_speed(self, piles: List[int], h: int) -> int:
        k = 1
        while sum((p + k - 1) // k for p in piles) > h:
            k += 1
        return k
`,
  },
  visible: [
    { args: [[3, 6, 7, 11], 8], expected: 4 },
    { args: [[30, 11, 23, 4, 20], 5], expected: 30 },
    { args: [[30, 11, 23, 4, 20], 6], expected: 23 },
  ],
  hidden: [
    { args: [[1], 1], expected: 1 },
    { args: [[1000000000], 1], expected: 1000000000 },
    { args: [[1000000000], 1000000000], expected: 1 },
    { args: [[1000000000], 2], expected: 500000000 },
    { args: [[1, 1, 1, 1], 4], expected: 1 },
    { args: [[1, 1, 1, 1], 1000000000], expected: 1 },
    { args: [[312884470], 312884469], expected: 2 },
    { args: [[805306368, 805306368, 805306368], 1000000000], expected: 3 },
    { args: [[2, 2], 2], expected: 2 },
    { args: [[5, 9, 13], 6], expected: 5 },
    {
      args: [
        [
          332484035, 524908576, 855865114, 632922376, 222257295, 690155293, 112677673, 679580077, 337406589, 290818316, 877337160,
          901728858, 679284947, 688210097, 692137887, 718203285, 629455728, 941802184,
        ],
        823855818,
      ],
      expected: 14,
    },
  ].map(({ args, expected }) => {
    const [piles, h] = args as [number[], number];
    if (minSpeed(piles, h) !== expected) throw new Error(`koko-eating-bananas: case ${JSON.stringify(args)}`);
    return { args, expected };
  }),
  largest: () => {
    // 10^4 piles up to 10^9 and a generous h: the answer is in the hundreds of thousands, so
    // trying speeds one by one costs ~10^9 pile divisions.
    const random = seededRandom(8);
    const piles = Array.from({ length: 10_000 }, () => random.int(1, 1_000_000_000));
    const h = 25_000_000;
    return { args: [piles, h], expected: minSpeed(piles, h) };
  },
});
