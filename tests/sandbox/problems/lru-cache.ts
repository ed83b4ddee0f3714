import type { ProblemFixture } from './types';
import type { TestCase } from '@/server/sandbox/types';

/** A long random workload, with its answers from a plain Map (whose order is insertion order). */
function workload(seed: number, capacity: number, operations: number): TestCase {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const cache = new Map<number, number>();
  const ops = ['LRUCache'];
  const args: number[][] = [[capacity]];
  const expected: Array<number | null> = [null];
  for (let i = 0; i < operations; i++) {
    const key = next(capacity * 3);
    if (next(2) === 0) {
      const value = next(100_000);
      cache.delete(key);
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      ops.push('put');
      args.push([key, value]);
      expected.push(null);
    } else {
      const value = cache.get(key);
      if (value !== undefined) {
        cache.delete(key);
        cache.set(key, value);
      }
      ops.push('get');
      args.push([key]);
      expected.push(value ?? -1);
    }
  }
  return { args: [ops, args], expected, hidden: true };
}

/** A design problem: a class driven by a sequence of calls, each call's result compared (null for void). */
export const lruCache: ProblemFixture = {
  slug: 'lru-cache',
  title: 'LRU Cache',
  spec: {
    kind: 'design',
    className: 'LRUCache',
    constructorParams: [{ name: 'capacity', type: 'int' }],
    methods: [
      { name: 'get', params: [{ name: 'key', type: 'int' }], returns: 'int' },
      {
        name: 'put',
        params: [
          { name: 'key', type: 'int' },
          { name: 'value', type: 'int' },
        ],
        returns: 'void',
      },
    ],
    compare: 'exact',
  },
  testCases: [
    {
      args: [
        ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'put', 'get', 'get', 'get'],
        [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
      ],
      expected: [null, null, null, 1, null, -1, null, -1, 3, 4],
    },
    {
      args: [
        ['LRUCache', 'put', 'get', 'put', 'get', 'get'],
        [[1], [2, 1], [2], [3, 2], [2], [3]],
      ],
      expected: [null, null, 1, null, -1, 2],
    },
    {
      args: [
        ['LRUCache', 'put', 'put', 'put', 'get', 'get'],
        [[2], [1, 1], [2, 2], [1, 10], [1], [2]],
      ],
      expected: [null, null, null, null, 10, 2],
      hidden: true,
    },
    { args: [['LRUCache'], [[5]]], expected: [null], hidden: true },
    workload(7, 50, 3000),
  ],
  solutions: {
    javascript: `var LRUCache = function (capacity) {
  this.capacity = capacity;
  this.map = new Map();
};

LRUCache.prototype.get = function (key) {
  if (!this.map.has(key)) return -1;
  const value = this.map.get(key);
  this.map.delete(key);
  this.map.set(key, value);
  return value;
};

LRUCache.prototype.put = function (key, value) {
  this.map.delete(key);
  this.map.set(key, value);
  if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
};
`,
    typescript: `class LRUCache {
  private readonly map = new Map<number, number>();

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const value = this.map.get(key);
    if (value === undefined) return -1;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  put(key: number, value: number): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}
`,
    python: `class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = collections.OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key: int, value: int) -> None:
        self.cache[key] = value
        self.cache.move_to_end(key)
        if len(self.cache) > self.capacity:
            self.cache.popitem(last=False)
`,
    java: `class LRUCache {
    private final LinkedHashMap<Integer, Integer> map;

    public LRUCache(int capacity) {
        map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    public int get(int key) {
        return map.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        map.put(key, value);
    }
}
`,
    cpp: `class LRUCache {
    int capacity;
    list<pair<int, int>> order;
    unordered_map<int, list<pair<int, int>>::iterator> where;

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = where.find(key);
        if (it == where.end()) return -1;
        order.splice(order.begin(), order, it->second);
        return it->second->second;
    }

    void put(int key, int value) {
        auto it = where.find(key);
        if (it != where.end()) {
            it->second->second = value;
            order.splice(order.begin(), order, it->second);
            return;
        }
        order.emplace_front(key, value);
        where[key] = order.begin();
        if ((int)order.size() > capacity) {
            where.erase(order.back().first);
            order.pop_back();
        }
    }
};
`,
  },
};
