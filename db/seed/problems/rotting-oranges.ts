import { defineProblem } from './source';

export default defineProblem({
  slug: 'rotting-oranges',
  title: { en: 'Rotting Oranges', zh: '腐爛的橘子' },
  difficulty: 'Medium',
  category: 'graph',
  tags: ['array', 'graph', 'breadth-first-search', 'matrix'],
  statement: {
    en: 'You are given an `m x n` integer grid in which each cell is `0` (empty), `1` (a fresh orange) or `2` (a rotten orange).\n\nEvery minute, each fresh orange that is horizontally or vertically next to a rotten orange becomes rotten. Return the number of minutes that pass until no fresh orange is left, or `-1` if some fresh orange never rots.',
    zh: '給定一個 `m x n` 的整數網格，每一格是 `0`（空格）、`1`（新鮮橘子）或 `2`（腐爛橘子）。\n\n每過一分鐘，與腐爛橘子水平或垂直相鄰的新鮮橘子都會腐爛。回傳直到沒有新鮮橘子為止所經過的分鐘數；若有新鮮橘子永遠不會腐爛，回傳 `-1`。',
  },
  examples: [
    {
      input: 'grid = [[2,1,1],[1,1,0],[0,1,1]]',
      output: '4',
      explanation: {
        en: 'The rot spreads from the top-left corner; the orange at the bottom right is the last to rot, after 4 minutes.',
        zh: '腐爛從左上角擴散；右下角的橘子最後腐爛，共經過 4 分鐘。',
      },
    },
    {
      input: 'grid = [[2,1,1],[0,1,1],[1,0,1]]',
      output: '-1',
      explanation: {
        en: 'The orange at the bottom left has no neighbour that can rot it.',
        zh: '左下角的橘子沒有任何可能讓它腐爛的相鄰橘子。',
      },
    },
    {
      input: 'grid = [[0,2]]',
      output: '0',
      explanation: { en: 'There is no fresh orange to begin with.', zh: '一開始就沒有新鮮橘子。' },
    },
  ],
  constraints: ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300', 'grid[i][j] is 0, 1 or 2.'],
  hints: [
    {
      en: 'Start a breadth-first search from all the rotten oranges at once; each BFS level is one minute.',
      zh: '從所有腐爛橘子同時開始做廣度優先搜尋（BFS）；BFS 的每一層就是一分鐘。',
    },
    {
      en: 'Count the fresh oranges first, and check that the count reaches zero.',
      zh: '先數好新鮮橘子的數量，最後檢查它是否歸零。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'orangesRotting',
      typescript: 'orangesRotting',
      python: 'oranges_rotting',
      java: 'orangesRotting',
      cpp: 'orangesRotting',
    },
    params: [{ name: 'grid', type: 'int[][]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function orangesRotting(grid) {\n  \n}\n',
    typescript: 'function orangesRotting(grid: number[][]): number {\n  \n}\n',
    python: 'class Solution:\n    def oranges_rotting(self, grid: List[List[int]]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int orangesRotting(int[][] grid) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int orangesRotting(vector<vector<int>>& grid) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function orangesRotting(grid) {
  const m = grid.length;
  const n = grid[0].length;
  let fresh = 0;
  let level = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] === 1) fresh++;
      else if (grid[i][j] === 2) level.push([i, j]);
    }
  }
  // Breadth-first from every rotten orange at once: one level per minute.
  let minutes = 0;
  while (fresh > 0 && level.length) {
    const next = [];
    for (const [r, c] of level) {
      for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === 1) {
          grid[x][y] = 2;
          fresh--;
          next.push([x, y]);
        }
      }
    }
    level = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
}
`,
    typescript: `function orangesRotting(grid: number[][]): number {
  const m = grid.length;
  const n = grid[0].length;
  let fresh = 0;
  let level: Array<[number, number]> = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] === 1) fresh++;
      else if (grid[i][j] === 2) level.push([i, j]);
    }
  }
  // Breadth-first from every rotten orange at once: one level per minute.
  let minutes = 0;
  while (fresh > 0 && level.length) {
    const next: Array<[number, number]> = [];
    for (const [r, c] of level) {
      for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === 1) {
          grid[x][y] = 2;
          fresh--;
          next.push([x, y]);
        }
      }
    }
    level = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
}
`,
    python: `class Solution:
    def oranges_rotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        fresh = sum(row.count(1) for row in grid)
        level = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 2]
        # Breadth-first from every rotten orange at once: one level per minute.
        minutes = 0
        while fresh and level:
            nxt = []
            for r, c in level:
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < m and 0 <= y < n and grid[x][y] == 1:
                        grid[x][y] = 2
                        fresh -= 1
                        nxt.append((x, y))
            level = nxt
            minutes += 1
        return minutes if fresh == 0 else -1
