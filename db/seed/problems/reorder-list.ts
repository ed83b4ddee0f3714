import { defineProblem, seededRandom } from './source';

/** The expected order, taken from both ends in turn: first, last, second, second to last… */
function reordered(values: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = values.length - 1; i <= j; i++, j--) {
    out.push(values[i]!);
    if (i !== j) out.push(values[j]!);
  }
  return out;
}

export default defineProblem({
  slug: 'reorder-list',
  title: { en: 'Reorder List', zh: '重排鏈結串列' },
  difficulty: 'Medium',
  category: 'linked-list',
  tags: ['linked-list', 'two-pointers', 'stack'],
  statement: {
    en: 'You are given the `head` of a singly linked list `L0 → L1 → … → Ln-1 → Ln`.\n\nReorder it **in place** into `L0 → Ln → L1 → Ln-1 → L2 → Ln-2 → …`, taking nodes from the front and the back in turn.\n\nOnly the links may change, not the values in the nodes. The function returns nothing; the list is judged from `head` after the call.',
    zh: '給定單向鏈結串列的頭節點 `head`，串列為 `L0 → L1 → … → Ln-1 → Ln`。\n\n請**原地**將它重排為 `L0 → Ln → L1 → Ln-1 → L2 → Ln-2 → …`，也就是輪流從前端與尾端取節點。\n\n只能改變節點之間的連結，不能修改節點的值。函式不需回傳任何值；呼叫結束後，會從 `head` 開始檢查串列。',
  },
  examples: [
    {
      input: 'head = [1,2,3,4]',
      output: '[1,4,2,3]',
      explanation: {
        en: 'Take 1 from the front, 4 from the back, then 2 from the front and 3 from the back.',
        zh: '從前端取 1、從尾端取 4，再從前端取 2、從尾端取 3。',
      },
    },
    { input: 'head = [1,2,3,4,5]', output: '[1,5,2,4,3]' },
  ],
  constraints: ['The number of nodes in the list is in the range [1, 5 * 10^4].', '1 <= Node.val <= 1000'],
  hints: [
    {
      en: 'An array of the nodes makes it easy, with O(n) extra space.',
      zh: '把節點存進陣列就很簡單，但需要 O(n) 的額外空間。',
    },
    {
      en: 'With O(1) extra space: find the middle, reverse the second half, then weave the two halves together.',
      zh: '若只用 O(1) 額外空間：找到中間節點，反轉後半段，再把兩半交錯合併。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'reorderList',
      typescript: 'reorderList',
      python: 'reorder_list',
      java: 'reorderList',
      cpp: 'reorderList',
    },
    params: [{ name: 'head', type: 'ListNode' }],
    returns: 'void',
    mutates: 0,
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function reorderList(head) {\n  \n}\n',
    typescript: 'function reorderList(head: ListNode | null): void {\n  \n}\n',
    python: 'class Solution:\n    def reorder_list(self, head: Optional[ListNode]) -> None:\n        pass\n',
    java: 'class Solution {\n    public void reorderList(ListNode head) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    void reorderList(ListNode* head) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function reorderList(head) {
  let slow = head;
  let fast = head;
  while (fast.next && fast.next.next) {
    slow = slow.next;
    fast = fast.next.next;
  }
  let back = null;
  let node = slow.next;
  slow.next = null;
  while (node) {
    const next = node.next;
    node.next = back;
    back = node;
    node = next;
  }
  let front = head;
  while (back) {
    const frontNext = front.next;
    const backNext = back.next;
    front.next = back;
    back.next = frontNext;
    front = frontNext;
    back = backNext;
  }
}
`,
    typescript: `function reorderList(head: ListNode | null): void {
  if (!head) return;
  let slow: ListNode = head;
  let fast: ListNode = head;
  while (fast.next && fast.next.next) {
    slow = slow.next!;
    fast = fast.next.next;
  }
  let back: ListNode | null = null;
  let node: ListNode | null = slow.next;
  slow.next = null;
  while (node) {
    const next: ListNode | null = node.next;
    node.next = back;
    back = node;
    node = next;
  }
  let front: ListNode | null = head;
  while (front && back) {
    const frontNext: ListNode | null = front.next;
    const backNext: ListNode | null = back.next;
    front.next = back;
    back.next = frontNext;
    front = frontNext;
    back = backNext;
  }
}
`,
    python: `class Solution:
    def reorder_list(self, head: Optional[ListNode]) -> None:
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        back, node = None, slow.next
        slow.next = None
        while node:
            node.next, back, node = back, node, node.next
        front = head
        while back:
            front_next, back_next = front.next, back.next
            front.next, back.next = back, front_next
            front, back = front_next, back_next
`,
    java: `class Solution {
    public void reorderList(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast.next != null && fast.next.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        ListNode back = null, node = slow.next;
        slow.next = null;
        while (node != null) {
            ListNode next = node.next;
            node.next = back;
            back = node;
            node = next;
        }
        ListNode front = head;
        while (back != null) {
            ListNode frontNext = front.next, backNext = back.next;
            front.next = back;
            back.next = frontNext;
            front = frontNext;
            back = backNext;
        }
    }
}
`,
    cpp: `class Solution {
public:
    void reorderList(ListNode* head) {
        ListNode *slow = head, *fast = head;
        while (fast->next && fast->next->next) {
            slow = slow->next;
            fast = fast->next->next;
        }
        ListNode *back = nullptr, *node = slow->next;
        slow->next = nullptr;
        while (node) {
            ListNode* next = node->next;
            node->next = back;
            back = node;
            node = next;
        }
        ListNode* front = head;
        while (back) {
            ListNode *frontNext = front->next, *backNext = back->next;
            front->next = back;
            back->next = frontNext;
            front = frontNext;
            back = backNext;
        }
    }
};
`,
  },
  visible: [
    { args: [[1, 2, 3, 4]], expected: [1, 4, 2, 3] },
    { args: [[1, 2, 3, 4, 5]], expected: [1, 5, 2, 4, 3] },
  ],
  hidden: [
    { args: [[1]], expected: [1] },
    { args: [[1, 2]], expected: [1, 2] },
    { args: [[1, 2, 3]], expected: [1, 3, 2] },
    { args: [[7, 7, 7, 7, 7]], expected: [7, 7, 7, 7, 7] },
    { args: [[1000, 1, 1000, 1]], expected: [1000, 1, 1, 1000] },
    { args: [[6, 5, 4, 3, 2, 1]], expected: [6, 1, 5, 2, 4, 3] },
    { args: [[1, 2, 3, 4, 5, 6, 7]], expected: [1, 7, 2, 6, 3, 5, 4] },
    { args: [[2, 4, 6, 8, 10, 12, 14, 16]], expected: [2, 16, 4, 14, 6, 12, 8, 10] },
    { args: [[5, 1, 5, 1, 5, 1, 5, 1, 5]], expected: [5, 5, 1, 1, 5, 5, 1, 1, 5] },
    {
      args: [Array.from({ length: 1001 }, (_, i) => i + 1)],
      expected: reordered(Array.from({ length: 1001 }, (_, i) => i + 1)),
    },
  ],
  largest: () => {
    const random = seededRandom(50_000);
    const head = Array.from({ length: 50_000 }, () => random.int(1, 1000));
    return { args: [head], expected: reordered(head) };
  },
});
