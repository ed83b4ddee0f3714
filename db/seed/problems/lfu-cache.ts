import type { TestCase } from '@/lib/vocabulary/problems';
import { defineProblem, seededRandom } from './source';

type Operation = ['get', number] | ['put', number, number];

/**
 * The oracle replays the calls literally: every key carries its use count and the time of its last
 * use, and eviction takes the smallest (count, time). A binary heap holds one priority per use,
 * `count * 2^18 + time` (times are call indices, below 2^18); a priority whose key has been used
 * since (or evicted) is stale and skipped.
 */
function replay(capacity: number, operations: Operation[]): TestCase {
  const entries = new Map<number, { value: number; uses: number; lastUse: number }>();
  const keyUsedAt: number[] = [];
  const heap: number[] = [];
  const swap = (a: number, b: number) => {
    const item = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = item;
  };
  const push = (priority: number) => {
    heap.push(priority);
    for (let i = heap.length - 1; i > 0 && heap[i]! < heap[(i - 1) >> 1]!; i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        let smallest = i;
        if (2 * i + 1 < heap.length && heap[2 * i + 1]! < heap[smallest]!) smallest = 2 * i + 1;
        if (2 * i + 2 < heap.length && heap[2 * i + 2]! < heap[smallest]!) smallest = 2 * i + 2;
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  };
  const evictFewestUsed = () => {
    for (;;) {
      const lastUse = pop() % 2 ** 18;
      const key = keyUsedAt[lastUse]!;
      if (entries.get(key)?.lastUse === lastUse) {
        entries.delete(key);
        return;
      }
    }
  };
  const names = ['LFUCache'];
  const args: number[][] = [[capacity]];
  const expected: Array<number | null> = [null];
  operations.forEach((operation, now) => {
    names.push(operation[0]);
    args.push(operation.slice(1) as number[]);
    const key = operation[1];
    let entry = entries.get(key);
    if (operation[0] === 'put') {
      if (!entry) {
        if (entries.size === capacity) evictFewestUsed();
        entry = { value: 0, uses: 0, lastUse: now };
        entries.set(key, entry);
      }
      entry.value = operation[2];
    }
    expected.push(operation[0] === 'get' ? (entry?.value ?? -1) : null);
    if (entry) {
      entry.uses++;
      entry.lastUse = now;
      keyUsedAt[now] = key;
      push(entry.uses * 2 ** 18 + now);
    }
  });
  return { args: [names, args], expected };
}

/** A random sequence of calls: half of the keys drawn from a small hot set, so use counts differ widely. */
function workload(seed: number, capacity: number, calls: number, keyMax: number, hotKeys: number): TestCase {
  const random = seededRandom(seed);
  const operations: Operation[] = [];
  for (let i = 0; i < calls; i++) {
    const key = random.next() < 0.5 ? random.int(0, hotKeys - 1) : random.int(0, keyMax);
    operations.push(random.next() < 0.5 ? ['get', key] : ['put', key, random.int(0, 1_000_000_000)]);
  }
  return replay(capacity, operations);
}

export default defineProblem({
  slug: 'lfu-cache',
  title: { en: 'LFU Cache', zh: 'LFU 快取' },
  difficulty: 'Hard',
  category: 'design',
  tags: ['design', 'hash-table', 'linked-list'],
  statement: {
    en: 'Design a **least frequently used** (LFU) cache. Implement the class `LFUCache`:\n\n- `LFUCache(int capacity)` creates a cache that holds at most `capacity` keys.\n- `int get(int key)` returns the value of `key` if it is in the cache, otherwise `-1`.\n- `void put(int key, int value)` sets the value of `key`, inserting it when it is absent. When inserting a new key into a full cache, first evict the key with the **smallest use count**; when several keys share that count, evict the one whose last use is the **oldest**.\n\nEvery key has a use count: a newly inserted key starts at `1`, and each `get` or `put` on a key already in the cache adds `1` to its count. Both `get` and `put` must run in O(1) average time.',
    zh: '請設計一個**最不常使用**（LFU）快取，實作類別 `LFUCache`：\n\n- `LFUCache(int capacity)`：建立最多可存放 `capacity` 個鍵的快取。\n- `int get(int key)`：若 `key` 在快取中，回傳其值，否則回傳 `-1`。\n- `void put(int key, int value)`：設定 `key` 的值，若不存在則插入。當快取已滿又要插入新的鍵時，先淘汰**使用次數最少**的鍵；若有多個鍵的使用次數相同，淘汰其中**最久未被使用**的那一個。\n\n每個鍵都有使用次數：新插入的鍵從 `1` 開始，之後對快取中已存在的鍵每呼叫一次 `get` 或 `put`，次數就加 `1`。`get` 與 `put` 都必須在平均 O(1) 時間內完成。',
  },
  examples: [
    {
      input:
        '["LFUCache","put","put","get","put","get","get","put","get","get","get"]\n[[2],[1,10],[2,20],[1],[3,30],[2],[3],[4,40],[1],[3],[4]]',
      output: '[null,null,null,10,null,-1,30,null,-1,30,40]',
      explanation: {
        en: 'After get(1), key 1 has been used twice and key 2 once, so put(3, 30) evicts key 2. get(3) raises key 3 to two uses as well: keys 1 and 3 now tie, and key 1 was used longer ago, so put(4, 40) evicts key 1.',
        zh: '呼叫 get(1) 之後，鍵 1 已被使用兩次、鍵 2 一次，因此 put(3, 30) 淘汰鍵 2。get(3) 讓鍵 3 也變成使用兩次：鍵 1 與鍵 3 次數相同，而鍵 1 較久未被使用，所以 put(4, 40) 淘汰鍵 1。',
      },
    },
    {
      input: '["LFUCache","put","put","get","put","get","get"]\n[[1],[5,1],[5,2],[5],[6,3],[5],[6]]',
      output: '[null,null,null,2,null,-1,3]',
      explanation: {
        en: 'The second put updates key 5 in place. With room for one key, inserting key 6 evicts key 5.',
        zh: '第二次 put 直接更新鍵 5 的值。快取只能放一個鍵，因此插入鍵 6 時淘汰鍵 5。',
      },
    },
  ],
  constraints: [
    '1 <= capacity <= 10^4',
    '0 <= key <= 10^5',
    '0 <= value <= 10^9',
    'At most 2 * 10^5 calls in total are made to get and put.',
  ],
  hints: [
    {
      en: 'Group the keys by use count. Inside one group, keep the keys in order of last use, as an LRU cache does.',
      zh: '依使用次數將鍵分組；同一組內依最後使用的時間排序，就像 LRU 快取一樣。',
    },
    {
      en: 'Track the smallest use count present. It only changes in two ways: a new key resets it to 1, and a use empties its group, moving it up by one.',
      zh: '記錄目前存在的最小使用次數。它只會以兩種方式改變：插入新鍵時重設為 1；某次使用讓該組變空時加 1。',
    },
  ],
  spec: {
    kind: 'design',
    className: 'LFUCache',
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
  limits: { timeLimitMs: 4000, memoryLimitMb: 256 },
  starter: {
    javascript: `class LFUCache {
  constructor(capacity) {
    
  }

  get(key) {
    
  }

  put(key, value) {
    
  }
}
`,
    typescript: `class LFUCache {
  constructor(capacity: number) {
    
  }

  get(key: number): number {
    
  }

  put(key: number, value: number): void {
    
  }
}
`,
    python: `class LFUCache:
    def __init__(self, capacity: int):
        pass

    def get(self, key: int) -> int:
        pass

    def put(self, key: int, value: int) -> None:
        pass
`,
    java: `class LFUCache {
    public LFUCache(int capacity) {
        
    }

    public int get(int key) {
        
    }

    public void put(int key, int value) {
        
    }
}
`,
    cpp: `class LFUCache {
public:
    LFUCache(int capacity) {
        
    }

    int get(int key) {
        
    }

    void put(int key, int value) {
        
    }
};
`,
  },
  solutions: {
    javascript: `class LFUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> { value, uses }
    this.byUses = new Map(); // use count -> Set of keys, least recently used first
    this.fewestUses = 0;
  }

  touch(key) {
    const entry = this.entries.get(key);
    const bucket = this.byUses.get(entry.uses);
    bucket.delete(key);
    if (bucket.size === 0) {
      this.byUses.delete(entry.uses);
      if (this.fewestUses === entry.uses) this.fewestUses++;
    }
    entry.uses++;
    this.addToBucket(key, entry.uses);
  }

  addToBucket(key, uses) {
    let bucket = this.byUses.get(uses);
    if (!bucket) {
      bucket = new Set();
      this.byUses.set(uses, bucket);
    }
    bucket.add(key);
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return -1;
    this.touch(key);
    return entry.value;
  }

  put(key, value) {
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      this.touch(key);
      return;
    }
    if (this.entries.size === this.capacity) {
      const bucket = this.byUses.get(this.fewestUses);
      const victim = bucket.values().next().value;
      bucket.delete(victim);
      if (bucket.size === 0) this.byUses.delete(this.fewestUses);
      this.entries.delete(victim);
    }
    this.entries.set(key, { value, uses: 1 });
    this.addToBucket(key, 1);
    this.fewestUses = 1;
  }
}
`,
    typescript: `class LFUCache {
  private readonly entries = new Map<number, { value: number; uses: number }>();
  /** Use count -> keys with that count, least recently used first. */
  private readonly byUses = new Map<number, Set<number>>();
  private fewestUses = 0;

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const entry = this.entries.get(key);
    if (!entry) return -1;
    this.touch(key);
    return entry.value;
  }

  put(key: number, value: number): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      this.touch(key);
      return;
    }
    if (this.entries.size === this.capacity) {
      const bucket = this.byUses.get(this.fewestUses)!;
      const victim = bucket.values().next().value!;
      bucket.delete(victim);
      if (bucket.size === 0) this.byUses.delete(this.fewestUses);
      this.entries.delete(victim);
    }
    this.entries.set(key, { value, uses: 1 });
    this.addToBucket(key, 1);
    this.fewestUses = 1;
  }

  private touch(key: number): void {
    const entry = this.entries.get(key)!;
    const bucket = this.byUses.get(entry.uses)!;
    bucket.delete(key);
    if (bucket.size === 0) {
      this.byUses.delete(entry.uses);
      if (this.fewestUses === entry.uses) this.fewestUses++;
    }
    entry.uses++;
    this.addToBucket(key, entry.uses);
  }

  private addToBucket(key: number, uses: number): void {
    let bucket = this.byUses.get(uses);
    if (!bucket) {
      bucket = new Set<number>();
      this.byUses.set(uses, bucket);
    }
    bucket.add(key);
  }
}
`,
    python: `class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = {}  # key -> [value, uses]
        # use count -> keys with that count, least recently used first
        self.by_uses = collections.defaultdict(collections.OrderedDict)
        self.fewest_uses = 0

    def _touch(self, key: int) -> None:
        entry = self.entries[key]
        uses = entry[1]
        bucket = self.by_uses[uses]
        del bucket[key]
        if not bucket:
            del self.by_uses[uses]
            if self.fewest_uses == uses:
                self.fewest_uses = uses + 1
        entry[1] = uses + 1
        self.by_uses[uses + 1][key] = None

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self._touch(key)
        return self.entries[key][0]

    def put(self, key: int, value: int) -> None:
        if key in self.entries:
            self.entries[key][0] = value
            self._touch(key)
            return
        if len(self.entries) == self.capacity:
            bucket = self.by_uses[self.fewest_uses]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self.by_uses[self.fewest_uses]
            del self.entries[victim]
        self.entries[key] = [value, 1]
        self.by_uses[1][key] = None
        self.fewest_uses = 1
`,
    java: `class LFUCache {
    private final int capacity;
    private final Map<Integer, Integer> values = new HashMap<>();
    private final Map<Integer, Integer> uses = new HashMap<>();
    /** Use count -> keys with that count, least recently used first. */
    private final Map<Integer, LinkedHashSet<Integer>> byUses = new HashMap<>();
    private int fewestUses = 0;

    public LFUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        Integer value = values.get(key);
        if (value == null) return -1;
        touch(key);
        return value;
    }

    public void put(int key, int value) {
        if (values.containsKey(key)) {
            values.put(key, value);
            touch(key);
            return;
        }
        if (values.size() == capacity) {
            LinkedHashSet<Integer> bucket = byUses.get(fewestUses);
            int victim = bucket.iterator().next();
            bucket.remove(victim);
            if (bucket.isEmpty()) byUses.remove(fewestUses);
            values.remove(victim);
            uses.remove(victim);
        }
        values.put(key, value);
        uses.put(key, 1);
        byUses.computeIfAbsent(1, k -> new LinkedHashSet<>()).add(key);
        fewestUses = 1;
    }

    private void touch(int key) {
        int count = uses.get(key);
        LinkedHashSet<Integer> bucket = byUses.get(count);
        bucket.remove(key);
        if (bucket.isEmpty()) {
            byUses.remove(count);
            if (fewestUses == count) fewestUses++;
        }
        uses.put(key, count + 1);
        byUses.computeIfAbsent(count + 1, k -> new LinkedHashSet<>()).add(key);
    }
}
`,
    cpp: `class LFUCache {
    struct Entry {
        int value;
        int uses;
        list<int>::iterator position;
    };
    int capacity;
    int fewestUses = 0;
    unordered_map<int, Entry> entries;
    // Use count -> keys with that count, least recently used first.
    unordered_map<int, list<int>> byUses;

    void touch(Entry& entry, int key) {
        list<int>& bucket = byUses[entry.uses];
        bucket.erase(entry.position);
        if (bucket.empty()) {
            byUses.erase(entry.uses);
            if (fewestUses == entry.uses) fewestUses++;
        }
        entry.uses++;
        list<int>& next = byUses[entry.uses];
        entry.position = next.insert(next.end(), key);
    }

public:
    LFUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        touch(it->second, key);
        return it->second.value;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it != entries.end()) {
            it->second.value = value;
            touch(it->second, key);
            return;
        }
        if ((int)entries.size() == capacity) {
            list<int>& bucket = byUses[fewestUses];
            int victim = bucket.front();
            bucket.pop_front();
            if (bucket.empty()) byUses.erase(fewestUses);
            entries.erase(victim);
        }
        list<int>& fresh = byUses[1];
        entries[key] = Entry{value, 1, fresh.insert(fresh.end(), key)};
        fewestUses = 1;
    }
};
`,
  },
  visible: [
    {
      args: [
        ['LFUCache', 'put', 'put', 'get', 'put', 'get', 'get', 'put', 'get', 'get', 'get'],
        [[2], [1, 10], [2, 20], [1], [3, 30], [2], [3], [4, 40], [1], [3], [4]],
      ],
      expected: [null, null, null, 10, null, -1, 30, null, -1, 30, 40],
    },
    {
      args: [
        ['LFUCache', 'put', 'put', 'get', 'put', 'get', 'get'],
        [[1], [5, 1], [5, 2], [5], [6, 3], [5], [6]],
      ],
      expected: [null, null, null, 2, null, -1, 3],
    },
  ],
  hidden: [
    // Only gets, on an empty cache.
    replay(3, [
      ['get', 0],
      ['get', 100_000],
    ]),
    // Extremes of keys and values.
    replay(2, [
      ['put', 0, 0],
      ['put', 100_000, 1_000_000_000],
      ['get', 0],
      ['get', 100_000],
    ]),
    // Ties broken by last use: key 1 was inserted first, so it goes.
    replay(2, [
      ['put', 1, 1],
      ['put', 2, 2],
      ['put', 3, 3],
      ['get', 1],
      ['get', 2],
      ['get', 3],
    ]),
    // A put on a present key counts as a use, so key 2 outlives key 1.
    replay(2, [
      ['put', 1, 1],
      ['put', 2, 2],
      ['put', 2, 5],
      ['put', 3, 3],
      ['get', 1],
      ['get', 2],
      ['get', 3],
    ]),
    // A heavily used key survives a stream of new keys; the newcomer is evicted each time.
    replay(2, [
      ['put', 7, 70],
      ['get', 7],
      ['get', 7],
      ['get', 7],
      ['put', 1, 1],
      ['put', 2, 2],
      ['get', 1],
      ['put', 3, 3],
      ['get', 2],
      ['get', 7],
      ['get', 3],
    ]),
    // The smallest use count rises when its last key is used, not only on eviction.
    replay(3, [
      ['put', 1, 1],
      ['put', 2, 2],
      ['put', 3, 3],
      ['get', 1],
      ['get', 2],
      ['get', 3],
      ['get', 1],
      ['put', 4, 4],
      ['get', 2],
      ['get', 3],
      ['get', 1],
      ['get', 4],
    ]),
    // Capacity 1: every new key evicts the only one.
    replay(1, [
      ['put', 1, 1],
      ['get', 1],
      ['get', 1],
      ['put', 2, 2],
      ['get', 1],
      ['get', 2],
      ['put', 2, 3],
      ['get', 2],
    ]),
    // Updating a value keeps the key and its count.
    replay(2, [
      ['put', 4, 1],
      ['put', 4, 2],
      ['put', 4, 3],
      ['put', 5, 5],
      ['put', 6, 6],
      ['get', 4],
      ['get', 5],
      ['get', 6],
    ]),
    workload(1, 1, 500, 20, 3),
    workload(2, 5, 2_000, 40, 8),
    workload(3, 50, 3_000, 400, 60),
    workload(4, 1_000, 20_000, 100_000, 1_500),
  ],
  largest: () => workload(5, 10_000, 200_000, 100_000, 20_000),
});
