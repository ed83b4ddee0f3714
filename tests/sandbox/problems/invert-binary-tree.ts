import type { ProblemFixture } from './types';

/** A complete tree of 1023 nodes in level order, and its mirror image: each level reversed. */
const LEVELS = Array.from({ length: 10 }, (_, depth) => Array.from({ length: 2 ** depth }, (_, i) => 2 ** depth + i));
const COMPLETE = LEVELS.flat();
const MIRRORED = LEVELS.flatMap((level) => [...level].reverse());

/** TreeNode in and out, in LeetCode's level order with nulls (trailing nulls trimmed). */
export const invertBinaryTree: ProblemFixture = {
  slug: 'invert-binary-tree',
  title: 'Invert Binary Tree',
  spec: {
    functionName: {
      javascript: 'invertTree',
      typescript: 'invertTree',
      python: 'invert_tree',
      java: 'invertTree',
      cpp: 'invertTree',
    },
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'TreeNode',
    compare: 'exact',
  },
  testCases: [
    { args: [[4, 2, 7, 1, 3, 6, 9]], expected: [4, 7, 2, 9, 6, 3, 1] },
    { args: [[2, 1, 3]], expected: [2, 3, 1] },
    { args: [[]], expected: [] },
    { args: [[1, 2]], expected: [1, null, 2] },
    { args: [[1, null, 2, null, 3]], expected: [1, 2, null, 3], hidden: true },
    { args: [[3, 9, 20, null, null, 15, 7, null, null, null, null]], expected: [3, 20, 9, 7, 15], hidden: true },
    { args: [null], expected: [], hidden: true },
    { args: [COMPLETE], expected: MIRRORED, hidden: true },
  ],
  solutions: {
    javascript: `var invertTree = function (root) {
  if (!root) return null;
  [root.left, root.right] = [invertTree(root.right), invertTree(root.left)];
  return root;
};
`,
    typescript: `function invertTree(root: TreeNode | null): TreeNode | null {
  if (!root) return null;
  [root.left, root.right] = [invertTree(root.right), invertTree(root.left)];
  return root;
}
`,
    python: `class Solution:
    def invert_tree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root:
            root.left, root.right = self.invert_tree(root.right), self.invert_tree(root.left)
        return root
`,
    java: `class Solution {
    public TreeNode invertTree(TreeNode root) {
        if (root == null) return null;
        TreeNode left = invertTree(root.left);
        root.left = invertTree(root.right);
        root.right = left;
        return root;
    }
}
`,
    cpp: `class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        TreeNode* left = invertTree(root->left);
        root->left = invertTree(root->right);
        root->right = left;
        return root;
    }
};
`,
  },
};
