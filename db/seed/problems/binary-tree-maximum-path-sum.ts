import { defineProblem, seededRandom } from './source';

/**
 * A random tree of n nodes (each new node takes a random free child slot, so a child's index is
 * always above its parent's), in LeetCode's level order, with its maximum path sum.
 */
function randomTree(seed: number, n: number): { levelOrder: Array<number | null>; best: number } {
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
    levelOrder.push(node === -1 ? null : values[node]!);
    if (node !== -1) queue.push(left[node]!, right[node]!);
  }
  while (levelOrder[levelOrder.length - 1] === null) levelOrder.pop();
  // Children before parents: down[i] is the best path starting at i and going down.
  const down = new Array<number>(n).fill(0);
  let best = -Infinity;
  for (let node = n - 1; node >= 0; node--) {
    const fromLeft = left[node] === -1 ? 0 : Math.max(0, down[left[node]!]!);
    const fromRight = right[node] === -1 ? 0 : Math.max(0, down[right[node]!]!);
    down[node] = values[node]! + Math.max(fromLeft, fromRight);
    best = Math.max(best, values[node]! + fromLeft + fromRight);
  }
  return { levelOrder, best };
}

/** A path of n nodes, each the left child of the one before, with the given values. */
const leftSpine = (values: number[]) => values.flatMap((value, i) => (i === 0 ? [value] : [value, null])).slice(0, -1);

export default defineProblem({
  slug: 'binary-tree-maximum-path-sum',
  title: { en: 'Binary Tree Maximum Path Sum', zh: '二元樹中的最大路徑和' },
  difficulty: 'Hard',
  category: 'tree',
  tags: ['tree', 'depth-first-search', 'dynamic-programming', 'binary-tree'],
  statement: {
    en: "A **path** in a binary tree is a sequence of nodes where each pair of neighbouring nodes is joined by an edge. A node appears in a path at most once, the path holds at least one node, and it need not pass through the root.\n\nThe **path sum** is the sum of the values of the path's nodes.\n\nGiven the `root` of a non-empty binary tree, return the largest path sum of any path in it.",
    zh: '二元樹中的一條**路徑**是一串節點，其中每對相鄰節點之間都有一條邊相連。每個節點在路徑中最多出現一次，路徑至少包含一個節點，而且不一定要經過根節點。\n\n**路徑和**是路徑上所有節點值的總和。\n\n給定非空二元樹的根節點 `root`，回傳樹中所有路徑的最大路徑和。',
  },
  examples: [
    {
      input: 'root = [1,2,3]',
      output: '6',
      explanation: {
        en: 'The path 2 → 1 → 3 has the sum 2 + 1 + 3 = 6.',
        zh: '路徑 2 → 1 → 3 的和為 2 + 1 + 3 = 6。',
      },
    },
    {
      input: 'root = [-10,9,20,null,null,15,7]',
      output: '42',
      explanation: {
        en: 'The path 15 → 20 → 7 has the sum 15 + 20 + 7 = 42; including -10 would only lower it.',
        zh: '路徑 15 → 20 → 7 的和為 15 + 20 + 7 = 42；再加上 -10 只會讓總和變小。',
      },
    },
  ],
  constraints: ['The number of nodes in the tree is in the range [1, 3 * 10^4].', '-1000 <= Node.val <= 1000'],
  hints: [
    {
      en: 'For each node, compute the best sum of a path that starts at that node and goes down into at most one of its subtrees.',
      zh: '對每個節點，計算從該節點出發、往下只走進其中一棵子樹的最佳路徑和。',
    },
    {
      en: 'The best path whose highest node is a given node joins its two downward paths, each counted only when it is positive.',
      zh: '以某節點為最高點的最佳路徑，會把左右兩條往下的路徑接起來；每一邊只有在總和為正時才值得加入。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'maxPathSum',
      typescript: 'maxPathSum',
      python: 'max_path_sum',
      java: 'maxPathSum',
      cpp: 'maxPathSum',
    },
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function maxPathSum(root) {\n  \n}\n',
    typescript: 'function maxPathSum(root: TreeNode | null): number {\n  \n}\n',
    python: 'class Solution:\n    def max_path_sum(self, root: Optional[TreeNode]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int maxPathSum(TreeNode root) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int maxPathSum(TreeNode* root) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function maxPathSum(root) {
  let best = -Infinity;
  // The best sum of a path that starts at node and goes down.
  const down = (node) => {
    if (!node) return 0;
    const left = Math.max(0, down(node.left));
    const right = Math.max(0, down(node.right));
    best = Math.max(best, node.val + left + right);
    return node.val + Math.max(left, right);
  };
  down(root);
  return best;
}
`,
    typescript: `function maxPathSum(root: TreeNode | null): number {
  let best = -Infinity;
  // The best sum of a path that starts at node and goes down.
  const down = (node: TreeNode | null): number => {
    if (!node) return 0;
    const left = Math.max(0, down(node.left));
    const right = Math.max(0, down(node.right));
    best = Math.max(best, node.val + left + right);
    return node.val + Math.max(left, right);
  };
  down(root);
  return best;
}
`,
    python: `class Solution:
    def max_path_sum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def down(node: Optional[TreeNode]) -> int:
            # The best sum of a path that starts at node and goes down.
            nonlocal best
            if not node:
                return 0
            left = max(0, down(node.left))
            right = max(0, down(node.right))
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        down(root)
        return best
`,
    java: `class Solution {
    private int best;

    public int maxPathSum(TreeNode root) {
        best = Integer.MIN_VALUE;
        down(root);
        return best;
    }

    /** The best sum of a path that starts at node and goes down. */
    private int down(TreeNode node) {
        if (node == null) return 0;
        int left = Math.max(0, down(node.left));
        int right = Math.max(0, down(node.right));
        best = Math.max(best, node.val + left + right);
        return node.val + Math.max(left, right);
    }
}
`,
    cpp: `class Solution {
    int best = INT_MIN;

    // The best sum of a path that starts at node and goes down.
    int down(TreeNode* node) {
        if (!node) return 0;
        int left = max(0, down(node->left));
        int right = max(0, down(node->right));
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }

public:
    int maxPathSum(TreeNode* root) {
        down(root);
        return best;
    }
};
`,
  },
  visible: [
    { args: [[1, 2, 3]], expected: 6 },
    { args: [[-10, 9, 20, null, null, 15, 7]], expected: 42 },
  ],
  hidden: [
    { args: [[-3]], expected: -3 },
    { args: [[1000]], expected: 1000 },
    { args: [[-1000, -1000, -1000]], expected: -1000 },
    { args: [[2, -1]], expected: 2 },
    { args: [[-2, 1]], expected: 1 },
    { args: [[-1, 5, null, 4, null, null, 2, -4]], expected: 11 },
    { args: [[5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1]], expected: 48 },
    { args: [[1, -2, -3, 1, 3, -2, null, -1]], expected: 3 },
    { args: [[9, 6, -3, null, null, -6, 2, null, null, 2, null, -6, -6, -6]], expected: 16 },
    { args: [[-5, -2, -3, -1, -4]], expected: -1 },
    { args: [[10, -20, -20, 30, 30, 30, 30]], expected: 40 },
    { args: [leftSpine(Array.from({ length: 1000 }, () => 1000))], expected: 1_000_000 },
  ],
  largest: () => {
    const { levelOrder, best } = randomTree(31, 30_000);
    return { args: [levelOrder], expected: best };
  },
});
