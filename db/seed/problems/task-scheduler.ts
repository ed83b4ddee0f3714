import { defineProblem, seededRandom } from './source';

/**
 * The oracle, a direct simulation: at every interval, run the available task (not run in the
 * last n intervals) with the most copies left, or stay idle when none is available.
 */
function intervals(tasks: string[], n: number): number {
  const left = new Map<string, number>();
  for (const t of tasks) left.set(t, (left.get(t) ?? 0) + 1);
  const readyAt = new Map<string, number>();
  let remaining = tasks.length;
  let time = 0;
  while (remaining > 0) {
    let pick: string | undefined;
    for (const [task, count] of left) {
      if (count > 0 && (readyAt.get(task) ?? 0) <= time && (pick === undefined || count > left.get(pick)!)) pick = task;
    }
    if (pick !== undefined) {
      left.set(pick, left.get(pick)! - 1);
      readyAt.set(pick, time + n + 1);
      remaining--;
    }
    time++;
  }
  return time;
}

export default defineProblem({
  slug: 'task-scheduler',
  title: { en: 'Task Scheduler', zh: '任務排程器' },
  difficulty: 'Medium',
  category: 'heap',
  tags: ['array', 'hash-table', 'greedy', 'heap', 'counting'],
  statement: {
    en: 'A CPU must run a list of `tasks`, each named by an uppercase letter. Every task takes one interval, and in each interval the CPU either runs one task or stays idle. Tasks may run in any order.\n\nTwo runs of the same task must be separated by at least `n` intervals (running something else or idle).\n\nReturn the minimum number of intervals needed to run every task.',
    zh: 'CPU 需要執行一串任務 `tasks`，每個任務以一個大寫英文字母命名。每個任務需要一個時間單位；每個時間單位內，CPU 可以執行一個任務或保持閒置。任務可以依任意順序執行。\n\n相同任務的兩次執行之間，至少要間隔 `n` 個時間單位（執行其他任務或閒置）。\n\n回傳完成所有任務所需的最少時間單位數。',
  },
  examples: [
    {
      input: 'tasks = ["A","A","A","B","B","B"], n = 2',
      output: '8',
      explanation: {
        en: 'A -> B -> idle -> A -> B -> idle -> A -> B: each A is 3 intervals after the previous one.',
        zh: 'A -> B -> 閒置 -> A -> B -> 閒置 -> A -> B：每個 A 都在前一個 A 的 3 個時間單位之後。',
      },
    },
    {
      input: 'tasks = ["A","C","A","B","D","B"], n = 1',
      output: '6',
      explanation: { en: 'A -> B -> C -> D -> A -> B needs no idle interval.', zh: 'A -> B -> C -> D -> A -> B 不需要任何閒置。' },
    },
    { input: 'tasks = ["A","A","A","B","B","B"], n = 3', output: '10' },
  ],
  constraints: ['1 <= tasks.length <= 10^4', 'tasks[i] is an uppercase English letter.', '0 <= n <= 100'],
  hints: [
    {
      en: 'Greedy: in each round of n + 1 intervals, run the distinct tasks with the most copies left (a max-heap of counts).',
      zh: '貪婪法：每一輪 n + 1 個時間單位中，執行剩餘次數最多的幾個不同任務（以最大堆積維護次數）。',
    },
    {
      en: 'Or count directly: the most frequent task forms (maxCount - 1) full rounds of n + 1, plus one interval per task tied at maxCount.',
      zh: '也可以直接計算：最常出現的任務形成 (maxCount - 1) 個長度 n + 1 的完整輪次，再加上與 maxCount 同次數的任務數。',
    },
    {
      en: 'The answer is never less than tasks.length.',
      zh: '答案永遠不會小於 tasks.length。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'leastInterval',
      typescript: 'leastInterval',
      python: 'least_interval',
      java: 'leastInterval',
      cpp: 'leastInterval',
    },
    params: [
      { name: 'tasks', type: 'string[]' },
      { name: 'n', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function leastInterval(tasks, n) {\n  \n}\n',
    typescript: 'function leastInterval(tasks: string[], n: number): number {\n  \n}\n',
    python: 'class Solution:\n    def least_interval(self, tasks: List[str], n: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int leastInterval(String[] tasks, int n) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int leastInterval(vector<string>& tasks, int n) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function leastInterval(tasks, n) {
  const count = new Map();
  for (const t of tasks) count.set(t, (count.get(t) ?? 0) + 1);
  const maxCount = Math.max(...count.values());
  const tiedAtMax = [...count.values()].filter((c) => c === maxCount).length;
  return Math.max(tasks.length, (maxCount - 1) * (n + 1) + tiedAtMax);
}
`,
    typescript: `function leastInterval(tasks: string[], n: number): number {
  const count = new Map<string, number>();
  for (const t of tasks) count.set(t, (count.get(t) ?? 0) + 1);
  const maxCount = Math.max(...count.values());
  const tiedAtMax = [...count.values()].filter((c) => c === maxCount).length;
  return Math.max(tasks.length, (maxCount - 1) * (n + 1) + tiedAtMax);
}
`,
    python: `class Solution:
    def least_interval(self, tasks: List[str], n: int) -> int:
        # Max-heap of remaining counts; each round runs up to n + 1 distinct tasks.
        heap = [-c for c in collections.Counter(tasks).values()]
        heapq.heapify(heap)
        time = 0
        while heap:
            ran = []
            for _ in range(n + 1):
                if not heap:
                    break
                ran.append(heapq.heappop(heap) + 1)
            for c in ran:
                if c < 0:
                    heapq.heappush(heap, c)
            time += n + 1 if heap else len(ran)
        return time
`,
    java: `class Solution {
    public int leastInterval(String[] tasks, int n) {
        int[] count = new int[26];
        for (String t : tasks) count[t.charAt(0) - 'A']++;
        PriorityQueue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
        for (int c : count) if (c > 0) heap.offer(c);
        int time = 0;
        while (!heap.isEmpty()) {
            List<Integer> ran = new ArrayList<>();
            for (int i = 0; i <= n && !heap.isEmpty(); i++) ran.add(heap.poll() - 1);
            for (int c : ran) if (c > 0) heap.offer(c);
            time += heap.isEmpty() ? ran.size() : n + 1;
        }
        return time;
    }
}
`,
    cpp: `class Solution {
public:
    int leastInterval(vector<string>& tasks, int n) {
        int count[26] = {0};
        for (const string& t : tasks) count[t[0] - 'A']++;
        int maxCount = *max_element(count, count + 26);
        int tiedAtMax = (int)count_if(count, count + 26, [&](int c) { return c == maxCount; });
        return max((int)tasks.size(), (maxCount - 1) * (n + 1) + tiedAtMax);
    }
};
`,
  },
  visible: [
    { args: [['A', 'A', 'A', 'B', 'B', 'B'], 2], expected: 8 },
    { args: [['A', 'C', 'A', 'B', 'D', 'B'], 1], expected: 6 },
    { args: [['A', 'A', 'A', 'B', 'B', 'B'], 3], expected: 10 },
  ],
  hidden: (
    [
      ['A', 0],
      ['A', 100],
      ['AAAA', 0],
      ['AAAA', 100],
      ['AB', 5],
      ['AAABBBCCCDDE', 2],
      ['AAAAAABCDEFG', 2],
      ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 100],
      ['AAABBBCCC', 2],
      ['AAABBBCCC', 1],
      ['AABBCCDDEEFFGG', 6],
      ['ZZZZYYYXXW', 3],
    ] as Array<[string, number]>
  ).map(([letters, n]) => ({ args: [[...letters], n], expected: intervals([...letters], n) })),
  largest: () => {
    // 10^4 tasks over all 26 letters, one letter much more frequent, n = 100: mostly idle rounds.
    const random = seededRandom(13);
    const tasks = Array.from({ length: 10_000 }, () => (random.next() < 0.3 ? 'Q' : String.fromCharCode(65 + random.int(0, 25))));
    return { args: [tasks, 100], expected: intervals(tasks, 100) };
  },
});
