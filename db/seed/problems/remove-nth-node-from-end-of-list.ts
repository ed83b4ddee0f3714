import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'remove-nth-node-from-end-of-list',
  title: { en: 'Remove Nth Node From End of List', zh: '刪除鏈結串列倒數第 N 個節點' },
  difficulty: 'Medium',
  category: 'linked-list',
  tags: ['linked-list', 'two-pointers'],
  statement: {
    en: 'Given the `head` of a linked list and an integer `n`, remove the `n`-th node counted from the end of the list and return the head of the resulting list.\n\nThe last node is the 1st from the end.',
    zh: '給定鏈結串列的頭節點 `head` 與整數 `n`，刪除從串列尾端數來第 `n` 個節點，並回傳刪除後串列的頭節點。\n\n最後一個節點是倒數第 1 個。',
  },
  examples: [
    {
      input: 'head = [1,2,3,4,5], n = 2',
      output: '[1,2,3,5]',
      explanation: {
        en: 'The 2nd node from the end is 4; removing it leaves 1 → 2 → 3 → 5.',
        zh: '倒數第 2 個節點是 4，刪除後剩下 1 → 2 → 3 → 5。',
      },
    },
    { input: 'head = [1], n = 1', output: '[]' },
    { input: 'head = [1,2], n = 1', output: '[1]' },
  ],
  constraints: ['The number of nodes in the list is sz.', '1 <= sz <= 10^5', '0 <= Node.val <= 100', '1 <= n <= sz'],
  hints: [
    {
      en: 'The n-th node from the end is the (sz - n + 1)-th from the start: two passes are enough.',
      zh: '倒數第 n 個節點就是正數第 (sz - n + 1) 個：走兩趟就夠了。',
    },
    {
      en: 'For one pass, keep two pointers n nodes apart; a dummy node before the head makes removing the head itself no special case.',
      zh: '若要一趟完成，讓兩個指標相隔 n 個節點；在頭節點前加一個虛擬節點，刪除頭節點時就不需要特別處理。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'removeNthFromEnd',
      typescript: 'removeNthFromEnd',
      python: 'remove_nth_from_end',
      java: 'removeNthFromEnd',
      cpp: 'removeNthFromEnd',
    },
    params: [
      { name: 'head', type: 'ListNode' },
      { name: 'n', type: 'int' },
    ],
    returns: 'ListNode',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function removeNthFromEnd(head, n) {\n  \n}\n',
    typescript: 'function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {\n  \n}\n',
    python: 'class Solution:\n    def remove_nth_from_end(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:\n        pass\n',
    java: 'class Solution {\n    public ListNode removeNthFromEnd(ListNode head, int n) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    ListNode* removeNthFromEnd(ListNode* head, int n) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function removeNthFromEnd(head, n) {
  const dummy = new ListNode(0, head);
  let fast = dummy;
  let slow = dummy;
  for (let i = 0; i < n; i++) fast = fast.next;
  while (fast.next) {
    fast = fast.next;
    slow = slow.next;
  }
  slow.next = slow.next.next;
  return dummy.next;
}
`,
    typescript: `function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  const dummy = new ListNode(0, head);
  let fast: ListNode = dummy;
  let slow: ListNode = dummy;
  for (let i = 0; i < n; i++) fast = fast.next!;
  while (fast.next) {
    fast = fast.next;
    slow = slow.next!;
  }
  slow.next = slow.next!.next;
  return dummy.next;
}
`,
    python: `class Solution:
    def remove_nth_from_end(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        fast = slow = dummy
        for _ in range(n):
            fast = fast.next
        while fast.next:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return dummy.next
`,
    java: `class Solution {
    public ListNode removeNthFromEnd(ListNode head, int n) {
        ListNode dummy = new ListNode(0, head);
        ListNode fast = dummy, slow = dummy;
        for (int i = 0; i < n; i++) fast = fast.next;
        while (fast.next != null) {
            fast = fast.next;
            slow = slow.next;
        }
        slow.next = slow.next.next;
        return dummy.next;
    }
}
`,
    cpp: `class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        ListNode dummy(0, head);
        ListNode *fast = &dummy, *slow = &dummy;
        for (int i = 0; i < n; i++) fast = fast->next;
        while (fast->next) {
            fast = fast->next;
            slow = slow->next;
        }
        slow->next = slow->next->next;
        return dummy.next;
    }
};
`,
  },
  visible: [
    { args: [[1, 2, 3, 4, 5], 2], expected: [1, 2, 3, 5] },
    { args: [[1], 1], expected: [] },
    { args: [[1, 2], 1], expected: [1] },
  ],
  hidden: [
    { args: [[1, 2], 2], expected: [2] },
    { args: [[1, 2, 3, 4, 5], 5], expected: [2, 3, 4, 5] },
    { args: [[1, 2, 3, 4, 5], 1], expected: [1, 2, 3, 4] },
    { args: [[1, 2, 3], 2], expected: [1, 3] },
    { args: [[0, 0, 0, 0], 3], expected: [0, 0, 0] },
    { args: [[100, 0, 100], 2], expected: [100, 100] },
    { args: [[5, 6, 7, 8, 9, 10], 4], expected: [5, 6, 8, 9, 10] },
    { args: [[9, 8, 7, 6, 5, 4, 3, 2, 1], 9], expected: [8, 7, 6, 5, 4, 3, 2, 1] },
    { args: [[42], 1], expected: [] },
    {
      args: [Array.from({ length: 1000 }, (_, i) => i % 101), 500],
      expected: Array.from({ length: 1000 }, (_, i) => i % 101).filter((_, i) => i !== 500),
    },
  ],
  largest: () => {
    const random = seededRandom(19);
    const head = Array.from({ length: 100_000 }, () => random.int(0, 100));
    const n = 73_421;
    return { args: [head, n], expected: head.filter((_, i) => i !== head.length - n) };
  },
});
