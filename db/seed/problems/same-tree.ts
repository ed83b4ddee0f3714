import { defineProblem, seededRandom } from './source';

/** A random tree of n nodes in LeetCode's level order (each new node takes a random free child slot). */
function randomTree(seed: number, n: number): Array<number | null> {
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
  const values = Array.from({ length: n }, () => random.int(-10_000, 10_000));
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
  return levelOrder;
}

const leftSpine = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? [1] : [1, null])).flat();

export default defineProblem({
  slug: 'same-tree',
  title: { en: 'Same Tree', zh: '相同的二元樹' },
  difficulty: 'Easy',
  category: 'tree',
  tags: ['tree', 'depth-first-search', 'binary-tree'],
  statement: {
    en: 'Given the roots `p` and `q` of two binary trees, return `true` if the trees are the same and `false` otherwise.\n\nTwo binary trees are the same when they have the same shape and every pair of corresponding nodes holds the same value.',
    zh: '給定兩棵二元樹的根節點 `p` 與 `q`，若兩棵樹相同則回傳 `true`，否則回傳 `false`。\n\n兩棵二元樹相同，是指它們的結構一樣，而且每一對相對應的節點值都相等。',
  },
  examples: [
    {
      input: 'p = [1,2,3], q = [1,2,3]',
      output: 'true',
      explanation: {
        en: 'Both trees have root 1 with left child 2 and right child 3.',
        zh: '兩棵樹的根都是 1，左子節點為 2，右子節點為 3。',
      },
    },
    {
      input: 'p = [1,2], q = [1,null,2]',
      output: 'false',
      explanation: {
        en: 'In p the 2 is a left child, in q a right child: the shapes differ.',
        zh: '在 p 中 2 是左子節點，在 q 中則是右子節點：結構不同。',
      },
    },
    { input: 'p = [1,2,1], q = [1,1,2]', output: 'false' },
  ],
  constraints: ['The number of nodes in each tree is in the range [0, 10^4].', '-10^4 <= Node.val <= 10^4'],
  hints: [
    {
      en: 'Two trees are the same when their roots match and their left subtrees and right subtrees are, in turn, the same.',
      zh: '兩棵樹相同，代表根節點相同，且左子樹與左子樹、右子樹與右子樹也分別相同。',
    },
    {
      en: 'Handle the empty cases first: two empty trees are the same, one empty tree and one non-empty are not.',
      zh: '先處理空樹：兩棵都是空樹時相同，只有一棵是空樹時不同。',
    },
  ],
  spec: {
    functionName: { javascript: 'isSameTree', typescript: 'isSameTree', python: 'is_same_tree', java: 'isSameTree', cpp: 'isSameTree' },
    params: [
      { name: 'p', type: 'TreeNode' },
      { name: 'q', type: 'TreeNode' },
    ],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function isSameTree(p, q) {\n  \n}\n',
    typescript: 'function isSameTree(p: TreeNode | null, q: TreeNode | null): boolean {\n  \n}\n',
    python: 'class Solution:\n    def is_same_tree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean isSameTree(TreeNode p, TreeNode q) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool isSameTree(TreeNode* p, TreeNode* q) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function isSameTree(p, q) {
  if (!p || !q) return p === q;
  return p.val === q.val && isSameTree(p.left, q.left) && isSameTree(p.right, q.right);
}
`,
    typescript: `function isSameTree(p: TreeNode | null, q: TreeNode | null): boolean {
  if (!p || !q) return p === q;
  return p.val === q.val && isSameTree(p.left, q.left) && isSameTree(p.right, q.right);
}
`,
    python: `class Solution:
    def is_same_tree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        pairs = [(p, q)]
        while pairs:
            a, b = pairs.pop()
            if a is None or b is None:
                if a is not b:
                    return False
                continue
            if a.val != b.val:
                return False
            pairs.append((a.left, b.left))
            pairs.append((a.right, b.right))
        return True
`,
    java: `class Solution {
    public boolean isSameTree(TreeNode p, TreeNode q) {
        if (p == null || q == null) return p == q;
        return p.val == q.val && isSameTree(p.left, q.left) && isSameTree(p.right, q.right);
    }
}
`,
    cpp: `class Solution {
public:
    bool isSameTree(TreeNode* p, TreeNode* q) {
        if (!p || !q) return p == q;
        return p->val == q->val && isSameTree(p->left, q->left) && isSameTree(p->right, q->right);
    }
};
`,
  },
  visible: [
    {
      args: [
        [1, 2, 3],
        [1, 2, 3],
      ],
      expected: true,
    },
    {
      args: [
        [1, 2],
        [1, null, 2],
      ],
      expected: false,
    },
    {
      args: [
        [1, 2, 1],
        [1, 1, 2],
      ],
      expected: false,
    },
  ],
  hidden: [
    { args: [[], []], expected: true },
    { args: [null, []], expected: true },
    { args: [[1], []], expected: false },
    { args: [[], [0]], expected: false },
    { args: [[0], [0]], expected: true },
    { args: [[10000], [-10000]], expected: false },
    {
      args: [
        [1, 2, 3, 4],
        [1, 2, 3, null, 4],
      ],
      expected: false,
    },
    {
      args: [
        [5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1],
        [5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1],
      ],
      expected: true,
    },
    {
      args: [
        [5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1],
        [5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 2],
      ],
      expected: false,
    },
    {
      args: [
        [1, 1],
        [1, 1, 1],
      ],
      expected: false,
    },
    { args: [leftSpine(1000), leftSpine(1000)], expected: true },
    { args: [leftSpine(1000), leftSpine(999)], expected: false },
  ],
  largest: () => {
    const tree = randomTree(7, 10_000);
    return { args: [tree, [...tree]], expected: true };
  },
});
