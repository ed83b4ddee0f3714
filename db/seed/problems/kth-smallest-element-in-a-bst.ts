import { defineProblem, seededRandom } from './source';

/** The binary search tree built by inserting `values` in order, in LeetCode's level order. */
function bstLevelOrder(values: number[]): Array<number | null> {
  const left = new Array<number>(values.length).fill(-1);
  const right = new Array<number>(values.length).fill(-1);
  for (let i = 1; i < values.length; i++) {
    let node = 0;
    for (;;) {
      const children = values[i]! < values[node]! ? left : right;
      if (children[node] === -1) {
        children[node] = i;
        break;
      }
      node = children[node]!;
    }
  }
  const levelOrder: Array<number | null> = [];
  const queue = values.length ? [0] : [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    levelOrder.push(node === -1 ? null : values[node]!);
    if (node !== -1) queue.push(left[node]!, right[node]!);
  }
  while (levelOrder[levelOrder.length - 1] === null) levelOrder.pop();
  return levelOrder;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export default defineProblem({
  slug: 'kth-smallest-element-in-a-bst',
  title: { en: 'Kth Smallest Element in a BST', zh: '二元搜尋樹中第 K 小的元素' },
  difficulty: 'Medium',
  category: 'tree',
  tags: ['tree', 'depth-first-search', 'binary-search-tree', 'binary-tree'],
  statement: {
    en: 'Given the `root` of a binary search tree whose values are all distinct, and an integer `k`, return the `k`-th smallest value in the tree (counting from 1).',
    zh: '給定一棵二元搜尋樹的根節點 `root`（樹中的值皆不相同）與整數 `k`，回傳樹中第 `k` 小的值（從 1 開始計數）。',
  },
  examples: [
    {
      input: 'root = [3,1,4,null,2], k = 1',
      output: '1',
      explanation: {
        en: 'In increasing order the values are 1, 2, 3, 4; the 1st is 1.',
        zh: '由小到大的值為 1, 2, 3, 4，第 1 個是 1。',
      },
    },
    { input: 'root = [5,3,6,2,4,null,null,1], k = 3', output: '3' },
  ],
  constraints: [
    'The number of nodes in the tree is n.',
    '1 <= k <= n <= 10^4',
    '0 <= Node.val <= 10^4',
    'All values in the tree are distinct.',
  ],
  hints: [
    {
      en: 'An in-order traversal of a BST visits its values in increasing order.',
      zh: '二元搜尋樹的中序走訪會依遞增順序拜訪所有值。',
    },
    {
      en: 'Stop as soon as the k-th node is visited; an explicit stack makes that easy.',
      zh: '拜訪到第 k 個節點就可以停下來；用明確的堆疊（stack）實作會比較容易。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'kthSmallest',
      typescript: 'kthSmallest',
      python: 'kth_smallest',
      java: 'kthSmallest',
      cpp: 'kthSmallest',
    },
    params: [
      { name: 'root', type: 'TreeNode' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function kthSmallest(root, k) {\n  \n}\n',
    typescript: 'function kthSmallest(root: TreeNode | null, k: number): number {\n  \n}\n',
    python: 'class Solution:\n    def kth_smallest(self, root: Optional[TreeNode], k: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int kthSmallest(TreeNode root, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int kthSmallest(TreeNode* root, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function kthSmallest(root, k) {
  const stack = [];
  let node = root;
  for (;;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (--k === 0) return node.val;
    node = node.right;
  }
}
`,
    typescript: `function kthSmallest(root: TreeNode | null, k: number): number {
  const stack: TreeNode[] = [];
  let node = root;
  for (;;) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const next = stack.pop()!;
    if (--k === 0) return next.val;
    node = next.right;
  }
}
`,
    python: `class Solution:
    def kth_smallest(self, root: Optional[TreeNode], k: int) -> int:
        stack, node = [], root
        while True:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
`,
    java: `class Solution {
    public int kthSmallest(TreeNode root, int k) {
        Deque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        while (true) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (--k == 0) return node.val;
            node = node.right;
        }
    }
}
`,
    cpp: `class Solution {
public:
    int kthSmallest(TreeNode* root, int k) {
        stack<TreeNode*> pending;
        TreeNode* node = root;
        while (true) {
            while (node) {
                pending.push(node);
                node = node->left;
            }
            node = pending.top();
            pending.pop();
            if (--k == 0) return node->val;
            node = node->right;
        }
    }
};
`,
  },
  visible: [
    { args: [[3, 1, 4, null, 2], 1], expected: 1 },
    { args: [[5, 3, 6, 2, 4, null, null, 1], 3], expected: 3 },
  ],
  hidden: [
    { args: [[0], 1], expected: 0 },
    { args: [[10000], 1], expected: 10000 },
    { args: [[2, 1], 2], expected: 2 },
    { args: [[1, null, 2], 1], expected: 1 },
    { args: [[3, 1, 4, null, 2], 4], expected: 4 },
    { args: [[5, 3, 6, 2, 4, null, null, 1], 6], expected: 6 },
    { args: [[5, 3, 6, 2, 4, null, null, 1], 1], expected: 1 },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], 8], expected: 8 },
    { args: [[0, null, 10000], 2], expected: 10000 },
    { args: [bstLevelOrder(range(0, 999)), 1000], expected: 999 },
    { args: [bstLevelOrder(range(0, 999).reverse()), 500], expected: 499 },
  ],
  largest: () => {
    const random = seededRandom(230);
    const values = range(0, 10_000);
    for (let i = values.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [values[i], values[j]] = [values[j]!, values[i]!];
    }
    const kept = values.slice(0, 10_000);
    const k = 9_731;
    return { args: [bstLevelOrder(kept), k], expected: [...kept].sort((a, b) => a - b)[k - 1] };
  },
});
