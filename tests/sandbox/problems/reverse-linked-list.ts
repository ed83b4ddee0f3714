import type { ProblemFixture } from './types';

const LONG_LIST = Array.from({ length: 5000 }, (_, i) => i * 3 - 7000);

/** ListNode in and out; an empty list is [] (or null in a case). */
export const reverseLinkedList: ProblemFixture = {
  slug: 'reverse-linked-list',
  title: 'Reverse Linked List',
  spec: {
    functionName: {
      javascript: 'reverseList',
      typescript: 'reverseList',
      python: 'reverse_list',
      java: 'reverseList',
      cpp: 'reverseList',
    },
    params: [{ name: 'head', type: 'ListNode' }],
    returns: 'ListNode',
    compare: 'exact',
  },
  testCases: [
    { args: [[1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1] },
    { args: [[1, 2]], expected: [2, 1] },
    { args: [[]], expected: [] },
    { args: [[7]], expected: [7], hidden: true },
    { args: [null], expected: null, hidden: true },
    { args: [[-2147483648, 0, 2147483647]], expected: [2147483647, 0, -2147483648], hidden: true },
    { args: [LONG_LIST], expected: [...LONG_LIST].reverse(), hidden: true },
  ],
  solutions: {
    javascript: `var reverseList = function (head) {
  let prev = null;
  while (head) {
    const next = head.next;
    head.next = prev;
    prev = head;
    head = next;
  }
  return prev;
};
`,
    typescript: `function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  while (head) {
    const next: ListNode | null = head.next;
    head.next = prev;
    prev = head;
    head = next;
  }
  return prev;
}
`,
    python: `class Solution:
    def reverse_list(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
`,
    java: `class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode prev = null;
        while (head != null) {
            ListNode next = head.next;
            head.next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
}
`,
    cpp: `class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head) {
            ListNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
};
`,
  },
};
