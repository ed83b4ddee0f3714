import { defineProblem, seededRandom } from './source';

/** k sorted lists of the given length, values in [-10^4, 10^4]. */
function sortedLists(seed: number, k: number, length: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: k }, () => Array.from({ length }, () => random.int(-10_000, 10_000)).sort((a, b) => a - b));
}

const merged = (lists: number[][]) => lists.flat().sort((a, b) => a - b);

export default defineProblem({
  slug: 'merge-k-sorted-lists',
  title: { en: 'Merge k Sorted Lists', zh: '合併 K 個已排序的鏈結串列' },
  difficulty: 'Hard',
  category: 'linked-list',
  tags: ['linked-list', 'heap', 'divide-and-conquer', 'merge-sort'],
  statement: {
    en: 'You are given an array `lists` of `k` linked lists, each sorted in non-decreasing order.\n\nMerge all of them into one sorted linked list and return its head.',
    zh: '給定一個包含 `k` 個鏈結串列的陣列 `lists`，每個串列都已依非遞減順序排序。\n\n請將它們全部合併成一個已排序的鏈結串列，並回傳它的頭節點。',
  },
  examples: [
    {
      input: 'lists = [[1,4,5],[1,3,4],[2,6]]',
      output: '[1,1,2,3,4,4,5,6]',
      explanation: {
        en: 'Merging 1 → 4 → 5, 1 → 3 → 4 and 2 → 6 gives 1 → 1 → 2 → 3 → 4 → 4 → 5 → 6.',
        zh: '合併 1 → 4 → 5、1 → 3 → 4 與 2 → 6，得到 1 → 1 → 2 → 3 → 4 → 4 → 5 → 6。',
      },
    },
    { input: 'lists = []', output: '[]' },
    { input: 'lists = [[]]', output: '[]' },
  ],
  constraints: [
    'k == lists.length',
    '0 <= k <= 10^4',
    '0 <= lists[i].length <= 500',
    '-10^4 <= lists[i][j] <= 10^4',
    'Each lists[i] is sorted in non-decreasing order.',
    'The total number of nodes is at most 10^5.',
  ],
  hints: [
    {
      en: 'Merging the lists into the result one at a time copies the early nodes again and again: O(k · N) for N nodes in all.',
      zh: '一次把一個串列合併進結果，前面的節點會被反覆走過：總共 N 個節點時是 O(k · N)。',
    },
    {
      en: 'A min-heap of the current head of every list gives the next smallest node in O(log k).',
      zh: '用最小堆積（min-heap）存放每個串列目前的頭節點，就能在 O(log k) 取得下一個最小的節點。',
    },
    {
      en: 'Alternatively, merge the lists in pairs, halving their number each round, as merge sort does.',
      zh: '另一種做法：像合併排序一樣兩兩合併，每一輪串列數量減半。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'mergeKLists',
      typescript: 'mergeKLists',
      python: 'merge_k_lists',
      java: 'mergeKLists',
      cpp: 'mergeKLists',
    },
    params: [{ name: 'lists', type: 'ListNode[]' }],
    returns: 'ListNode',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function mergeKLists(lists) {\n  \n}\n',
    typescript: 'function mergeKLists(lists: Array<ListNode | null>): ListNode | null {\n  \n}\n',
    python: 'class Solution:\n    def merge_k_lists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:\n        pass\n',
    java: 'class Solution {\n    public ListNode mergeKLists(ListNode[] lists) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    ListNode* mergeKLists(vector<ListNode*>& lists) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function mergeTwo(a, b) {
  const dummy = new ListNode(0);
  let tail = dummy;
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a || b;
  return dummy.next;
}

function mergeKLists(lists) {
  // Merge in pairs: each round halves the number of lists, so every node moves O(log k) times.
  let round = lists.filter(Boolean);
  if (round.length === 0) return null;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i < round.length; i += 2) {
      next.push(i + 1 < round.length ? mergeTwo(round[i], round[i + 1]) : round[i]);
    }
    round = next;
  }
  return round[0];
}
`,
    typescript: `function mergeTwo(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy = new ListNode(0);
  let tail: ListNode = dummy;
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a ?? b;
  return dummy.next;
}

