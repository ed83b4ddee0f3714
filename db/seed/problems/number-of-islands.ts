import { defineProblem, seededRandom } from './source';

const grid = (...rows: string[]): string[][] => rows.map((row) => [...row]);

export default defineProblem({
  slug: 'number-of-islands',
  title: { en: 'Number of Islands', zh: '島嶼數量' },
  difficulty: 'Medium',
  category: 'graph',
  tags: ['array', 'graph', 'breadth-first-search', 'depth-first-search', 'matrix'],
  statement: {
    en: 'You are given an `m x n` map `grid` in which every cell is `"1"` (land) or `"0"` (water).\n\nAn **island** is a group of land cells joined horizontally or vertically (not diagonally), surrounded by water or by the edge of the map. Return the number of islands.',
    zh: '給定一張 `m x n` 的地圖 `grid`，每一格是 `"1"`（陸地）或 `"0"`（水）。\n\n**島嶼**是一群以水平或垂直方向（不含斜角）相連的陸地格，四周被水或地圖邊界包圍。回傳島嶼的數量。',
  },
  examples: [
    {
      input: 'grid = [["1","1","1","1","0"],["1","1","0","1","0"],["1","1","0","0","0"],["0","0","0","0","0"]]',
      output: '1',
      explanation: { en: 'All the land cells are joined into one island.', zh: '所有陸地格彼此相連，形成一座島嶼。' },
    },
    {
      input: 'grid = [["1","1","0","0","0"],["1","1","0","0","0"],["0","0","1","0","0"],["0","0","0","1","1"]]',
      output: '3',
      explanation: {
        en: 'The top-left block, the single cell in the middle and the pair at the bottom right; diagonal neighbours are not joined.',
        zh: '左上角的區塊、中間的單一格，以及右下角的兩格；斜角相鄰不算相連。',
      },
    },
  ],
  constraints: ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300', 'grid[i][j] is "0" or "1".'],
  hints: [
    {
      en: 'Scan the cells; each land cell not seen yet starts a new island.',
      zh: '逐格掃描；每遇到一個還沒走訪過的陸地格，就是一座新島嶼。',
    },
    {
      en: 'Flood the whole island from that cell (BFS or DFS) so its other cells are not counted again. An explicit stack or queue avoids deep recursion.',
      zh: '從該格出發用 BFS 或 DFS 淹沒整座島，避免重複計算。使用明確的堆疊或佇列可以避免過深的遞迴。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'numIslands',
      typescript: 'numIslands',
      python: 'num_islands',
      java: 'numIslands',
      cpp: 'numIslands',
    },
    params: [{ name: 'grid', type: 'string[][]' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function numIslands(grid) {\n  \n}\n',
    typescript: 'function numIslands(grid: string[][]): number {\n  \n}\n',
    python: 'class Solution:\n    def num_islands(self, grid: List[List[str]]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int numIslands(String[][] grid) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int numIslands(vector<vector<string>>& grid) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function numIslands(grid) {
  const m = grid.length;
  const n = grid[0].length;
  let islands = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] !== '1') continue;
      islands++;
      // Sink the island: every land cell reached becomes water, so it is counted once.
      grid[i][j] = '0';
      const stack = [[i, j]];
      while (stack.length) {
        const [r, c] = stack.pop();
        for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === '1') {
            grid[x][y] = '0';
            stack.push([x, y]);
          }
        }
      }
    }
  }
  return islands;
}
`,
    typescript: `function numIslands(grid: string[][]): number {
  const m = grid.length;
  const n = grid[0].length;
  let islands = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] !== '1') continue;
      islands++;
      // Sink the island: every land cell reached becomes water, so it is counted once.
      grid[i][j] = '0';
      const stack: Array<[number, number]> = [[i, j]];
      while (stack.length) {
        const [r, c] = stack.pop()!;
        for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === '1') {
            grid[x][y] = '0';
            stack.push([x, y]);
          }
        }
      }
    }
  }
  return islands;
}
`,
    python: `class Solution:
    def num_islands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1":
                    continue
                islands += 1
                # Sink the island: every land cell reached becomes water, so it is counted once.
                grid[i][j] = "0"
                stack = [(i, j)]
                while stack:
                    r, c = stack.pop()
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < m and 0 <= y < n and grid[x][y] == "1":
                            grid[x][y] = "0"
                            stack.append((x, y))
        return islands
