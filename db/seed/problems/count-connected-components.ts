import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'count-connected-components',
  title: { en: 'Number of Connected Components in an Undirected Graph', zh: '無向圖中連通分量的數目' },
  difficulty: 'Medium',
  category: 'graph',
  tags: ['graph', 'union-find', 'depth-first-search', 'breadth-first-search'],
  statement: {
    en: 'An undirected graph has `n` nodes labeled `0` to `n - 1`. You are given its edges as an integer array `edges`, where `edges[i] = [a, b]` joins nodes `a` and `b`.\n\nReturn the number of **connected components**: groups of nodes in which every node can reach every other along edges, and no node can reach a node outside its group.',
    zh: '一張無向圖有 `n` 個節點，編號 `0` 到 `n - 1`。給定它的邊組成的整數陣列 `edges`，其中 `edges[i] = [a, b]` 表示節點 `a` 與 `b` 之間有一條邊。\n\n回傳**連通分量**的數目：連通分量是一群節點，群內任兩個節點都能沿著邊互相抵達，而且群內的節點無法抵達群外的任何節點。',
  },
  examples: [
    {
      input: 'n = 5, edges = [[0,1],[1,2],[3,4]]',
      output: '2',
      explanation: { en: 'The components are {0, 1, 2} and {3, 4}.', zh: '連通分量為 {0, 1, 2} 與 {3, 4}。' },
    },
    { input: 'n = 5, edges = [[0,1],[1,2],[2,3],[3,4]]', output: '1' },
  ],
  constraints: ['1 <= n <= 10^5', '0 <= edges.length <= 10^5', 'edges[i].length == 2', '0 <= a, b < n, a != b', 'No edge is repeated.'],
  hints: [
    {
      en: 'Start with n components; every edge that joins two different components merges them into one.',
      zh: '一開始有 n 個連通分量；每條連接兩個不同分量的邊會把它們合併成一個。',
    },
    {
      en: 'Union-find (disjoint sets) with path compression tells in near-constant time whether two nodes are already in one component.',
      zh: '使用路徑壓縮的併查集（disjoint set），幾乎能在常數時間內判斷兩個節點是否已在同一個分量中。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'countComponents',
      typescript: 'countComponents',
      python: 'count_components',
      java: 'countComponents',
      cpp: 'countComponents',
    },
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'int[][]' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function countComponents(n, edges) {\n  \n}\n',
    typescript: 'function countComponents(n: number, edges: number[][]): number {\n  \n}\n',
    python: 'class Solution:\n    def count_components(self, n: int, edges: List[List[int]]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int countComponents(int n, int[][] edges) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int countComponents(int n, vector<vector<int>>& edges) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function countComponents(n, edges) {
  // Union-find with path halving: every edge joining two components merges them.
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let components = n;
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      components--;
    }
  }
  return components;
}
`,
    typescript: `function countComponents(n: number, edges: number[][]): number {
  // Union-find with path halving: every edge joining two components merges them.
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let components = n;
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      components--;
    }
  }
  return components;
}
`,
    python: `class Solution:
    def count_components(self, n: int, edges: List[List[int]]) -> int:
        # Union-find with path halving: every edge joining two components merges them.
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        components = n
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                components -= 1
        return components
`,
    java: `class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    public int countComponents(int n, int[][] edges) {
        // Union-find with path halving: every edge joining two components merges them.
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int components = n;
        for (int[] e : edges) {
            int ra = find(e[0]), rb = find(e[1]);
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }
        return components;
    }
}
`,
    cpp: `class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        // Union-find with path halving: every edge joining two components merges them.
        vector<int> parent(n);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        int components = n;
        for (const auto& e : edges) {
            int ra = find(e[0]), rb = find(e[1]);
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }
        return components;
    }
};
`,
  },
  visible: [
    {
      args: [
        5,
        [
          [0, 1],
          [1, 2],
          [3, 4],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        5,
        [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
        ],
      ],
      expected: 1,
    },
  ],
  hidden: [
    { args: [1, []], expected: 1 },
    { args: [2, []], expected: 2 },
    { args: [2, [[0, 1]]], expected: 1 },
    { args: [3, [[0, 2]]], expected: 2 },
    { args: [6, []], expected: 6 },
    {
      args: [
        4,
        [
          [0, 1],
          [1, 2],
          [2, 0],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        6,
        [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
      ],
      expected: 3,
    },
    {
      args: [
        6,
        [
          [0, 5],
          [1, 4],
          [2, 3],
          [5, 1],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        7,
        [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
          [4, 5],
          [5, 6],
          [6, 0],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        10,
        [
          [9, 8],
          [7, 6],
          [5, 4],
          [3, 2],
          [1, 0],
          [0, 9],
          [2, 7],
        ],
      ],
      expected: 3,
    },
    {
      args: [
        8,
        [
          [0, 7],
          [7, 3],
          [3, 0],
          [1, 2],
        ],
      ],
      expected: 5,
    },
    { args: [100000, []], expected: 100000 },
  ],
  largest: () => {
    // n = 10^5: a path through 40,000 nodes (deep for a recursive search), then 60,000 random edges.
    const random = seededRandom(13);
    const n = 100_000;
    const seen = new Set<number>();
    const edges: number[][] = [];
    const join = (a: number, b: number) => {
      const key = Math.min(a, b) * n + Math.max(a, b);
      if (a === b || seen.has(key)) return;
      seen.add(key);
      edges.push(random.next() < 0.5 ? [a, b] : [b, a]);
    };
    for (let v = 1; v < 40_000; v++) join(v - 1, v);
    while (edges.length < 100_000) join(random.int(0, n - 1), random.int(0, n - 1));
    // Oracle: breadth-first search from each node not yet reached.
    const neighbours: number[][] = Array.from({ length: n }, () => []);
    for (const [a, b] of edges) {
      neighbours[a!]!.push(b!);
      neighbours[b!]!.push(a!);
    }
    const reached = new Uint8Array(n);
    let components = 0;
    for (let start = 0; start < n; start++) {
      if (reached[start]) continue;
      components++;
      reached[start] = 1;
      const queue = [start];
      for (let head = 0; head < queue.length; head++) {
        for (const next of neighbours[queue[head]!]!) {
          if (!reached[next]) {
            reached[next] = 1;
            queue.push(next);
          }
        }
      }
    }
    return { args: [n, edges], expected: components };
  },
});
