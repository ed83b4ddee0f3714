import { defineProblem, seededRandom } from './source';

/**
 * The oracle, without a stack: scanning right to left, `nextAt[t]` is the nearest later day
 * with temperature t, so the answer for a day is the nearest of the days at a higher temperature.
 */
function waits(temperatures: number[]): number[] {
  const nextAt = new Array<number>(101).fill(Infinity);
  const out = new Array<number>(temperatures.length).fill(0);
  for (let i = temperatures.length - 1; i >= 0; i--) {
    let nearest = Infinity;
    for (let t = temperatures[i]! + 1; t <= 100; t++) nearest = Math.min(nearest, nextAt[t]!);
    out[i] = nearest === Infinity ? 0 : nearest - i;
    nextAt[temperatures[i]!] = i;
  }
  return out;
}

export default defineProblem({
  slug: 'daily-temperatures',
  title: { en: 'Daily Temperatures', zh: '每日溫度' },
  difficulty: 'Medium',
  category: 'stack',
  tags: ['array', 'stack', 'monotonic-stack'],
  statement: {
    en: 'Given an array `temperatures` of daily temperatures, return an array `answer` where `answer[i]` is the number of days after day `i` until a strictly warmer day. When no later day is warmer, `answer[i]` is `0`.',
    zh: '給定每日氣溫的陣列 `temperatures`，回傳陣列 `answer`，其中 `answer[i]` 是從第 `i` 天起，要再等幾天才會遇到嚴格更溫暖的一天。若之後沒有更溫暖的日子，`answer[i]` 為 `0`。',
  },
  examples: [
    {
      input: 'temperatures = [73,74,75,71,69,72,76,73]',
      output: '[1,1,4,2,1,1,0,0]',
      explanation: {
        en: 'After day 2 (75), the first warmer day is day 6 (76), 4 days later. Nothing after day 6 is warmer than 76.',
        zh: '第 2 天（75 度）之後，第一個更溫暖的是第 6 天（76 度），相隔 4 天。第 6 天之後沒有比 76 度更溫暖的日子。',
      },
    },
    { input: 'temperatures = [30,40,50,60]', output: '[1,1,1,0]' },
    { input: 'temperatures = [30,60,90]', output: '[1,1,0]' },
  ],
  constraints: ['1 <= temperatures.length <= 10^5', '30 <= temperatures[i] <= 100'],
  hints: [
    {
      en: 'Keep a stack of days still waiting for a warmer day; their temperatures decrease from bottom to top.',
      zh: '用堆疊保存仍在等待更暖日子的日期；它們的氣溫由底到頂遞減。',
    },
    {
      en: 'A new day resolves every waiting day on top of the stack that is colder than it.',
      zh: '新的一天會解決堆疊頂端所有比它冷的等待日。',
    },
  ],
  spec: {
    functionName: {
      javascript: 'dailyTemperatures',
      typescript: 'dailyTemperatures',
      python: 'daily_temperatures',
      java: 'dailyTemperatures',
      cpp: 'dailyTemperatures',
    },
    params: [{ name: 'temperatures', type: 'int[]' }],
    returns: 'int[]',
    compare: 'exact',
  },
  limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function dailyTemperatures(temperatures) {\n  \n}\n',
    typescript: 'function dailyTemperatures(temperatures: number[]): number[] {\n  \n}\n',
    python: 'class Solution:\n    def daily_temperatures(self, temperatures: List[int]) -> List[int]:\n        pass\n',
    java: 'class Solution {\n    public int[] dailyTemperatures(int[] temperatures) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    vector<int> dailyTemperatures(vector<int>& temperatures) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function dailyTemperatures(temperatures) {
  const answer = new Array(temperatures.length).fill(0);
  const waiting = [];
  for (let i = 0; i < temperatures.length; i++) {
    while (waiting.length && temperatures[waiting[waiting.length - 1]] < temperatures[i]) {
      const day = waiting.pop();
      answer[day] = i - day;
    }
    waiting.push(i);
  }
  return answer;
}
`,
    typescript: `function dailyTemperatures(temperatures: number[]): number[] {
  const answer: number[] = new Array(temperatures.length).fill(0);
  const waiting: number[] = [];
  for (let i = 0; i < temperatures.length; i++) {
    while (waiting.length && temperatures[waiting[waiting.length - 1]] < temperatures[i]) {
      const day = waiting.pop()!;
      answer[day] = i - day;
    }
    waiting.push(i);
  }
  return answer;
}
`,
    python: `class Solution:
    def daily_temperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < t:
                day = waiting.pop()
                answer[day] = i - day
            waiting.append(i)
        return answer
`,
    java: `class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        int[] waiting = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temperatures[waiting[top - 1]] < temperatures[i]) {
                int day = waiting[--top];
                answer[day] = i - day;
            }
            waiting[top++] = i;
        }
        return answer;
    }
}
`,
    cpp: `class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        vector<int> answer(temperatures.size(), 0);
        vector<int> waiting;
        for (int i = 0; i < (int)temperatures.size(); i++) {
            while (!waiting.empty() && temperatures[waiting.back()] < temperatures[i]) {
                answer[waiting.back()] = i - waiting.back();
                waiting.pop_back();
            }
            waiting.push_back(i);
        }
        return answer;
    }
};
`,
  },
  brute: {
    language: 'python',
    code: `class Solution:
    def daily_temperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    answer[i] = j - i
                    break
        return answer
`,
  },
  visible: [
    { args: [[73, 74, 75, 71, 69, 72, 76, 73]], expected: [1, 1, 4, 2, 1, 1, 0, 0] },
    { args: [[30, 40, 50, 60]], expected: [1, 1, 1, 0] },
    { args: [[30, 60, 90]], expected: [1, 1, 0] },
  ],
  hidden: [
    [50],
    [30, 100],
    [100, 30],
    [70, 70, 70, 70],
    [100, 90, 80, 70, 60, 50, 40, 30],
    [30, 31, 32, 33, 34, 35, 36, 37, 38, 100],
    [55, 38, 53, 81, 61, 93, 97, 32, 43, 78],
    [89, 62, 70, 58, 47, 47, 46, 76, 100, 70],
    [34, 80, 80, 34, 34, 80, 80, 80, 80, 34],
    [60, 50, 50, 50, 50, 61],
    [99, 30, 30, 30, 30, 30, 30, 30, 30, 30, 100],
  ].map((temperatures) => ({ args: [temperatures], expected: waits(temperatures) })),
  largest: () => {
    // 10^5 days: a random stretch, then 80 000 days that never warm up, so scanning ahead from
    // every day costs ~3·10^9 comparisons.
    const random = seededRandom(9);
    const n = 100_000;
    const temperatures = Array.from({ length: n }, (_, i) =>
      i < 20_000 ? random.int(30, 99) : 99 - Math.floor(((i - 20_000) * 69) / (n - 20_000)),
    );
    return { args: [temperatures], expected: waits(temperatures) };
  },
});
