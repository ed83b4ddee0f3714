import { defineProblem, seededRandom } from './source';

/** A random tree of n nodes (each new node takes a random free child slot): its level order with nulls, and its levels. */
function randomTree(seed: number, n: number): { levelOrder: Array<number | null>; levels: number[][] } {
  const random = seededRandom(seed);
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  const free: Array<[number, 'left' | 'right']> = [
    [0, 'left'],
    [0, 'right'],
  ];
  for (let node = 1; node < n; node++) {
    const k = random.int(0, free.length - 1);
    const [parent, side] = free[k]!;
    free[k] = free[free.length - 1]!;
    free.pop();
    (side === 'left' ? left : right)[parent] = node;
    free.push([node, 'left'], [node, 'right']);
  }
  const values = Array.from({ length: n }, () => random.int(-1000, 1000));
  const levelOrder: Array<number | null> = [];
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === -1) {
      levelOrder.push(null);
      continue;
    }
    levelOrder.push(values[node]!);
    queue.push(left[node]!, right[node]!);
  }
  while (levelOrder[levelOrder.length - 1] === null) levelOrder.pop();
  const levels: number[][] = [];
  for (let level = [0]; level.length; level = level.flatMap((node) => [left[node]!, right[node]!].filter((c) => c !== -1))) {
    levels.push(level.map((node) => values[node]!));
  }
  return { levelOrder, levels };
}

export default defineProblem({
  slug: 'binary-tree-level-order-traversal',
  title: { en: 'Binary Tree Level Order Traversal', zh: '二元樹的層序走訪' },
  difficulty: 'Medium',
  category: 'tree',
  tags: ['tree', 'breadth-first-search', 'binary-tree'],
  statement: {
    en: "Given the `root` of a binary tree, return the values of its nodes level by level: one array per level, from the root's level downwards, and within a level from left to right.\n\nAn empty tree gives an empty array.",
    zh: '給定二元樹的根節點 `root`，逐層回傳節點的值：每一層一個陣列，從根節點那一層往下，同一層內由左到右。\n\n空樹回傳空陣列。',
  },
  examples: [
    {
      input: 'root = [3,9,20,null,null,15,7]',
      output: '[[3],[9,20],[15,7]]',
      explanation: {
        en: 'Level 1 holds 3, level 2 holds 9 and 20, level 3 holds 15 and 7.',
        zh: '第 1 層是 3，第 2 層是 9 與 20，第 3 層是 15 與 7。',
      },
    },
    { input: 'root = [1]', output: '[[1]]' },
    { input: 'root = []', output: '[]' },
  ],
  constraints: ['The number of nodes in the tree is in the range [0, 10^4].', '-1000 <= Node.val <= 1000'],
  hints: [
    {
      en: 'A queue visits the nodes in exactly this order (breadth-first search).',
      zh: '用佇列（queue）做廣度優先搜尋，剛好就是這個順序。',
    },
    {
      en: 'To know where a level ends, process the queue one level at a time: take as many nodes as it holds when the level starts.',
      zh: '要知道一層在哪裡結束，可以一次處理一整層：在每層開始時，取出佇列當下所有的節點。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'levelOrder',
      typescript: 'levelOrder',
      python: 'level_order',
      java: 'levelOrder',
      cpp: 'levelOrder',
    },
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'int[][]',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function levelOrder(root) {\n  \n}\n',
    typescript: 'function levelOrder(root: TreeNode | null): number[][] {\n  \n}\n',
    python: 'class Solution:\n    def level_order(self, root: Optional[TreeNode]) -> List[List[int]]:\n        pass\n',
    java: 'class Solution {\n    public List<List<Integer>> levelOrder(TreeNode root) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<vector<int>> levelOrder(TreeNode* root) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function levelOrder(root) {
  const levels = [];
  let level = root ? [root] : [];
  while (level.length) {
    levels.push(level.map((node) => node.val));
    const next = [];
    for (const node of level) {
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    level = next;
  }
  return levels;
}
`,
    typescript: `function levelOrder(root: TreeNode | null): number[][] {
  const levels: number[][] = [];
  let level: TreeNode[] = root ? [root] : [];
  while (level.length) {
    levels.push(level.map((node) => node.val));
    const next: TreeNode[] = [];
    for (const node of level) {
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    level = next;
  }
  return levels;
}
`,
    python: `class Solution:
    def level_order(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        level = [root] if root else []
        while level:
            levels.append([node.val for node in level])
            level = [child for node in level for child in (node.left, node.right) if child]
        return levels
`,
    java: `class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            List<Integer> level = new ArrayList<>();
            for (int size = queue.size(); size > 0; size--) {
                TreeNode node = queue.poll();
                level.add(node.val);
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            levels.add(level);
        }
        return levels;
    }
}
`,
    cpp: `class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        queue<TreeNode*> pending;
        if (root) pending.push(root);
        while (!pending.empty()) {
            vector<int>& level = levels.emplace_back();
            for (size_t size = pending.size(); size > 0; size--) {
                TreeNode* node = pending.front();
                pending.pop();
                level.push_back(node->val);
                if (node->left) pending.push(node->left);
                if (node->right) pending.push(node->right);
            }
        }
        return levels;
    }
};
`,
  },
  visible: [
    { args: [[3, 9, 20, null, null, 15, 7]], expected: [[3], [9, 20], [15, 7]] },
    { args: [[1]], expected: [[1]] },
    { args: [[]], expected: [] },
  ],
  hidden: [
    { args: [null], expected: [] },
    { args: [[1, 2]], expected: [[1], [2]] },
    { args: [[1, null, 2]], expected: [[1], [2]] },
    { args: [[1, 2, 3, 4, 5, 6, 7]], expected: [[1], [2, 3], [4, 5, 6, 7]] },
    { args: [[1, 2, 3, 4, null, null, 5]], expected: [[1], [2, 3], [4, 5]] },
    { args: [[-1000, 1000, -1000, null, 0]], expected: [[-1000], [1000, -1000], [0]] },
    { args: [[0, 0, 0, 0, 0, 0, 0]], expected: [[0], [0, 0], [0, 0, 0, 0]] },
    { args: [[1, 2, null, 3, null, 4, null, 5]], expected: [[1], [2], [3], [4], [5]] },
    { args: [[1, null, 2, null, 3, null, 4]], expected: [[1], [2], [3], [4]] },
    {
      args: [[5, 4, 8, 11, null, 13, 4, 7, 2, null, null, 5, 1]],
      expected: [[5], [4, 8], [11, 13, 4], [7, 2, 5, 1]],
    },
    { args: [[1, 2, 3, null, 4, 5]], expected: [[1], [2, 3], [4, 5]] },
  ],
  largest: () => {
    const { levelOrder, levels } = randomTree(3, 10_000);
    return { args: [levelOrder], expected: levels };
  },
});
