import { defineProblem, seededRandom } from './source';

function sortedList(random: ReturnType<typeof seededRandom>, length: number): number[] {
  return Array.from({ length }, () => random.int(-100_000, 100_000)).sort((a, b) => a - b);
}

export default defineProblem({
  slug: 'merge-two-sorted-lists',
  title: { en: 'Merge Two Sorted Lists', zh: '合併兩個已排序的鏈結串列' },
  difficulty: 'Easy',
  category: 'linked-list',
  tags: ['linked-list', 'two-pointers', 'recursion'],
  statement: {
    en: 'You are given the heads of two linked lists, `list1` and `list2`, each sorted in non-decreasing order.\n\nMerge them into one sorted linked list by splicing together the nodes of the two lists, and return the head of the merged list.',
    zh: '給定兩個鏈結串列的頭節點 `list1` 與 `list2`，兩者皆已依非遞減順序排序。\n\n請將兩個串列的節點接在一起，合併成一個已排序的鏈結串列，並回傳合併後串列的頭節點。',
  },
  examples: [
    {
      input: 'list1 = [1,2,4], list2 = [1,3,4]',
      output: '[1,1,2,3,4,4]',
      explanation: {
        en: 'Repeatedly take the smaller of the two front nodes: 1, 1, 2, 3, 4, 4.',
        zh: '每次取兩個串列開頭中較小的節點：1, 1, 2, 3, 4, 4。',
      },
    },
    { input: 'list1 = [], list2 = []', output: '[]' },
    { input: 'list1 = [], list2 = [0]', output: '[0]' },
  ],
  constraints: [
    'The number of nodes in each list is in the range [0, 5000].',
    '-10^5 <= Node.val <= 10^5',
    'Both list1 and list2 are sorted in non-decreasing order.',
  ],
  hints: [
    {
      en: 'A dummy node in front of the result saves special-casing the first node.',
      zh: '在結果前面放一個虛擬（dummy）節點，就不必特別處理第一個節點。',
    },
    {
      en: 'Compare the two current nodes, attach the smaller one and advance in that list; attach whatever remains at the end.',
      zh: '比較兩個目前節點，接上較小的那個並在該串列前進；最後把剩下的部分整段接上。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'mergeTwoLists',
      typescript: 'mergeTwoLists',
      python: 'merge_two_lists',
      java: 'mergeTwoLists',
      cpp: 'mergeTwoLists',
    },
    params: [
      { name: 'list1', type: 'ListNode' },
      { name: 'list2', type: 'ListNode' },
    ],
    returns: 'ListNode',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function mergeTwoLists(list1, list2) {\n  \n}\n',
    typescript: 'function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {\n  \n}\n',
    python:
      'class Solution:\n    def merge_two_lists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:\n        pass\n',
    java: 'class Solution {\n    public ListNode mergeTwoLists(ListNode list1, ListNode list2) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function mergeTwoLists(list1, list2) {
  const dummy = new ListNode(0);
  let tail = dummy;
  while (list1 && list2) {
    if (list1.val <= list2.val) {
      tail.next = list1;
      list1 = list1.next;
    } else {
      tail.next = list2;
      list2 = list2.next;
    }
    tail = tail.next;
  }
  tail.next = list1 || list2;
  return dummy.next;
}
`,
    typescript: `function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  const dummy = new ListNode(0);
  let tail: ListNode = dummy;
  while (list1 && list2) {
    if (list1.val <= list2.val) {
      tail.next = list1;
      list1 = list1.next;
    } else {
      tail.next = list2;
      list2 = list2.next;
    }
    tail = tail.next;
  }
  tail.next = list1 ?? list2;
  return dummy.next;
}
`,
    python: `class Solution:
    def merge_two_lists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 or list2
        return dummy.next
`,
    java: `class Solution {
    public ListNode mergeTwoLists(ListNode list1, ListNode list2) {
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        while (list1 != null && list2 != null) {
            if (list1.val <= list2.val) {
                tail.next = list1;
                list1 = list1.next;
            } else {
                tail.next = list2;
                list2 = list2.next;
            }
            tail = tail.next;
        }
        tail.next = list1 != null ? list1 : list2;
        return dummy.next;
    }
}
`,
    cpp: `class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (list1 && list2) {
            ListNode*& smaller = list1->val <= list2->val ? list1 : list2;
            tail->next = smaller;
            tail = smaller;
            smaller = smaller->next;
        }
        tail->next = list1 ? list1 : list2;
        return dummy.next;
    }
};
`,
  },
  visible: [
    {
      args: [
        [1, 2, 4],
        [1, 3, 4],
      ],
      expected: [1, 1, 2, 3, 4, 4],
    },
    { args: [[], []], expected: [] },
    { args: [[], [0]], expected: [0] },
  ],
  hidden: [
    { args: [[5], []], expected: [5] },
    { args: [[1], [2]], expected: [1, 2] },
    { args: [[2], [1]], expected: [1, 2] },
    {
      args: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      expected: [1, 2, 3, 4, 5, 6],
    },
    {
      args: [
        [4, 5, 6],
        [1, 2, 3],
      ],
      expected: [1, 2, 3, 4, 5, 6],
    },
    {
      args: [
        [-10, -3, 0, 7],
        [-5, -3, 8],
      ],
      expected: [-10, -5, -3, -3, 0, 7, 8],
    },
    {
      args: [
        [2, 2, 2],
        [2, 2],
      ],
      expected: [2, 2, 2, 2, 2],
    },
    {
      args: [
        [-100000, 100000],
        [-100000, 0, 100000],
      ],
      expected: [-100000, -100000, 0, 100000, 100000],
    },
    {
      args: [
        [1, 3, 5, 7, 9],
        [2, 4, 6, 8, 10],
      ],
      expected: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    },
    { args: [[0], [0]], expected: [0, 0] },
    { args: [[1, 1, 1, 1, 50], [7]], expected: [1, 1, 1, 1, 7, 50] },
  ],
  largest: () => {
    const random = seededRandom(21);
    const list1 = sortedList(random, 5000);
    const list2 = sortedList(random, 5000);
    return { args: [list1, list2], expected: [...list1, ...list2].sort((a, b) => a - b) };
  },
});
