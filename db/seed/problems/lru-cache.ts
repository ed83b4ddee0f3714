import { defineProblem, seededRandom, type ProblemSource } from './source';

type Case = ReturnType<ProblemSource['largest']>;

/** A random sequence of calls, answered by a Map (which keeps insertion order: the first key is the least recent). */
function workload(seed: number, capacity: number, operations: number, keys: number): Case {
  const random = seededRandom(seed);
  const cache = new Map<number, number>();
  const ops = ['LRUCache'];
  const args: number[][] = [[capacity]];
  const expected: Array<number | null> = [null];
  for (let i = 1; i < operations; i++) {
    const key = random.int(0, keys);
    if (random.int(0, 1) === 0) {
      const value = random.int(0, 100_000);
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
  return { args: [ops, args], expected };
}

export default defineProblem({
  slug: 'lru-cache',
  title: { en: 'LRU Cache', zh: 'LRU 快取' },
  difficulty: 'Medium',
  category: 'design',
  tags: ['design', 'hash-table', 'linked-list'],
  statement: {
    en: 'Design a cache with a fixed capacity that evicts the **least recently used** key when it is full.\n\nImplement the `LRUCache` class:\n\n- `LRUCache(int capacity)` creates an empty cache holding at most `capacity` keys.\n- `int get(int key)` returns the value of `key` if it is in the cache, and `-1` otherwise. A successful `get` counts as a use of `key`.\n- `void put(int key, int value)` sets the value of `key`, adding it if it is absent; this counts as a use of `key`. If adding it makes the cache hold more than `capacity` keys, the key used longest ago is removed.\n\n`get` and `put` must each run in O(1) average time.',
    zh: '設計一個容量固定的快取，當快取已滿時，淘汰**最久未被使用**的鍵。\n\n實作 `LRUCache` 類別：\n\n- `LRUCache(int capacity)` 建立一個最多容納 `capacity` 個鍵的空快取。\n- `int get(int key)` 若 `key` 在快取中，回傳它的值，否則回傳 `-1`。成功的 `get` 視為使用了 `key` 一次。\n- `void put(int key, int value)` 設定 `key` 的值，若不存在則加入；這也視為使用了 `key` 一次。若加入後快取的鍵數超過 `capacity`，則移除最久未被使用的鍵。\n\n`get` 與 `put` 的平均時間複雜度都必須是 O(1)。',
  },
  examples: [
    {
      input: '["LRUCache","put","put","get","put","get","put","get","get","get"]\n[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]',
      output: '[null,null,null,1,null,-1,null,-1,3,4]',
      explanation: {
        en: 'get(1) makes key 2 the least recently used, so put(3,3) evicts 2. Then key 1 is the least recently used, so put(4,4) evicts 1.',
        zh: 'get(1) 讓鍵 2 變成最久未使用，所以 put(3,3) 淘汰 2。接著鍵 1 變成最久未使用，所以 put(4,4) 淘汰 1。',
      },
    },
  ],
  constraints: ['1 <= capacity <= 3000', '0 <= key <= 10^4', '0 <= value <= 10^5', 'At most 2 * 10^5 calls are made to get and put.'],
  hints: [
    {
      en: 'A hash map finds a key in O(1), but does not know which key was used longest ago.',
      zh: '雜湊表能在 O(1) 找到鍵，卻不知道哪個鍵最久沒被使用。',
    },
    {
      en: 'A doubly linked list keeps the keys in order of use and can move or remove a node in O(1) if you can reach it: let the map point to the nodes.',
      zh: '雙向鏈結串列能依使用順序保存鍵，而且只要找得到節點，就能在 O(1) 移動或刪除它：讓雜湊表指向這些節點。',
    },
  ],
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
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: `class LRUCache {
  constructor(capacity) {
    
  }

  get(key) {
    
  }

  put(key, value) {
    
  }
}
`,
    typescript: `class LRUCache {
  constructor(capacity: number) {
    
  }

  get(key: number): number {
    
  }

  put(key: number, value: number): void {
    
  }
}
`,
    python: `class LRUCache:
    def __init__(self, capacity: int):
        pass

    def get(self, key: int) -> int:
        pass

    def put(self, key: int, value: int) -> None:
        pass
`,
    java: `class LRUCache {
    public LRUCache(int capacity) {
        
    }

    public int get(int key) {
        
    }

    public void put(int key, int value) {
        
    }
}
`,
    cpp: `class LRUCache {
public:
    LRUCache(int capacity) {
        
    }

    int get(int key) {
        
    }

    void put(int key, int value) {
        
    }
};
`,
  },
  solutions: {
    javascript: `class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    // A Map iterates in insertion order: re-inserting a key on use keeps the least recent first.
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  put(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
  }
}
`,
    typescript: `class LRUCache {
  // A Map iterates in insertion order: re-inserting a key on use keeps the least recent first.
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
        // Access order: every get and put moves the key to the end; the eldest is the least recent.
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
    list<pair<int, int>> order;  // most recent first
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
  brute: {
    language: 'python',
    code: `class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = []  # [key, value] pairs, least recently used first

    def find(self, key: int) -> int:
        for i, (k, _) in enumerate(self.entries):
            if k == key:
                return i
        return -1

    def get(self, key: int) -> int:
        i = self.find(key)
        if i == -1:
            return -1
        entry = self.entries.pop(i)
        self.entries.append(entry)
        return entry[1]

    def put(self, key: int, value: int) -> None:
        i = self.find(key)
        if i != -1:
            self.entries.pop(i)
        self.entries.append([key, value])
        if len(self.entries) > self.capacity:
            self.entries.pop(0)
`,
  },
  visible: [
    {
      args: [
        ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'put', 'get', 'get', 'get'],
        [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
      ],
      expected: [null, null, null, 1, null, -1, null, -1, 3, 4],
    },
  ],
  hidden: [
    { args: [['LRUCache'], [[5]]], expected: [null] },
    {
      args: [
        ['LRUCache', 'get'],
        [[1], [0]],
      ],
      expected: [null, -1],
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
    },
    {
      args: [
        ['LRUCache', 'put', 'put', 'put', 'put', 'get', 'get'],
        [[2], [2, 1], [1, 1], [2, 3], [4, 1], [1], [2]],
      ],
      expected: [null, null, null, null, null, -1, 3],
    },
    {
      args: [
        ['LRUCache', 'put', 'put', 'get', 'get', 'put', 'get', 'get', 'get'],
        [[2], [2, 1], [3, 2], [3], [2], [4, 3], [2], [3], [4]],
      ],
      expected: [null, null, null, 2, 1, null, 1, -1, 3],
    },
    {
      args: [
        ['LRUCache', 'put', 'put', 'put', 'get', 'put', 'get'],
        [[3], [0, 0], [10000, 100000], [5, 5], [0], [6, 6], [10000]],
      ],
      expected: [null, null, null, null, 0, null, -1],
    },
    {
      args: [
        ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'get'],
        [[1], [1, 1], [1, 2], [1], [2, 3], [1], [2]],
      ],
      expected: [null, null, null, 2, null, -1, 3],
    },
    workload(1, 1, 300, 5),
    workload(2, 10, 2000, 30),
    workload(3, 3000, 5000, 10_000),
  ],
  largest: () => workload(4, 3000, 200_000, 10_000),
});
