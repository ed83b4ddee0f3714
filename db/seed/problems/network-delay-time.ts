import { defineProblem, seededRandom } from './source';

export default defineProblem({
  slug: 'network-delay-time',
  title: { en: 'Network Delay Time', zh: '網路延遲時間' },
  difficulty: 'Medium',
  category: 'graph',
  tags: ['graph', 'shortest-path', 'heap', 'dijkstra'],
  statement: {
    en: 'A network has `n` nodes labeled `1` to `n`. Each entry `times[i] = [u, v, w]` is a **directed** link: a signal sent from node `u` reaches node `v` after `w` time units.\n\nA signal is sent from node `k`. Return the time it takes until **every** node has received it, or `-1` if some node never receives it.',
    zh: '一個網路有 `n` 個節點，編號 `1` 到 `n`。陣列中的每一項 `times[i] = [u, v, w]` 是一條**有向**連線：從節點 `u` 發出的訊號，經過 `w` 個時間單位後抵達節點 `v`。\n\n現在從節點 `k` 發出訊號。回傳**所有**節點都收到訊號所需的時間；如果有節點永遠收不到，回傳 `-1`。',
  },
  examples: [
    {
      input: 'times = [[2,1,1],[2,3,1],[3,4,1]], n = 4, k = 2',
      output: '2',
      explanation: {
        en: 'Nodes 1 and 3 receive the signal at time 1, node 4 at time 2.',
        zh: '節點 1 與 3 在時間 1 收到訊號，節點 4 在時間 2 收到。',
      },
    },
    { input: 'times = [[1,2,1]], n = 2, k = 1', output: '1' },
    {
      input: 'times = [[1,2,1]], n = 2, k = 2',
      output: '-1',
      explanation: {
        en: 'The only link points away from node 1 toward node 2.',
        zh: '唯一的連線是從節點 1 指向節點 2，訊號無法回到節點 1。',
      },
    },
  ],
  constraints: [
    '1 <= k <= n <= 10^4',
    '0 <= times.length <= 10^5',
    'times[i].length == 3',
    '1 <= u, v <= n, u != v',
    '0 <= w <= 100',
    'All the pairs (u, v) are distinct.',
  ],
  hints: [
    {
      en: 'The time a node receives the signal is its shortest-path distance from k; the answer is the largest such distance.',
      zh: '每個節點收到訊號的時間，就是它與 k 之間的最短路徑距離；答案是這些距離中的最大值。',
    },
    {
      en: "All weights are non-negative: Dijkstra's algorithm with a min-heap runs in O((n + E) log n).",
      zh: '所有權重皆非負：使用最小堆積的 Dijkstra 演算法，複雜度為 O((n + E) log n)。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'networkDelayTime',
      typescript: 'networkDelayTime',
      python: 'network_delay_time',
      java: 'networkDelayTime',
      cpp: 'networkDelayTime',
    },
    params: [
      { name: 'times', type: 'int[][]' },
      { name: 'n', type: 'int' },
      { name: 'k', type: 'int' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 3000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function networkDelayTime(times, n, k) {\n  \n}\n',
    typescript: 'function networkDelayTime(times: number[][], n: number, k: number): number {\n  \n}\n',
    python: 'class Solution:\n    def network_delay_time(self, times: List[List[int]], n: int, k: int) -> int:\n        pass\n',
    java: 'class Solution {\n    public int networkDelayTime(int[][] times, int n, int k) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int networkDelayTime(vector<vector<int>>& times, int n, int k) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function networkDelayTime(times, n, k) {
  const links = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) links[u].push([v, w]);
  // Dijkstra with a binary min-heap of [time, node]; stale entries are skipped when popped.
  const heap = [[0, k]];
  const push = (item) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent][0] <= heap[i][0]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < heap.length && heap[l][0] < heap[least][0]) least = l;
        if (r < heap.length && heap[r][0] < heap[least][0]) least = r;
        if (least === i) break;
        [heap[least], heap[i]] = [heap[i], heap[least]];
        i = least;
      }
    }
    return top;
  };
  const arrival = new Array(n + 1).fill(-1);
  let reached = 0;
  let latest = 0;
  while (heap.length) {
    const [time, node] = pop();
    if (arrival[node] !== -1) continue;
    arrival[node] = time;
    reached++;
    latest = time;
    for (const [next, w] of links[node]) if (arrival[next] === -1) push([time + w, next]);
  }
  return reached === n ? latest : -1;
}
`,
    typescript: `function networkDelayTime(times: number[][], n: number, k: number): number {
  const links: Array<Array<[number, number]>> = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) links[u].push([v, w]);
  // Dijkstra with a binary min-heap of [time, node]; stale entries are skipped when popped.
  const heap: Array<[number, number]> = [[0, k]];
  const push = (item: [number, number]) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent][0] <= heap[i][0]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < heap.length && heap[l][0] < heap[least][0]) least = l;
        if (r < heap.length && heap[r][0] < heap[least][0]) least = r;
        if (least === i) break;
        [heap[least], heap[i]] = [heap[i], heap[least]];
        i = least;
      }
    }
    return top;
  };
  const arrival: number[] = new Array(n + 1).fill(-1);
  let reached = 0;
  let latest = 0;
  while (heap.length) {
    const [time, node] = pop();
    if (arrival[node] !== -1) continue;
    arrival[node] = time;
    reached++;
    latest = time;
    for (const [next, w] of links[node]) if (arrival[next] === -1) push([time + w, next]);
  }
  return reached === n ? latest : -1;
}
`,
    python: `class Solution:
    def network_delay_time(self, times: List[List[int]], n: int, k: int) -> int:
        links = [[] for _ in range(n + 1)]
        for u, v, w in times:
            links[u].append((v, w))
        # Dijkstra with a min-heap of (time, node); stale entries are skipped when popped.
        arrival = {}
        heap = [(0, k)]
        while heap:
            time, node = heapq.heappop(heap)
            if node in arrival:
                continue
            arrival[node] = time
            for nxt, w in links[node]:
                if nxt not in arrival:
                    heapq.heappush(heap, (time + w, nxt))
        return max(arrival.values()) if len(arrival) == n else -1