function mergeKLists(lists: Array<ListNode | null>): ListNode | null {
  // Merge in pairs: each round halves the number of lists, so every node moves O(log k) times.
  let round = lists.filter((list): list is ListNode => list !== null);
  if (round.length === 0) return null;
  while (round.length > 1) {
    const next: ListNode[] = [];
    for (let i = 0; i < round.length; i += 2) {
      next.push(i + 1 < round.length ? mergeTwo(round[i], round[i + 1])! : round[i]);
    }
    round = next;
  }
  return round[0];
}
`,
    python: `class Solution:
    def merge_k_lists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # A min-heap of the current head of every list; the index breaks ties between equal values.
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heap[0]
            tail.next = tail = node
            if node.next:
                heapq.heapreplace(heap, (node.next.val, i, node.next))
            else:
                heapq.heappop(heap)
        return dummy.next
`,
    java: `class Solution {
    public ListNode mergeKLists(ListNode[] lists) {
        PriorityQueue<ListNode> heap = new PriorityQueue<>((a, b) -> Integer.compare(a.val, b.val));
        for (ListNode list : lists) {
            if (list != null) heap.add(list);
        }
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        while (!heap.isEmpty()) {
            ListNode node = heap.poll();
            tail.next = node;
            tail = node;
            if (node.next != null) heap.add(node.next);
        }
        return dummy.next;
    }
}
`,
    cpp: `class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        auto later = [](ListNode* a, ListNode* b) { return a->val > b->val; };
        priority_queue<ListNode*, vector<ListNode*>, decltype(later)> heap(later);
        for (ListNode* list : lists) {
            if (list) heap.push(list);
        }
        ListNode dummy;
        ListNode* tail = &dummy;
        while (!heap.empty()) {
            ListNode* node = heap.top();
            heap.pop();
            tail->next = node;
            tail = node;
            if (node->next) heap.push(node->next);
        }
        return dummy.next;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def merge_k_lists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # Merge the lists into the result one at a time: O(k * N).
        result = None
        for node in lists:
            dummy = tail = ListNode()
            a, b = result, node
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            result = dummy.next
        return result
`,
  },
  visible: [
    {
      args: [
        [
          [1, 4, 5],
          [1, 3, 4],
          [2, 6],
        ],
      ],
      expected: [1, 1, 2, 3, 4, 4, 5, 6],
    },
    { args: [[]], expected: [] },
    { args: [[[]]], expected: [] },
  ],
  hidden: [
    { args: [[[1]]], expected: [1] },
    { args: [[[], [], []]], expected: [] },
    { args: [[[], [3], []]], expected: [3] },
    { args: [[[2], [1]]], expected: [1, 2] },
    {
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      expected: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    },
    {
      args: [
        [
          [7, 8, 9],
          [4, 5, 6],
          [1, 2, 3],
        ],
      ],
      expected: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    },
    {
      args: [
        [
          [-10000, 0, 10000],
          [-10000, 10000],
          [0, 0],
        ],
      ],
      expected: [-10000, -10000, 0, 0, 0, 10000, 10000],
    },
    {
      args: [[[5, 5, 5], [5, 5], [5]]],
      expected: [5, 5, 5, 5, 5, 5],
    },
    {
      args: [[[-3, -1, 4], [], [-2, 0, 2, 8], [1], [-5, 10]]],
      expected: [-5, -3, -2, -1, 0, 1, 2, 4, 8, 10],
    },
    { args: [sortedLists(5, 100, 10)], expected: merged(sortedLists(5, 100, 10)) },
    { args: [sortedLists(6, 2, 500)], expected: merged(sortedLists(6, 2, 500)) },
  ],
  largest: () => {
    // 10^4 lists of 10 nodes: one-at-a-time merging walks ~5 * 10^8 nodes.
    const lists = sortedLists(2026, 10_000, 10);
    return { args: [lists], expected: merged(lists) };
  },
});
