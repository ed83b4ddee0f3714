import type { ProblemFixture } from './types';

/** Several orders are right: the trusted checker valid-topological-order judges the answer, not equality. */
export const courseScheduleII: ProblemFixture = {
  slug: 'course-schedule-ii',
  title: 'Course Schedule II',
  spec: {
    functionName: {
      javascript: 'findOrder',
      typescript: 'findOrder',
      python: 'find_order',
      java: 'findOrder',
      cpp: 'findOrder',
    },
    params: [
      { name: 'numCourses', type: 'int' },
      { name: 'prerequisites', type: 'int[][]' },
    ],
    returns: 'int[]',
    compare: { checker: 'valid-topological-order' },
  },
  testCases: [
    { args: [2, [[1, 0]]], expected: [0, 1] },
    // Any of [0,1,2,3] and [0,2,1,3] is right; the case names the other one than most solutions find.
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
      expected: [0, 2, 1, 3],
    },
    { args: [1, []], expected: [0] },
    {
      args: [
        2,
        [
          [1, 0],
          [0, 1],
        ],
      ],
      expected: [],
      hidden: true,
    },
    { args: [3, []], expected: [2, 1, 0], hidden: true },
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
      expected: [0, 1, 2, 3, 4, 5],
      hidden: true,
    },
  ],
  solutions: {
    javascript: `function findOrder(numCourses, prerequisites) {
  const indegree = new Array(numCourses).fill(0);
  const next = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    next[before].push(course);
    indegree[course]++;
  }
  const order = [];
  for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) order.push(i);
  for (let i = 0; i < order.length; i++) {
    for (const course of next[order[i]]) if (--indegree[course] === 0) order.push(course);
  }
  return order.length === numCourses ? order : [];
}
`,
    typescript: `function findOrder(numCourses: number, prerequisites: number[][]): number[] {
  const indegree = new Array<number>(numCourses).fill(0);
  const next: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    next[before].push(course);
    indegree[course]++;
  }
  const order: number[] = [];
  for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) order.push(i);
  for (let i = 0; i < order.length; i++) {
    for (const course of next[order[i]]) if (--indegree[course] === 0) order.push(course);
  }
  return order.length === numCourses ? order : [];
}
`,
    python: `class Solution:
    def find_order(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        indegree = [0] * numCourses
        nxt = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            nxt[before].append(course)
            indegree[course] += 1
        order = [i for i in range(numCourses) if indegree[i] == 0]
        for node in order:
            for course in nxt[node]:
                indegree[course] -= 1
                if indegree[course] == 0:
                    order.append(course)
        return order if len(order) == numCourses else []
`,
    java: `class Solution {
    public int[] findOrder(int numCourses, int[][] prerequisites) {
        int[] indegree = new int[numCourses];
        List<List<Integer>> next = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) next.add(new ArrayList<>());
        for (int[] p : prerequisites) {
            next.get(p[1]).add(p[0]);
            indegree[p[0]]++;
        }
        int[] order = new int[numCourses];
        int size = 0;
        for (int i = 0; i < numCourses; i++) if (indegree[i] == 0) order[size++] = i;
        for (int i = 0; i < size; i++) {
            for (int course : next.get(order[i])) if (--indegree[course] == 0) order[size++] = course;
        }
        return size == numCourses ? order : new int[0];
    }
}
`,
    cpp: `class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<int> indegree(numCourses);
        vector<vector<int>> next(numCourses);
        for (auto& p : prerequisites) {
            next[p[1]].push_back(p[0]);
            indegree[p[0]]++;
        }
        vector<int> order;
        for (int i = 0; i < numCourses; i++) if (indegree[i] == 0) order.push_back(i);
        for (size_t i = 0; i < order.size(); i++) {
            for (int course : next[order[i]]) if (--indegree[course] == 0) order.push_back(course);
        }
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
`,
  },
};
