import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'find-center-of-star-graph',
  title: { en: 'Find Center of Star Graph', zh: '找出星狀圖的中心' },
  difficulty: 'Easy',
  category: 'graph',
  tags: ['graph'],
  statement: {
    en: 'An undirected **star graph** has `n` nodes labeled `1` to `n`: one center node is joined by an edge to every other node, and there are no other edges.\n\nYou are given the `n - 1` edges as a 2-D integer array `edges`, where `edges[i] = [u, v]` joins nodes `u` and `v`, in any order. Return the label of the center.',
    zh: '一張無向的**星狀圖**有 `n` 個節點，編號 `1` 到 `n`：其中一個中心節點與其他每個節點各有一條邊相連，除此之外沒有別的邊。\n\n給定二維整數陣列 `edges`，包含全部 `n - 1` 條邊（順序不定），其中 `edges[i] = [u, v]` 表示節點 `u` 與 `v` 之間有一條邊。回傳中心節點的編號。',
  },
  examples: [
    {
      input: 'edges = [[1,2],[2,3],[4,2]]',
      output: '2',
      explanation: {
        en: 'Node 2 is joined to every other node (1, 3 and 4).',
        zh: '節點 2 與其他每個節點（1、3、4）都相連。',
      },
    },
    { input: 'edges = [[1,2],[5,1],[1,3],[1,4]]', output: '1' },
  ],
  constraints: [
    '3 <= n <= 10^5',
    'edges.length == n - 1',
    'edges[i].length == 2',
    '1 <= u, v <= n, u != v',
    'The edges form a valid star graph.',
  ],
  hints: [
    { en: 'The center appears in every edge.', zh: '中心節點出現在每一條邊裡。' },
    { en: 'Two edges are enough to find it.', zh: '只要看兩條邊就能找出它。' },
  ],
  spec: {
    functionName: {
      javascript: 'findCenter',
      typescript: 'findCenter',
      python: 'find_center',
      java: 'findCenter',
      cpp: 'findCenter',
    },
    params: [{ name: 'edges', type: 'int[][]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function findCenter(edges) {\n  \n}\n',
    typescript: 'function findCenter(edges: number[][]): number {\n  \n}\n',
    python: 'class Solution:\n    def find_center(self, edges: List[List[int]]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int findCenter(int[][] edges) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int findCenter(vector<vector<int>>& edges) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function findCenter(edges) {
  // The center is the one node the first two edges share.
  const [a, b] = edges[0];
  return a === edges[1][0] || a === edges[1][1] ? a : b;
}
`,
    typescript: `function findCenter(edges: number[][]): number {
  // The center is the one node the first two edges share.
  const [a, b] = edges[0];
  return a === edges[1][0] || a === edges[1][1] ? a : b;
}
`,
    python: `class Solution:
    def find_center(self, edges: List[List[int]]) -> int:
        # The center is the one node the first two edges share.
        a, b = edges[0]
        return a if a in edges[1] else b
`,
    java: `class Solution {
    public int findCenter(int[][] edges) {
        // The center is the one node the first two edges share.
        int a = edges[0][0], b = edges[0][1];
        return a == edges[1][0] || a == edges[1][1] ? a : b;
    }
}
`,
    cpp: `class Solution {
public:
    int findCenter(vector<vector<int>>& edges) {
        // The center is the one node the first two edges share.
        int a = edges[0][0], b = edges[0][1];
        return a == edges[1][0] || a == edges[1][1] ? a : b;
    }
};
`,
  },
  visible: [
    {
      args: [
        [
          [1, 2],
          [2, 3],
          [4, 2],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [1, 2],
          [5, 1],
          [1, 3],
          [1, 4],
        ],
      ],
      expected: 1,
    },
  ],
  hidden: [
    {
      args: [
        [
          [1, 2],
          [2, 3],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [2, 1],
          [3, 1],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 3],
          [2, 3],
        ],
      ],
      expected: 3,
    },
    {
      args: [
        [
          [3, 1],
          [3, 2],
        ],
      ],
      expected: 3,
    },
    {
      args: [
        [
          [1, 2],
          [1, 3],
          [1, 4],
          [1, 5],
          [1, 6],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [6, 5],
          [5, 1],
          [4, 5],
          [5, 2],
          [3, 5],
        ],
      ],
      expected: 5,
    },
    {
      args: [
        [
          [7, 3],
          [3, 1],
          [3, 2],
          [3, 4],
          [3, 5],
          [3, 6],
        ],
      ],
      expected: 3,
    },
    {
      args: [
        [
          [2, 4],
          [4, 1],
          [3, 4],
        ],
      ],
      expected: 4,
    },
    {
      args: [
        [
          [10, 1],
          [10, 2],
          [10, 3],
          [10, 4],
          [10, 5],
          [10, 6],
          [10, 7],
          [10, 8],
          [10, 9],
        ],
      ],
      expected: 10,
    },
    {
      args: [
        [
          [4, 1],
          [2, 1],
          [3, 1],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [8, 2],
          [1, 8],
          [8, 3],
          [8, 4],
          [5, 8],
          [8, 6],
          [7, 8],
        ],
      ],
      expected: 8,
    },
  ],
  largest: () => {
    // n = 10^5 with a random center; edges in shuffled order, each with a random orientation.
    const random = seededRandom(2);
    const n = 100_000;
    const center = random.int(1, n);
    const edges: number[][] = [];
    for (let v = 1; v <= n; v++) if (v !== center) edges.push(random.next() < 0.5 ? [center, v] : [v, center]);
    for (let i = edges.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [edges[i], edges[j]] = [edges[j]!, edges[i]!];
    }
    // The oracle counts degrees: the center is the node on all n - 1 edges.
    const degree = new Array<number>(n + 1).fill(0);
    for (const [u, v] of edges) {
      degree[u!]!++;
      degree[v!]!++;
    }
    return { args: [edges], expected: degree.indexOf(n - 1) };
  },
});
