import { defineProblem, seededRandom } from './source';

/**
 * The oracle: a car starts a new fleet exactly when it would arrive strictly later than every
 * car ahead of it (otherwise it catches one of them). Times are compared as exact fractions
 * (distance / speed, cross-multiplied: at most 10^12, exact in a double).
 */
function fleets(target: number, position: number[], speed: number[]): number {
  const order = position.map((_, i) => i).sort((a, b) => position[b]! - position[a]!);
  let count = 0;
  let slowest: [number, number] | undefined; // [distance, speed] of the latest arrival ahead
  for (const i of order) {
    const distance = target - position[i]!;
    if (slowest === undefined || distance * slowest[1] > slowest[0] * speed[i]!) {
      count++;
      slowest = [distance, speed[i]!];
    }
  }
  return count;
}

export default defineProblem({
  slug: 'car-fleet',
  title: { en: 'Car Fleet', zh: '車隊' },
  difficulty: 'Medium',
  category: 'stack',
  tags: ['array', 'stack', 'sorting', 'monotonic-stack'],
  statement: {
    en: '`n` cars drive along a one-lane road toward a destination `target` miles away. Car `i` starts at mile `position[i]` and drives at `speed[i]` miles per hour.\n\nA car can never pass the car ahead of it. When it catches up, it slows down and drives bumper to bumper at the speed of the car ahead; from then on they move as one **car fleet**. A single car is also a fleet, and a car that catches a fleet exactly at the destination joins that fleet.\n\nReturn the number of car fleets that arrive at the destination.',
    zh: '共有 `n` 輛車在單線道上駛向 `target` 英里外的終點。第 `i` 輛車從第 `position[i]` 英里出發，時速為 `speed[i]` 英里。\n\n車輛不能超越前方的車。追上前車時，它會減速並以前車的速度緊跟在後，之後兩者視為同一個**車隊**一起前進。單獨一輛車也算一個車隊；恰好在終點追上某車隊的車也算加入該車隊。\n\n回傳抵達終點的車隊數量。',
  },
  examples: [
    {
      input: 'target = 12, position = [10,8,0,5,3], speed = [2,4,1,1,3]',
      output: '3',
      explanation: {
        en: 'The cars at 10 and 8 both reach 12 after 1 hour: one fleet. The car at 0 never catches anyone: a fleet alone. The cars at 5 and 3 meet at mile 6 and arrive together: a third fleet.',
        zh: '位於 10 與 8 的車都在 1 小時後抵達 12，形成一個車隊。位於 0 的車追不上任何車，自成一個車隊。位於 5 與 3 的車在第 6 英里相遇並一起抵達，成為第三個車隊。',
      },
    },
    { input: 'target = 10, position = [3], speed = [3]', output: '1' },
    { input: 'target = 100, position = [0,2,4], speed = [4,2,1]', output: '1' },
  ],
  constraints: [
    'n == position.length == speed.length',
    '1 <= n <= 10^5',
    '0 < target <= 10^6',
    '0 <= position[i] < target',
    'All values of position are distinct.',
    '0 < speed[i] <= 10^6',
  ],
  hints: [
    {
      en: 'Process cars from the one closest to the destination backward, and compute when each would arrive on its own.',
      zh: '從最接近終點的車開始往回處理，計算每輛車單獨行駛時的抵達時間。',
    },
    {
      en: 'A car that would arrive no later than the fleet ahead of it joins that fleet; otherwise it leads a new one. A stack of fleet arrival times works.',
      zh: '若某輛車的抵達時間不晚於前方車隊，它就會併入該車隊；否則它成為新車隊的領頭。可以用堆疊保存各車隊的抵達時間。',
    },
    {
      en: 'Arrival times are fractions: comparing distance1 * speed2 with distance2 * speed1 avoids rounding.',
      zh: '抵達時間是分數：比較 distance1 * speed2 與 distance2 * speed1 可避免浮點誤差。',
    },
  ],
  spec: {
    functionName: { javascript: 'carFleet', typescript: 'carFleet', python: 'car_fleet', java: 'carFleet', cpp: 'carFleet' },
    params: [
      { name: 'target', type: 'int' },
      { name: 'position', type: 'int[]' },
      { name: 'speed', type: 'int[]' },
    ],
    returns: 'int',
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: 'function carFleet(target, position, speed) {\n  \n}\n',
    typescript: 'function carFleet(target: number, position: number[], speed: number[]): number {\n  \n}\n',
    python: 'class Solution:\n    def car_fleet(self, target: int, position: List[int], speed: List[int]) -> int:\n        pass\n',
    java: 'class Solution {\n    public int carFleet(int target, int[] position, int[] speed) {\n        \n    }\n}\n',
    cpp: 'class Solution {\npublic:\n    int carFleet(int target, vector<int>& position, vector<int>& speed) {\n        \n    }\n};\n',
  },
  solutions: {
    javascript: `function carFleet(target, position, speed) {
  const cars = position.map((p, i) => [target - p, speed[i]]).sort((a, b) => a[0] - b[0]);
  // Arrival times of the fleets, as [distance, speed]; the top is the fleet just ahead.
  const stack = [];
  for (const [distance, v] of cars) {
    const ahead = stack[stack.length - 1];
    if (!ahead || distance * ahead[1] > ahead[0] * v) stack.push([distance, v]);
  }
  return stack.length;
}
`,
    typescript: `function carFleet(target: number, position: number[], speed: number[]): number {
  const cars = position.map((p, i) => [target - p, speed[i]]).sort((a, b) => a[0] - b[0]);
  // Arrival times of the fleets, as [distance, speed]; the top is the fleet just ahead.
  const stack: number[][] = [];
  for (const [distance, v] of cars) {
    const ahead = stack[stack.length - 1];
    if (!ahead || distance * ahead[1] > ahead[0] * v) stack.push([distance, v]);
  }
  return stack.length;
}
`,
    python: `class Solution:
    def car_fleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)
        # Arrival times of the fleets, as (distance, speed); the top is the fleet just ahead.
        stack = []
        for p, v in cars:
            distance = target - p
            if not stack or distance * stack[-1][1] > stack[-1][0] * v:
                stack.append((distance, v))
        return len(stack)
`,
    java: `class Solution {
    public int carFleet(int target, int[] position, int[] speed) {
        int n = position.length;
        long[][] cars = new long[n][];
        for (int i = 0; i < n; i++) cars[i] = new long[] { target - position[i], speed[i] };
        Arrays.sort(cars, (a, b) -> Long.compare(a[0], b[0]));
        // Arrival times of the fleets, as {distance, speed}; the top is the fleet just ahead.
        Deque<long[]> stack = new ArrayDeque<>();
        for (long[] car : cars) {
            long[] ahead = stack.peek();
            if (ahead == null || car[0] * ahead[1] > ahead[0] * car[1]) stack.push(car);
        }
        return stack.size();
    }
}
`,
    cpp: `class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        vector<pair<long long, long long>> cars;
        for (size_t i = 0; i < position.size(); i++) cars.push_back({target - position[i], speed[i]});
        sort(cars.begin(), cars.end());
        // Arrival times of the fleets, as {distance, speed}; the top is the fleet just ahead.
        vector<pair<long long, long long>> stack;
        for (auto [distance, v] : cars) {
            if (stack.empty() || distance * stack.back().second > stack.back().first * v) stack.push_back({distance, v});
        }
        return (int)stack.size();
    }
};
`,
  },
  visible: [
    { args: [12, [10, 8, 0, 5, 3], [2, 4, 1, 1, 3]], expected: 3 },
    { args: [10, [3], [3]], expected: 1 },
    { args: [100, [0, 2, 4], [4, 2, 1]], expected: 1 },
  ],
  hidden: (
    [
      [1, [0], [1]],
      [10, [0, 5], [2, 1]],
      [10, [0, 5], [1, 2]],
      [10, [6, 8], [3, 2]],
      [10, [0, 4, 2], [2, 1, 3]],
      [10, [8, 3, 7, 4, 6, 5], [4, 4, 4, 4, 4, 4]],
      [20, [6, 2, 17], [3, 9, 2]],
      [1000000, [0, 999999], [1000000, 1]],
      [1000000, [0, 1], [999999, 1000000]],
      [17, [8, 12, 16, 11, 7], [6, 9, 10, 9, 7]],
      [31, [5, 26, 18, 25, 29, 21, 22, 12, 19, 6], [7, 6, 6, 4, 3, 4, 9, 7, 6, 4]],
    ] as Array<[number, number[], number[]]>
  ).map(([target, position, speed]) => ({ args: [target, position, speed], expected: fleets(target, position, speed) })),
  largest: () => {
    // 10^5 cars at distinct random positions below 10^6 with random speeds.
    const random = seededRandom(14);
    const target = 1_000_000;
    const seen = new Set<number>();
    const position: number[] = [];
    while (position.length < 100_000) {
      const p = random.int(0, target - 1);
      if (seen.has(p)) continue;
      seen.add(p);
      position.push(p);
    }
    const speed = position.map(() => random.int(1, 1_000_000));
    return { args: [target, position, speed], expected: fleets(target, position, speed) };
  },
});
