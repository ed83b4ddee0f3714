import { defineProblem, seededRandom } from './source';

/** A random tree of n nodes in LeetCode's level order, and its depth (each new node takes a random free child slot). */
function randomTree(seed: number, n: number): { levelOrder: Array<number | null>; depth: number } {
  const random = seededRandom(seed);
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  const depthOf = [1];
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
    depthOf[node] = depthOf[parent]! + 1;
    free.push([node, 'left'], [node, 'right']);
  }
  const values = Array.from({ length: n }, () => random.int(-100, 100));
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
  return { levelOrder, depth: Math.max(...depthOf) };
}

/** A path of n nodes, each one the right child of the one before. */
const rightSpine = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? [0] : [null, i])).flat();

export default defineProblem({
  slug: 'maximum-depth-of-binary-tree',
  title: { en: 'Maximum Depth of Binary Tree', zh: '二元樹的最大深度' },
  difficulty: 'Easy',
  category: 'tree',
  tags: ['tree', 'depth-first-search', 'breadth-first-search', 'binary-tree'],
  statement: {
    en: 'Given the `root` of a binary tree, return its maximum depth.\n\nThe maximum depth is the number of nodes on the longest path from the root down to a leaf. An empty tree has depth 0.',
    zh: '給定二元樹的根節點 `root`，回傳這棵樹的最大深度。\n\n最大深度是從根節點往下走到葉節點的最長路徑上的節點數。空樹的深度為 0。',
  },
  examples: [
    {
      input: 'root = [3,9,20,null,null,15,7]',
      output: '3',
      explanation: {
        en: 'The longest root-to-leaf paths are 3 → 20 → 15 and 3 → 20 → 7, with 3 nodes each.',
        zh: '最長的根到葉路徑是 3 → 20 → 15 與 3 → 20 → 7，各有 3 個節點。',
      },
    },
    { input: 'root = [1,null,2]', output: '2' },
  ],
  constraints: ['The number of nodes in the tree is in the range [0, 10^4].', '-100 <= Node.val <= 100'],
  hints: [
    {
      en: 'The depth of a tree is 1 plus the larger depth of its two subtrees.',
      zh: '一棵樹的深度等於 1 加上左右子樹中較大的深度。',
    },
    {
      en: 'Without recursion: a breadth-first search that counts the levels.',
      zh: '不用遞迴的話：用廣度優先搜尋（BFS）計算層數。',
    },
  ],
  spec: {
    functionName: { javascript: 'maxDepth', typescript: 'maxDepth', python: 'max_depth', java: 'maxDepth', cpp: 'maxDepth' },
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxDepth(root) {\n  \n}\n',
    typescript: 'function maxDepth(root: TreeNode | null): number {\n  \n}\n',
    python: 'class Solution:\n    def max_depth(self, root: Optional[TreeNode]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int maxDepth(TreeNode root) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int maxDepth(TreeNode* root) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxDepth(root) {
  if (!root) return 0;
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
}
`,
    typescript: `function maxDepth(root: TreeNode | null): number {
  if (!root) return 0;
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
}
`,
    python: `class Solution:
    def max_depth(self, root: Optional[TreeNode]) -> int:
        depth = 0
        level = [root] if root else []
        while level:
            depth += 1
            level = [child for node in level for child in (node.left, node.right) if child]
        return depth
`,
    java: `class Solution {
    public int maxDepth(TreeNode root) {
        if (root == null) return 0;
        return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
    }
}
`,
    cpp: `class Solution {
public:
    int maxDepth(TreeNode* root) {
        if (!root) return 0;
        return 1 + max(maxDepth(root->left), maxDepth(root->right));
    }
};
`,
  },
  visible: [
    { args: [[3, 9, 20, null, null, 15, 7]], expected: 3 },
    { args: [[1, null, 2]], expected: 2 },
  ],
  hidden: [
    { args: [[]], expected: 0 },
    { args: [null], expected: 0 },
    { args: [[0]], expected: 1 },
    { args: [[1, 2]], expected: 2 },
    { args: [[1, 2, 3, 4, 5, 6, 7]], expected: 3 },
    { args: [[-100, 100, null, -1, null, 0]], expected: 4 },
    { args: [[1, 2, 3, 4, null, null, 5, 6, null, null, 7]], expected: 4 },
    { args: [[5, 5, 5, 5, 5, 5, 5, 5]], expected: 4 },
    { args: [[1, 2, 3, null, null, 4, null, 5, null, 6]], expected: 5 },
    { args: [rightSpine(1000)], expected: 1000 },
    { args: [[1, null, 2, 3, null, null, 4, 5]], expected: 5 },
  ],
  largest: () => {
    const { levelOrder, depth } = randomTree(104, 10_000);
    return { args: [levelOrder], expected: depth };
  },
});
