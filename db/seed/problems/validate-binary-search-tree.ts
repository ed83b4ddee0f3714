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

/** n distinct values spread over the whole int range, in random order. */
function distinctValues(seed: number, n: number): number[] {
  const random = seededRandom(seed);
  const seen = new Set<number>([-2_147_483_648, 2_147_483_647]);
  const values = [-2_147_483_648, 2_147_483_647];
  while (values.length < n) {
    const value = random.int(-2_147_483_648, 2_147_483_647);
    if (!seen.has(value)) {
      seen.add(value);
      values.push(value);
    }
  }
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

export default defineProblem({
  slug: 'validate-binary-search-tree',
  title: { en: 'Validate Binary Search Tree', zh: '驗證二元搜尋樹' },
  difficulty: 'Medium',
  category: 'tree',
  tags: ['tree', 'depth-first-search', 'binary-search-tree', 'binary-tree'],
  statement: {
    en: "Given the `root` of a binary tree, return `true` if it is a valid binary search tree (BST) and `false` otherwise.\n\nA valid BST satisfies, at every node:\n\n- every value in the node's left subtree is **strictly less** than the node's value;\n- every value in the node's right subtree is **strictly greater** than the node's value;\n- both subtrees are valid BSTs themselves.",
    zh: '給定二元樹的根節點 `root`，若它是有效的二元搜尋樹（BST）則回傳 `true`，否則回傳 `false`。\n\n有效的 BST 在每個節點都滿足：\n\n- 左子樹中的每個值都**嚴格小於**該節點的值；\n- 右子樹中的每個值都**嚴格大於**該節點的值；\n- 左右子樹本身也都是有效的 BST。',
  },
  examples: [
    {
      input: 'root = [2,1,3]',
      output: 'true',
      explanation: { en: '1 < 2 < 3.', zh: '1 < 2 < 3。' },
    },
    {
      input: 'root = [5,1,4,null,null,3,6]',
      output: 'false',
      explanation: {
        en: "The root's value is 5, but its right child's value is 4, which is not greater than 5.",
        zh: '根節點的值是 5，但它的右子節點是 4，並不大於 5。',
      },
    },
  ],
  constraints: ['The number of nodes in the tree is in the range [1, 10^4].', '-2^31 <= Node.val <= 2^31 - 1'],
  hints: [
    {
      en: 'Comparing each node with its children is not enough: a node deep in the left subtree must still be smaller than the root. Pass down the range of values a subtree may hold.',
      zh: '只比較節點與它的子節點是不夠的：左子樹深處的節點仍必須小於根節點。往下遞迴時，傳入該子樹允許的數值範圍。',
    },
    {
      en: 'Alternatively, an in-order traversal of a BST visits the values in strictly increasing order.',
      zh: '另一種做法：BST 的中序走訪會以嚴格遞增的順序拜訪所有值。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'isValidBST',
      typescript: 'isValidBST',
      python: 'is_valid_bst',
      java: 'isValidBST',
      cpp: 'isValidBST',
    },
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function isValidBST(root) {\n  \n}\n',
    typescript: 'function isValidBST(root: TreeNode | null): boolean {\n  \n}\n',
    python: 'class Solution:\n    def is_valid_bst(self, root: Optional[TreeNode]) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean isValidBST(TreeNode root) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool isValidBST(TreeNode* root) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function isValidBST(root, low = -Infinity, high = Infinity) {
  if (!root) return true;
  if (root.val <= low || root.val >= high) return false;
  return isValidBST(root.left, low, root.val) && isValidBST(root.right, root.val, high);
}
`,
    typescript: `function isValidBST(root: TreeNode | null, low = -Infinity, high = Infinity): boolean {
  if (!root) return true;
  if (root.val <= low || root.val >= high) return false;
  return isValidBST(root.left, low, root.val) && isValidBST(root.right, root.val, high);
}
`,
    python: `class Solution:
    def is_valid_bst(self, root: Optional[TreeNode]) -> bool:
        # In-order traversal with an explicit stack: the values must strictly increase.
        stack, previous, node = [], None, root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous, node = node.val, node.right
        return True
`,
    java: `class Solution {
    public boolean isValidBST(TreeNode root) {
        return within(root, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean within(TreeNode node, long low, long high) {
        if (node == null) return true;
        if (node.val <= low || node.val >= high) return false;
        return within(node.left, low, node.val) && within(node.right, node.val, high);
    }
}
`,
    cpp: `class Solution {
    bool within(TreeNode* node, long long low, long long high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return within(node->left, low, node->val) && within(node->right, node->val, high);
    }

public:
    bool isValidBST(TreeNode* root) {
        return within(root, LLONG_MIN, LLONG_MAX);
    }
};
`,
  },
  visible: [
    { args: [[2, 1, 3]], expected: true },
    { args: [[5, 1, 4, null, null, 3, 6]], expected: false },
  ],
  hidden: [
    { args: [[1]], expected: true },
    { args: [[2147483647]], expected: true },
    { args: [[-2147483648, null, 2147483647]], expected: true },
    { args: [[2147483647, 2147483647]], expected: false },
    { args: [[1, 1]], expected: false },
    { args: [[1, null, 1]], expected: false },
    { args: [[5, 4, 6, null, null, 3, 7]], expected: false },
    { args: [[10, 5, 15, null, null, 6, 20]], expected: false },
    { args: [[3, 1, 5, 0, 2, 4, 6]], expected: true },
    { args: [[32, 26, 47, 19, null, null, 56, null, 27]], expected: false },
    { args: [[0, -1]], expected: true },
    { args: [bstLevelOrder(Array.from({ length: 1000 }, (_, i) => i))], expected: true },
  ],
  largest: () => {
    const values = distinctValues(98, 10_000);
    return { args: [bstLevelOrder(values)], expected: true };
  },
});