`,
    java: `class Solution {
    public int networkDelayTime(int[][] times, int n, int k) {
        List<List<int[]>> links = new ArrayList<>();
        for (int i = 0; i <= n; i++) links.add(new ArrayList<>());
        for (int[] t : times) links.get(t[0]).add(new int[] { t[1], t[2] });
        // Dijkstra with a min-heap of {time, node}; stale entries are skipped when polled.
        int[] arrival = new int[n + 1];
        Arrays.fill(arrival, -1);
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        heap.add(new int[] { 0, k });
        int reached = 0, latest = 0;
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int time = top[0], node = top[1];
            if (arrival[node] != -1) continue;
            arrival[node] = time;
            reached++;
            latest = time;
            for (int[] link : links.get(node)) {
                if (arrival[link[0]] == -1) heap.add(new int[] { time + link[1], link[0] });
            }
        }
        return reached == n ? latest : -1;
    }
}
`,
    cpp: `class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> links(n + 1);
        for (const auto& t : times) links[t[0]].push_back({t[1], t[2]});
        // Dijkstra with a min-heap of {time, node}; stale entries are skipped when popped.
        vector<int> arrival(n + 1, -1);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        heap.push({0, k});
        int reached = 0, latest = 0;
        while (!heap.empty()) {
            auto [time, node] = heap.top();
            heap.pop();
            if (arrival[node] != -1) continue;
            arrival[node] = time;
            reached++;
            latest = time;
            for (auto [next, w] : links[node]) {
                if (arrival[next] == -1) heap.push({time + w, next});
            }
        }
        return reached == n ? latest : -1;
    }
};
`,
  },
  visible: [
    {
      args: [
        [
          [2, 1, 1],
          [2, 3, 1],
          [3, 4, 1],
        ],
        4,
        2,
      ],
      expected: 2,
    },
    { args: [[[1, 2, 1]], 2, 1], expected: 1 },
    { args: [[[1, 2, 1]], 2, 2], expected: -1 },
  ],
  hidden: [
    { args: [[], 1, 1], expected: 0 },
    { args: [[[1, 2, 0]], 2, 1], expected: 0 },
    {
      args: [
        [
          [1, 2, 100],
          [2, 1, 100],
        ],
        2,
        2,
      ],
      expected: 100,
    },
    {
      args: [
        [
          [1, 2, 1],
          [2, 3, 2],
          [1, 3, 4],
        ],
        3,
        1,
      ],
      expected: 3,
    },
    {
      args: [
        [
          [1, 2, 1],
          [2, 3, 2],
          [1, 3, 2],
        ],
        3,
        1,
      ],
      expected: 2,
    },
    {
      args: [
        [
          [1, 2, 5],
          [1, 3, 5],
          [2, 4, 1],
          [3, 4, 0],
        ],
        4,
        1,
      ],
      expected: 5,
    },
    {
      args: [
        [
          [1, 2, 1],
          [2, 3, 1],
        ],
        4,
        1,
      ],
      expected: -1,
    },
    {
      args: [
        [
          [3, 1, 5],
          [3, 2, 2],
          [2, 1, 2],
          [3, 4, 1],
          [4, 5, 1],
          [5, 6, 1],
          [6, 7, 1],
          [7, 8, 1],
          [8, 1, 1],
        ],
        8,
        3,
      ],
      expected: 5,
    },
    {
      args: [
        [
          [4, 2, 76],
          [1, 3, 79],
          [3, 1, 81],
          [4, 3, 30],
          [2, 1, 47],
          [1, 5, 61],
          [1, 4, 99],
          [3, 4, 68],
          [3, 5, 46],
          [4, 1, 6],
          [5, 4, 7],
          [5, 3, 44],
          [4, 5, 19],
          [2, 3, 13],
          [3, 2, 18],
          [1, 2, 0],
          [5, 1, 25],
          [2, 5, 58],
          [2, 4, 77],
          [5, 2, 74],
        ],
        5,
        3,
      ],
      expected: 59,
    },
    {
      args: [
        [
          [1, 2, 10],
          [1, 3, 1],
          [3, 4, 1],
          [4, 2, 1],
        ],
        4,
        1,
      ],
      expected: 3,
    },
    { args: [[[2, 1, 1]], 2, 1], expected: -1 },
  ],
  largest: () => {
    // n = 10^4 and 10^5 links: a random tree reaching every node from k, plus random extra links.
    const random = seededRandom(12);
    const n = 10_000;
    const k = random.int(1, n);
    const order = Array.from({ length: n }, (_, i) => i + 1).filter((v) => v !== k);
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    order.unshift(k);
    const pairs = new Set<number>();
    const times: number[][] = [];
    const link = (u: number, v: number) => {
      if (u === v || pairs.has(u * (n + 1) + v)) return;
      pairs.add(u * (n + 1) + v);
      times.push([u, v, random.int(0, 100)]);
    };
    for (let i = 1; i < n; i++) link(order[random.int(Math.max(0, i - 50), i - 1)]!, order[i]!);
    while (times.length < 100_000) link(random.int(1, n), random.int(1, n));
    // Oracle: Dijkstra with buckets (Dial's algorithm): weights are integers from 0 to 100, so
    // settling nodes in order of distance means walking the buckets 0, 1, 2, … in turn.
    const links: number[][][] = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) links[u!]!.push([v!, w!]);
    const dist = new Array<number>(n + 1).fill(Infinity);
    const buckets: number[][] = [[k]];
    dist[k] = 0;
    for (let d = 0; d < buckets.length; d++) {
      for (const u of buckets[d] ?? []) {
        if (dist[u] !== d) continue;
        for (const [v, w] of links[u]!) {
          if (d + w! < dist[v!]!) {
            dist[v!] = d + w!;
            (buckets[d + w!] ??= []).push(v!);
          }
        }
      }
    }
    let latest = 0;
    for (let v = 1; v <= n; v++) latest = Math.max(latest, dist[v]!);
    return { args: [times, n, k], expected: latest === Infinity ? -1 : latest };
  },
});
