import { defineProblem, seededRandom } from './source';

const squared = (p: number[]): number => p[0]! ** 2 + p[1]! ** 2;

/** The oracle: sort by squared distance and keep the first k; refuses a case with a tie at the cut. */
function closest(points: number[][], k: number): number[][] {
  const byDistance = [...points].sort((p, q) => squared(p) - squared(q));
  if (k < points.length && squared(byDistance[k - 1]!) === squared(byDistance[k]!))
    throw new Error(`k-closest-points-to-origin: a tie at the cut in ${JSON.stringify(points)}`);
  return byDistance.slice(0, k);
}

export default defineProblem({
  slug: 'k-closest-points-to-origin',
  title: { en: 'K Closest Points to Origin', zh: '最接近原點的 K 個點' },
  difficulty: 'Medium',
  category: 'heap',
  tags: ['array', 'math', 'heap', 'sorting', 'geometry'],
  statement: {
    en: 'Given an array `points` where `points[i] = [xi, yi]` is a point on the plane, and an integer `k`, return the `k` points closest to the origin `(0, 0)` by Euclidean distance.\n\nThe inputs guarantee that the answer is unique: the `k`-th closest point is strictly closer than every point left out. The points may be returned in any order.',
    zh: '給定陣列 `points`，其中 `points[i] = [xi, yi]` 是平面上的一個點，以及整數 `k`，回傳以歐幾里得距離計算、最接近原點 `(0, 0)` 的 `k` 個點。\n\n輸入保證答案唯一：第 `k` 近的點一定嚴格比所有未被選入的點更近。回傳的點可以是任意順序。',
  },
  examples: [
    {
      input: 'points = [[1,3],[-2,2]], k = 1',
      output: '[[-2,2]]',
      explanation: {
        en: 'The squared distances are 10 and 8, so [-2,2] is the closest.',
        zh: '兩點距離的平方分別是 10 與 8，因此 [-2,2] 最近。',
      },
    },
    { input: 'points = [[3,3],[5,-1],[-2,4]], k = 2', output: '[[3,3],[-2,4]]' },
  ],
  constraints: [
    '1 <= k <= points.length <= 10^4',
    '-10^4 <= xi, yi <= 10^4',
    'The k-th closest point is strictly closer than the (k+1)-th.',
  ],
  hints: [
    {
      en: 'Compare squared distances x² + y²: no square root is needed.',
      zh: '比較距離的平方 x² + y² 即可，不需要開根號。',
    },
    {
      en: 'A max-heap of size k keeps the k closest points seen so far; a farther point never enters.',
      zh: '大小為 k 的最大堆積保存目前最近的 k 個點；比堆頂更遠的點不必放入。',
    },
  ],
  spec: {
    functionName: { javascript: 'kClosest', typescript: 'kClosest', python: 'k_closest', java: 'kClosest', cpp: 'kClosest' },
    params: [
      { name: 'points', type: 'int[][]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int[][]',
    compare: 'unordered',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function kClosest(points, k) {\n  \n}\n',
    typescript: 'function kClosest(points: number[][], k: number): number[][] {\n  \n}\n',
    python: 'class Solution:\n    def k_closest(self, points: List[List[int]], k: int) -> List[List[int]]:\n        pass\n',
    java: 'class Solution {\n    public int[][] kClosest(int[][] points, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function kClosest(points, k) {
  // A max-heap on squared distance, holding at most k points.
  const dist = ([x, y]) => x * x + y * y;
  const heap = [];
  const swap = (i, j) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const up = (i) => {
    while (i > 0 && dist(heap[(i - 1) >> 1]) < dist(heap[i])) {
      swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  };
  const down = (i) => {
    for (;;) {
      let m = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && dist(heap[c]) > dist(heap[m])) m = c;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const p of points) {
    if (heap.length < k) {
      heap.push(p);
      up(heap.length - 1);
    } else if (dist(p) < dist(heap[0])) {
      heap[0] = p;
      down(0);
    }
  }
  return heap;
}
`,
    typescript: `function kClosest(points: number[][], k: number): number[][] {
  // A max-heap on squared distance, holding at most k points.
  const dist = ([x, y]: number[]): number => x * x + y * y;
  const heap: number[][] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const up = (i: number) => {
    while (i > 0 && dist(heap[(i - 1) >> 1]) < dist(heap[i])) {
      swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  };
  const down = (i: number) => {
    for (;;) {
      let m = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && dist(heap[c]) > dist(heap[m])) m = c;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const p of points) {
    if (heap.length < k) {
      heap.push(p);
      up(heap.length - 1);
    } else if (dist(p) < dist(heap[0])) {
      heap[0] = p;
      down(0);
    }
  }
  return heap;
}
`,
    python: `class Solution:
    def k_closest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return heapq.nsmallest(k, points, key=lambda p: p[0] * p[0] + p[1] * p[1])
`,
    java: `class Solution {
    public int[][] kClosest(int[][] points, int k) {
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Long.compare(dist(b), dist(a)));
        for (int[] p : points) {
            heap.offer(p);
            if (heap.size() > k) heap.poll();
        }
        return heap.toArray(new int[0][]);
    }

    private static long dist(int[] p) {
        return (long) p[0] * p[0] + (long) p[1] * p[1];
    }
}
`,
    cpp: `class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        auto dist = [](const vector<int>& p) { return (long long)p[0] * p[0] + (long long)p[1] * p[1]; };
        auto farther = [&](const vector<int>& a, const vector<int>& b) { return dist(a) < dist(b); };
        priority_queue<vector<int>, vector<vector<int>>, decltype(farther)> heap(farther);
        for (auto& p : points) {
            heap.push(p);
            if ((int)heap.size() > k) heap.pop();
        }
        vector<vector<int>> answer;
        while (!heap.empty()) {
            answer.push_back(heap.top());
            heap.pop();
        }
        return answer;
    }
};
`,
  },
  visible: [
    {
      args: [
        [
          [1, 3],
          [-2, 2],
        ],
        1,
      ],
      expected: [[-2, 2]],
    },
    {
      args: [
        [
          [3, 3],
          [5, -1],
          [-2, 4],
        ],
        2,
      ],
      expected: [
        [3, 3],
        [-2, 4],
      ],
    },
  ],
  hidden: (
    [
      [[[0, 0]], 1],
      [[[10000, -10000]], 1],
      [
        [
          [1, 1],
          [2, 2],
        ],
        2,
      ],
      [
        [
          [2, 2],
          [1, 1],
        ],
        1,
      ],
      [
        [
          [-10000, -10000],
          [10000, 9999],
          [0, 1],
        ],
        2,
      ],
      [
        [
          [0, 1],
          [1, 0],
          [5, 5],
          [-5, 5],
        ],
        2,
      ],
      [
        [
          [1, 2],
          [2, 1],
          [-1, -2],
          [-2, -1],
          [3, 3],
        ],
        4,
      ],
      [
        [
          [3, 4],
          [0, 0],
          [-6, 8],
          [1, 1],
          [7, 0],
        ],
        3,
      ],
      [
        [
          [-1, 0],
          [0, -2],
          [3, 0],
          [0, 4],
          [-5, 0],
          [0, 6],
        ],
        5,
      ],
      [
        [
          [9, 9],
          [-8, 8],
          [7, -7],
          [6, 6],
          [-5, -5],
          [4, 4],
          [3, -3],
          [2, 2],
          [1, 1],
          [0, 0],
        ],
        6,
      ],
      [
        [
          [1, 3],
          [3, 1],
          [2, 2],
        ],
        1,
      ],
    ] as Array<[number[][], number]>
  ).map(([points, k]) => ({ args: [points, k], expected: closest(points, k) })),
  largest: () => {
    // 10^4 points with pairwise different squared distances (so no tie at the cut), k = 5000.
    const random = seededRandom(12);
    const seen = new Set<number>();
    const points: number[][] = [];
    while (points.length < 10_000) {
      const p = [random.int(-10_000, 10_000), random.int(-10_000, 10_000)];
      const d = squared(p);
      if (seen.has(d)) continue;
      seen.add(d);
      points.push(p);
    }
    return { args: [points, 5_000], expected: closest(points, 5_000) };
  },
});