`,
    java: `class Solution {
    public int numIslands(String[][] grid) {
        int m = grid.length, n = grid[0].length, islands = 0;
        int[][] moves = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (!grid[i][j].equals("1")) continue;
                islands++;
                // Sink the island: every land cell reached becomes water, so it is counted once.
                grid[i][j] = "0";
                Deque<int[]> stack = new ArrayDeque<>();
                stack.push(new int[] { i, j });
                while (!stack.isEmpty()) {
                    int[] cell = stack.pop();
                    for (int[] move : moves) {
                        int x = cell[0] + move[0], y = cell[1] + move[1];
                        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y].equals("1")) {
                            grid[x][y] = "0";
                            stack.push(new int[] { x, y });
                        }
                    }
                }
            }
        }
        return islands;
    }
}
`,
    cpp: `class Solution {
public:
    int numIslands(vector<vector<string>>& grid) {
        int m = grid.size(), n = grid[0].size(), islands = 0;
        const int moves[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != "1") continue;
                islands++;
                // Sink the island: every land cell reached becomes water, so it is counted once.
                grid[i][j] = "0";
                vector<pair<int, int>> stack = {{i, j}};
                while (!stack.empty()) {
                    auto [r, c] = stack.back();
                    stack.pop_back();
                    for (const auto& move : moves) {
                        int x = r + move[0], y = c + move[1];
                        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == "1") {
                            grid[x][y] = "0";
                            stack.push_back({x, y});
                        }
                    }
                }
            }
        }
        return islands;
    }
};
`,
  },
  visible: [
    { args: [grid('11110', '11010', '11000', '00000')], expected: 1 },
    { args: [grid('11000', '11000', '00100', '00011')], expected: 3 },
  ],
  hidden: [
    { args: [grid('1')], expected: 1 },
    { args: [grid('0')], expected: 0 },
    { args: [grid('10101')], expected: 3 },
    { args: [grid('1', '0', '1', '1')], expected: 2 },
    { args: [grid('111', '111', '111')], expected: 1 },
    { args: [grid('000', '000')], expected: 0 },
    { args: [grid('101', '010', '101')], expected: 5 },
    { args: [grid('111', '101', '111')], expected: 1 },
    { args: [grid('11011', '10001', '00100', '10001', '11011')], expected: 5 },
    { args: [grid('1011', '1001', '1111')], expected: 1 },
    { args: [grid('0110', '1001', '1001', '0110')], expected: 4 },
    { args: [grid('10', '01')], expected: 2 },
  ],
  largest: () => {
    // 300 x 300, about 55% land: many islands, and some large winding ones.
    const random = seededRandom(9);
    const size = 300;
    const cells = Array.from({ length: size }, () => Array.from({ length: size }, () => (random.next() < 0.55 ? '1' : '0')));
    // Oracle: union-find over the land cells, joining each to its right and lower neighbour.
    const parent = Array.from({ length: size * size }, (_, k) => k);
    const find = (k: number): number => {
      while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
      return k;
    };
    let islands = 0;
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        if (cells[i]![j] !== '1') continue;
        islands++;
        for (const [x, y] of [
          [i + 1, j],
          [i, j + 1],
        ] as const) {
          if (x < size && y < size && cells[x]![y] === '1') {
            const a = find(i * size + j);
            const b = find(x * size + y);
            if (a !== b) {
              parent[a] = b;
              islands--;
            }
          }
        }
      }
    }
    return { args: [cells], expected: islands };
  },
});
