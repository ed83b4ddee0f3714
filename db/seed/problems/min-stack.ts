import { defineProblem, seededRandom, type ProblemSource } from './source';

type Case = ReturnType<ProblemSource['largest']>;

/** A random sequence of calls, answered by a stack that keeps the minimum beside each value. */
function workload(seed: number, operations: number): Case {
  const random = seededRandom(seed);
  const stack: Array<{ value: number; min: number }> = [];
  const ops = ['MinStack'];
  const args: number[][] = [[]];
  const expected: Array<number | null> = [null];
  for (let i = 1; i < operations; i++) {
    const roll = random.int(0, 9);
    const top = stack[stack.length - 1];
    if (!top || roll < 4) {
      const value = random.int(-2_147_483_648, 2_147_483_647);
      stack.push({ value, min: top ? Math.min(top.min, value) : value });
      ops.push('push');
      args.push([value]);
      expected.push(null);
    } else if (roll < 6) {
      stack.pop();
      ops.push('pop');
      args.push([]);
      expected.push(null);
    } else if (roll < 8) {
      ops.push('top');
      args.push([]);
      expected.push(top.value);
    } else {
      ops.push('getMin');
      args.push([]);
      expected.push(top.min);
    }
  }
  return { args: [ops, args], expected };
}

export default defineProblem({
  slug: 'min-stack',
  title: { en: 'Min Stack', zh: '最小值堆疊' },
  difficulty: 'Easy',
  category: 'design',
  tags: ['stack', 'design'],
  statement: {
    en: 'Design a stack that supports push, pop, top and retrieving its minimum element, each in constant time.\n\nImplement the `MinStack` class:\n\n- `MinStack()` creates an empty stack.\n- `void push(int val)` pushes `val` onto the stack.\n- `void pop()` removes the element on top of the stack.\n- `int top()` returns the element on top of the stack.\n- `int getMin()` returns the smallest element in the stack.\n\nEvery method must run in O(1) time.',
    zh: '設計一個堆疊，支援 push、pop、top，以及取得堆疊中的最小元素，每個操作都要在常數時間內完成。\n\n實作 `MinStack` 類別：\n\n- `MinStack()` 建立一個空堆疊。\n- `void push(int val)` 將 `val` 推入堆疊。\n- `void pop()` 移除堆疊頂端的元素。\n- `int top()` 回傳堆疊頂端的元素。\n- `int getMin()` 回傳堆疊中最小的元素。\n\n每個方法的時間複雜度都必須是 O(1)。',
  },
  examples: [
    {
      input: '["MinStack","push","push","push","getMin","pop","top","getMin"]\n[[],[-2],[0],[-3],[],[],[],[]]',
      output: '[null,null,null,null,-3,null,0,-2]',
      explanation: {
        en: 'After pushing -2, 0 and -3 the minimum is -3. Popping removes -3, so the top is 0 and the minimum is -2 again.',
        zh: '推入 -2、0、-3 之後，最小值是 -3。pop 移除 -3 後，頂端是 0，最小值又變回 -2。',
      },
    },
  ],
  constraints: [
    '-2^31 <= val <= 2^31 - 1',
    'pop, top and getMin are only called on a non-empty stack.',
    'At most 10^5 calls are made to push, pop, top and getMin.',
  ],
  hints: [
    {
      en: 'The minimum only changes when a value is pushed or popped. What if each entry also remembered the minimum at the time it was pushed?',
      zh: '最小值只會在 push 或 pop 時改變。如果每個元素在推入時，一併記下當時的最小值呢？',
    },
  ],
  spec: {
    kind: 'design',
    className: 'MinStack',
    constructorParams: [],
    methods: [
      { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
      { name: 'pop', params: [], returns: 'void' },
      { name: 'top', params: [], returns: 'int' },
      { name: 'getMin', params: [], returns: 'int' },
    ],
    compare: 'exact',
  },
  limits: { timeLimitMs: 2000, memoryLimitMb: 256 },
  starter: {
    javascript: `class MinStack {
  constructor() {
    
  }

  push(val) {
    
  }

  pop() {
    
  }

  top() {
    
  }

  getMin() {
    
  }
}
`,
    typescript: `class MinStack {
  constructor() {
    
  }

  push(val: number): void {
    
  }

  pop(): void {
    
  }

  top(): number {
    
  }

  getMin(): number {
    
  }
}
`,
    python: `class MinStack:
    def __init__(self):
        pass

    def push(self, val: int) -> None:
        pass

    def pop(self) -> None:
        pass

    def top(self) -> int:
        pass

    def getMin(self) -> int:
        pass
`,
    java: `class MinStack {
    public MinStack() {
        
    }

    public void push(int val) {
        
    }

    public void pop() {
        
    }

    public int top() {
        
    }

    public int getMin() {
        
    }
}
`,
    cpp: `class MinStack {
public:
    MinStack() {
        
    }

    void push(int val) {
        
    }

    void pop() {
        
    }

    int top() {
        
    }

    int getMin() {
        
    }
};
`,
  },
  solutions: {
    javascript: `class MinStack {
  constructor() {
    this.values = [];
    this.mins = [];
  }

  push(val) {
    this.values.push(val);
    this.mins.push(this.mins.length ? Math.min(val, this.getMin()) : val);
  }

  pop() {
    this.values.pop();
    this.mins.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
`,
    typescript: `class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [];

  push(val: number): void {
    this.values.push(val);
    this.mins.push(this.mins.length ? Math.min(val, this.getMin()) : val);
  }

  pop(): void {
    this.values.pop();
    this.mins.pop();
  }

  top(): number {
    return this.values[this.values.length - 1];
  }

  getMin(): number {
    return this.mins[this.mins.length - 1];
  }
}
`,
    python: `class MinStack:
    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        self.stack.append((val, min(val, self.stack[-1][1]) if self.stack else val))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
`,
    java: `class MinStack {
    private final Deque<int[]> stack = new ArrayDeque<>();

    public void push(int val) {
        int min = stack.isEmpty() ? val : Math.min(val, stack.peek()[1]);
        stack.push(new int[] { val, min });
    }

    public void pop() {
        stack.pop();
    }

    public int top() {
        return stack.peek()[0];
    }

    public int getMin() {
        return stack.peek()[1];
    }
}
`,
    cpp: `class MinStack {
    vector<pair<int, int>> stack;

public:
    void push(int val) {
        stack.emplace_back(val, stack.empty() ? val : min(val, stack.back().second));
    }

    void pop() {
        stack.pop_back();
    }

    int top() {
        return stack.back().first;
    }

    int getMin() {
        return stack.back().second;
    }
};
`,
  },
  visible: [
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'top', 'getMin'],
        [[], [-2], [0], [-3], [], [], [], []],
      ],
      expected: [null, null, null, null, -3, null, 0, -2],
    },
  ],
  hidden: [
    { args: [['MinStack'], [[]]], expected: [null] },
    {
      args: [
        ['MinStack', 'push', 'top', 'getMin'],
        [[], [5], [], []],
      ],
      expected: [null, null, 5, 5],
    },
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'getMin', 'pop', 'getMin'],
        [[], [1], [1], [1], [], [], [], [], []],
      ],
      expected: [null, null, null, null, 1, null, 1, null, 1],
    },
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'getMin', 'pop', 'getMin'],
        [[], [3], [2], [1], [], [], [], [], []],
      ],
      expected: [null, null, null, null, 1, null, 2, null, 3],
    },
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'getMin', 'top', 'pop', 'getMin', 'top'],
        [[], [1], [2], [3], [], [], [], [], []],
      ],
      expected: [null, null, null, null, 1, 3, null, 1, 2],
    },
    {
      args: [
        ['MinStack', 'push', 'push', 'getMin', 'top', 'pop', 'getMin'],
        [[], [-2147483648], [2147483647], [], [], [], []],
      ],
      expected: [null, null, null, -2147483648, 2147483647, null, -2147483648],
    },
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'push', 'getMin', 'pop', 'getMin', 'pop', 'getMin'],
        [[], [0], [1], [0], [1], [], [], [], [], []],
      ],
      expected: [null, null, null, null, null, 0, null, 0, null, 0],
    },
    {
      args: [
        ['MinStack', 'push', 'pop', 'push', 'getMin', 'top'],
        [[], [-5], [], [7], [], []],
      ],
      expected: [null, null, null, null, 7, 7],
    },
    {
      args: [
        ['MinStack', 'push', 'push', 'getMin', 'pop', 'push', 'getMin', 'top'],
        [[], [2], [-1], [], [], [-3], [], []],
      ],
      expected: [null, null, null, -1, null, null, -3, -3],
    },
    workload(11, 200),
    workload(12, 3000),
  ],
  largest: () => workload(2024, 100_000),
});
