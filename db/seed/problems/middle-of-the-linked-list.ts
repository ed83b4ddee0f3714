import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'middle-of-the-linked-list',
  title: { en: 'Middle of the Linked List', zh: '鏈結串列的中間節點' },
  difficulty: 'Easy',
  category: 'linked-list',
  tags: ['linked-list', 'two-pointers'],
  statement: {
    en: 'Given the `head` of a non-empty singly linked list, return its middle node (the list from that node on).\n\nWhen the list has an even number of nodes there are two middle nodes; return the **second** one.',
    zh: '給定非空單向鏈結串列的頭節點 `head`，回傳它的中間節點（即從該節點開始的串列）。\n\n若節點數為偶數，會有兩個中間節點，請回傳**第二個**。',
  },
  examples: [
    {
      input: 'head = [1,2,3,4,5]',
      output: '[3,4,5]',
      explanation: { en: 'The middle node of the list is node 3.', zh: '串列的中間節點是節點 3。' },
    },
    {
      input: 'head = [1,2,3,4,5,6]',
      output: '[4,5,6]',
      explanation: {
        en: 'The list has two middle nodes, 3 and 4; the second one is returned.',
        zh: '串列有兩個中間節點 3 與 4，回傳第二個。',
      },
    },
  ],
  constraints: ['The number of nodes in the list is in the range [1, 10^5].', '-10^5 <= Node.val <= 10^5'],
  hints: [
    {
      en: 'Counting the nodes first and walking half of them again works in two passes.',
      zh: '先數節點數，再走一半，兩趟就能完成。',
    },
    {
      en: 'For one pass: move a slow pointer one step and a fast pointer two steps at a time.',
      zh: '一趟完成的方法：慢指標每次走一步，快指標每次走兩步。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'middleNode',
      typescript: 'middleNode',
      python: 'middle_node',
      java: 'middleNode',
      cpp: 'middleNode',
    },
    params: [{ name: 'head', type: 'ListNode' }],
    returns: 'ListNode',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function middleNode(head) {\n  \n}\n',
    typescript: 'function middleNode(head: ListNode | null): ListNode | null {\n  \n}\n',
    python: 'class Solution:\n    def middle_node(self, head: Optional[ListNode]) -> Optional[ListNode]:\n        pass\n',
    java: 'class Solution {\n    public ListNode middleNode(ListNode head) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    ListNode* middleNode(ListNode* head) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function middleNode(head) {
  let slow = head;
  let fast = head;
  while (fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
  }
  return slow;
}
`,
    typescript: `function middleNode(head: ListNode | null): ListNode | null {
  let slow = head;
  let fast = head;
  while (slow && fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
  }
  return slow;
}
`,
    python: `class Solution:
    def middle_node(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
        return slow
`,
    java: `class Solution {
    public ListNode middleNode(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        return slow;
    }
}
`,
    cpp: `class Solution {
public:
    ListNode* middleNode(ListNode* head) {
        ListNode *slow = head, *fast = head;
        while (fast && fast->next) {
            slow = slow->next;
            fast = fast->next->next;
        }
        return slow;
    }
};
`,
  },
  visible: [
    { args: [[1, 2, 3, 4, 5]], expected: [3, 4, 5] },
    { args: [[1, 2, 3, 4, 5, 6]], expected: [4, 5, 6] },
  ],
  hidden: [
    { args: [[1]], expected: [1] },
    { args: [[1, 2]], expected: [2] },
    { args: [[1, 2, 3]], expected: [2, 3] },
    { args: [[-100000, 100000]], expected: [100000] },
    { args: [[7, 7, 7, 7]], expected: [7, 7] },
    { args: [[5, 4, 3, 2, 1, 0, -1]], expected: [2, 1, 0, -1] },
    { args: [[0, 0, 0, 1, 0, 0]], expected: [1, 0, 0] },
    { args: [[10, 20, 30, 40, 50, 60, 70, 80]], expected: [50, 60, 70, 80] },
    { args: [Array.from({ length: 99 }, (_, i) => i)], expected: Array.from({ length: 50 }, (_, i) => i + 49) },
    { args: [Array.from({ length: 100 }, (_, i) => -i)], expected: Array.from({ length: 50 }, (_, i) => -(i + 50)) },
  ],
  largest: () => {
    const random = seededRandom(876);
    const head = Array.from({ length: 100_000 }, () => random.int(-100_000, 100_000));
    return { args: [head], expected: head.slice(50_000) };
  },
});