`,
    java: `class Solution {
    public int orangesRotting(int[][] grid) {
        int m = grid.length, n = grid[0].length, fresh = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] == 1) fresh++;
                else if (grid[i][j] == 2) queue.add(new int[] { i, j });
            }
        }
        int[][] moves = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        // Breadth-first from every rotten orange at once: one level per minute.
        int minutes = 0;
        while (fresh > 0 && !queue.isEmpty()) {
            for (int k = queue.size(); k > 0; k--) {
                int[] cell = queue.poll();
                for (int[] move : moves) {
                    int x = cell[0] + move[0], y = cell[1] + move[1];
                    if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == 1) {
                        grid[x][y] = 2;
                        fresh--;
                        queue.add(new int[] { x, y });
                    }
                }
            }
            minutes++;
        }
        return fresh == 0 ? minutes : -1;
    }
}
`,
    cpp: `class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), fresh = 0;
        queue<pair<int, int>> rotten;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] == 1) fresh++;
                else if (grid[i][j] == 2) rotten.push({i, j});
            }
        }
        const int moves[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        // Breadth-first from every rotten orange at once: one level per minute.
        int minutes = 0;
        while (fresh > 0 && !rotten.empty()) {
            for (int k = rotten.size(); k > 0; k--) {
                auto [r, c] = rotten.front();
                rotten.pop();
                for (const auto& move : moves) {
                    int x = r + move[0], y = c + move[1];
                    if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == 1) {
                        grid[x][y] = 2;
                        fresh--;
                        rotten.push({x, y});
                    }
                }
            }
            minutes++;
        }
        return fresh == 0 ? minutes : -1;
    }
};
`,
  },
  visible: [
    {
      args: [
        [
          [2, 1, 1],
          [1, 1, 0],
          [0, 1, 1],
        ],
      ],
      expected: 4,
    },
    {
      args: [
        [
          [2, 1, 1],
          [0, 1, 1],
          [1, 0, 1],
        ],
      ],
      expected: -1,
    },
    { args: [[[0, 2]]], expected: 0 },
  ],
  hidden: [
    { args: [[[0]]], expected: 0 },
    { args: [[[1]]], expected: -1 },
    { args: [[[2]]], expected: 0 },
    { args: [[[2, 1]]], expected: 1 },
    { args: [[[1, 2, 1]]], expected: 1 },
    { args: [[[2, 0, 1]]], expected: -1 },
    {
      args: [
        [
          [0, 0],
          [0, 0],
        ],
      ],
      expected: 0,
    },
    {
      args: [
        [
          [1, 1],
          [1, 1],
        ],
      ],
      expected: -1,
    },
    {
      args: [
        [
          [2, 2],
          [2, 2],
        ],
      ],
      expected: 0,
    },
    { args: [[[2, 1, 1, 1, 1, 1, 1]]], expected: 6 },
    {
      args: [
        [
          [2, 1, 1],
          [1, 1, 1],
          [1, 1, 2],
        ],
      ],
      expected: 2,
    },
    { args: [[[1], [1], [1], [2], [1]]], expected: 3 },
    {
      args: [
        [
          [2, 1, 0, 2, 1],
          [1, 0, 1, 2, 1],
          [1, 0, 0, 2, 1],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [2, 1, 1, 0, 1],
          [1, 0, 1, 0, 1],
          [1, 1, 1, 1, 1],
        ],
      ],
      expected: 8,
    },
  ],
  largest: () => {
    // 300 x 300 serpentine corridor of fresh oranges, rotten at its start: the rot walks the whole
    // snake, about 45,000 minutes, so re-scanning the grid every minute is far too slow.
    const size = 300;
    const grid = Array.from({ length: size }, (_, i) =>
      Array.from({ length: size }, (_, j): number => {
        if (i % 2 === 0) return 1;
        const openEnd = i % 4 === 1 ? size - 1 : 0;
        return j === openEnd ? 1 : 0;
      }),
    );
    grid[0]![0] = 2;
    // Oracle: breadth-first search from the one rotten cell; the answer is the farthest distance.
    const dist = grid.map((row) => row.map(() => -1));
    dist[0]![0] = 0;
    const queue: Array<[number, number]> = [[0, 0]];
    let farthest = 0;
    for (let head = 0; head < queue.length; head++) {
      const [r, c] = queue[head]!;
      farthest = Math.max(farthest, dist[r]![c]!);
      for (const [x, y] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ] as const) {
        if (x >= 0 && x < size && y >= 0 && y < size && grid[x]![y] === 1 && dist[x]![y] === -1) {
          dist[x]![y] = dist[r]![c]! + 1;
          queue.push([x, y]);
        }
      }
    }
    const unreached = grid.some((row, x) => row.some((cell, y) => cell === 1 && dist[x]![y] === -1));
    return { args: [grid], expected: unreached ? -1 : farthest };
  },
});
