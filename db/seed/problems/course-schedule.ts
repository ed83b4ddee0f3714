import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'course-schedule',
  title: { en: 'Course Schedule', zh: '課程表' },
  difficulty: 'Medium',
  category: 'graph',
  tags: ['graph', 'topological-sort', 'breadth-first-search', 'depth-first-search'],
  statement: {
    en: 'There are `numCourses` courses, numbered `0` to `numCourses - 1`. Each entry `prerequisites[i] = [a, b]` means course `b` must be completed before course `a` can be taken.\n\nReturn `true` if it is possible to complete every course, and `false` otherwise.',
    zh: '共有 `numCourses` 門課程，編號 `0` 到 `numCourses - 1`。陣列中的每一項 `prerequisites[i] = [a, b]` 表示修習課程 `a` 之前必須先修完課程 `b`。\n\n如果能修完所有課程，回傳 `true`，否則回傳 `false`。',
  },
  examples: [
    {
      input: 'numCourses = 2, prerequisites = [[1,0]]',
      output: 'true',
      explanation: { en: 'Take course 0, then course 1.', zh: '先修課程 0，再修課程 1。' },
    },
    {
      input: 'numCourses = 2, prerequisites = [[1,0],[0,1]]',
      output: 'false',
      explanation: {
        en: 'Each course needs the other first, so neither can ever be taken.',
        zh: '兩門課互為先修課程，因此兩門都無法開始。',
      },
    },
  ],
  constraints: [
    '1 <= numCourses <= 2000',
    '0 <= prerequisites.length <= 5000',
    'prerequisites[i].length == 2',
    '0 <= a, b < numCourses, a != b',
    'All the pairs prerequisites[i] are distinct.',
  ],
  hints: [
    {
      en: 'Courses are nodes and prerequisites directed edges; the courses can all be finished exactly when the graph has no cycle.',
      zh: '把課程視為節點、先修關係視為有向邊；所有課程都能修完，若且唯若這張圖沒有環。',
    },
    {
      en: "Kahn's algorithm: repeatedly take a course with no unfinished prerequisite. Did you take them all?",
      zh: 'Kahn 演算法：不斷挑出沒有未完成先修課程的課程來修，最後是否全部修完？',
    },
  ],
  spec: {
    functionName: { javascript: 'canFinish', typescript: 'canFinish', python: 'can_finish', java: 'canFinish', cpp: 'canFinish' },
    params: [
      { name: 'numCourses', type: 'int' },
      { name: 'prerequisites', type: 'int[][]' },
    ],
    returns: 'boolean',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function canFinish(numCourses, prerequisites) {\n  \n}\n',
    typescript: 'function canFinish(numCourses: number, prerequisites: number[][]): boolean {\n  \n}\n',
    python: 'class Solution:\n    def can_finish(self, num_courses: int, prerequisites: List[List[int]]) -> bool:\n        pass\n',
    java: 'class Solution {\n    public boolean canFinish(int numCourses, int[][] prerequisites) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function canFinish(numCourses, prerequisites) {
  // Kahn's algorithm: take courses whose prerequisites are all done, and count them.
  const unlocks = Array.from({ length: numCourses }, () => []);
  const waitingFor = new Array(numCourses).fill(0);
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    waitingFor[course]++;
  }
  const ready = [];
  for (let c = 0; c < numCourses; c++) if (waitingFor[c] === 0) ready.push(c);
  let taken = 0;
  while (ready.length) {
    const course = ready.pop();
    taken++;
    for (const next of unlocks[course]) if (--waitingFor[next] === 0) ready.push(next);
  }
  return taken === numCourses;
}
`,
    typescript: `function canFinish(numCourses: number, prerequisites: number[][]): boolean {
  // Kahn's algorithm: take courses whose prerequisites are all done, and count them.
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  const waitingFor: number[] = new Array(numCourses).fill(0);
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    waitingFor[course]++;
  }
  const ready: number[] = [];
  for (let c = 0; c < numCourses; c++) if (waitingFor[c] === 0) ready.push(c);
  let taken = 0;
  while (ready.length) {
    const course = ready.pop()!;
    taken++;
    for (const next of unlocks[course]) if (--waitingFor[next] === 0) ready.push(next);
  }
  return taken === numCourses;
}
`,
    python: `class Solution:
    def can_finish(self, num_courses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: take courses whose prerequisites are all done, and count them.
        unlocks = [[] for _ in range(num_courses)]
        waiting_for = [0] * num_courses
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting_for[course] += 1
        ready = [c for c in range(num_courses) if waiting_for[c] == 0]
        taken = 0
        while ready:
            course = ready.pop()
            taken += 1
            for nxt in unlocks[course]:
                waiting_for[nxt] -= 1
                if waiting_for[nxt] == 0:
                    ready.append(nxt)
        return taken == num_courses
`,
    java: `class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        // Kahn's algorithm: take courses whose prerequisites are all done, and count them.
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int c = 0; c < numCourses; c++) unlocks.add(new ArrayList<>());
        int[] waitingFor = new int[numCourses];
        for (int[] p : prerequisites) {
            unlocks.get(p[1]).add(p[0]);
            waitingFor[p[0]]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int c = 0; c < numCourses; c++) if (waitingFor[c] == 0) ready.push(c);
        int taken = 0;
        while (!ready.isEmpty()) {
            int course = ready.pop();
            taken++;
            for (int next : unlocks.get(course)) if (--waitingFor[next] == 0) ready.push(next);
        }
        return taken == numCourses;
    }
}
`,
    cpp: `class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        // Kahn's algorithm: take courses whose prerequisites are all done, and count them.
        vector<vector<int>> unlocks(numCourses);
        vector<int> waitingFor(numCourses, 0);
        for (const auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            waitingFor[p[0]]++;
        }
        vector<int> ready;
        for (int c = 0; c < numCourses; c++) if (waitingFor[c] == 0) ready.push_back(c);
        int taken = 0;
        while (!ready.empty()) {
            int course = ready.back();
            ready.pop_back();
            taken++;
            for (int next : unlocks[course]) if (--waitingFor[next] == 0) ready.push_back(next);
        }
        return taken == numCourses;
    }
};
`,
  },
  visible: [
    { args: [2, [[1, 0]]], expected: true },
    {
      args: [
        2,
        [
          [1, 0],
          [0, 1],
        ],
      ],
      expected: false,
    },
  ],
  hidden: [
    { args: [1, []], expected: true },
    { args: [5, []], expected: true },
    {
      args: [
        3,
        [
          [0, 1],
          [1, 2],
        ],
      ],
      expected: true,
    },
    {
      args: [
        3,
        [
          [0, 1],
          [1, 2],
          [2, 0],
        ],
      ],
      expected: false,
    },
    {
      args: [
        4,
        [
          [1, 0],
          [2, 0],
          [3, 1],
          [3, 2],
        ],
      ],
      expected: true,
    },
    {
      args: [
        4,
        [
          [1, 0],
          [2, 1],
          [3, 2],
          [1, 3],
        ],
      ],
      expected: false,
    },
    {
      args: [
        6,
        [
          [1, 0],
          [2, 1],
          [4, 3],
          [5, 4],
          [3, 5],
        ],
      ],
      expected: false,
    },
    {
      args: [
        6,
        [
          [5, 4],
          [4, 3],
          [3, 2],
          [2, 1],
          [1, 0],
        ],
      ],
      expected: true,
    },
    { args: [2000, [[1999, 0]]], expected: true },
    {
      args: [
        7,
        [
          [1, 0],
          [0, 3],
          [0, 2],
          [3, 2],
          [2, 5],
          [4, 5],
          [5, 6],
          [2, 4],
        ],
      ],
      expected: true,
    },
    {
      args: [
        5,
        [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
          [4, 2],
        ],
      ],
      expected: false,
    },
  ],
  largest: () => {
    // 2000 courses in a hidden random order: a chain through all of them (depth 2000) plus random
    // forward edges, 5000 in all, and one backward edge from the end of the chain that closes a cycle.
    const random = seededRandom(10);
    const n = 2000;
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = random.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const pairs = new Set<string>();
    const prerequisites: number[][] = [];
    const add = (before: number, course: number) => {
      const key = `${course},${before}`;
      if (before === course || pairs.has(key)) return;
      pairs.add(key);
      prerequisites.push([course, before]);
    };
    for (let i = 1; i < n; i++) add(order[i - 1]!, order[i]!);
    while (prerequisites.length < 4999) {
      const i = random.int(0, n - 2);
      add(order[i]!, order[random.int(i + 1, n - 1)]!);
    }
    add(order[n - 1]!, order[n - 200]!);
    // Oracle: depth-first search with colours; a grey node reached again closes a cycle.
    const after: number[][] = Array.from({ length: n }, () => []);
    for (const [course, before] of prerequisites) after[before!]!.push(course!);
    const colour = new Array<number>(n).fill(0);
    let cycle = false;
    for (let start = 0; start < n && !cycle; start++) {
      if (colour[start] !== 0) continue;
      const stack: Array<[number, number]> = [[start, 0]];
      colour[start] = 1;
      while (stack.length && !cycle) {
        const top = stack[stack.length - 1]!;
        const [node, edge] = top;
        if (edge === after[node]!.length) {
          colour[node] = 2;
          stack.pop();
          continue;
        }
        top[1]++;
        const next = after[node]![edge]!;
        if (colour[next] === 1) cycle = true;
        else if (colour[next] === 0) {
          colour[next] = 1;
          stack.push([next, 0]);
        }
      }
    }
    return { args: [n, prerequisites], expected: !cycle };
  },
});
