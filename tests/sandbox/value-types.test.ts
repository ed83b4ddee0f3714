import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { VALUE_TYPE_PROBLEMS } from './problems';
import { cppType } from '@/server/sandbox/languages/cpp';
import { javaType } from '@/server/sandbox/languages/java';
import { CHECKERS } from '@/lib/vocabulary/checkers';
import { parseJsonExact } from '@/lib/vocabulary/json';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { testCaseFromStrings, validateProblem } from '@/lib/vocabulary/problem-rules';
import type { CheckerName, DesignProblemSpec, FunctionProblemSpec, ProblemSpec, TestCase, ValueType } from '@/lib/vocabulary/problems';
import { displayValue, normalizeValue, VALUE_TYPES, valuesEqual } from '@/lib/vocabulary/values';

import { leftoverRunDirs, removeWorkRoot, testSandbox } from './support';

const LANGUAGES: LanguageId[] = ['javascript', 'typescript', 'python', 'java', 'cpp'];
const sandbox = testSandbox();

beforeAll(async () => {
  await sandbox.prepare();
}, 120_000);

afterAll(async () => {
  expect(leftoverRunDirs()).toEqual([]);
  await sandbox.close();
  removeWorkRoot();
});

const sameName = (name: string): Record<LanguageId, string> => ({
  javascript: name,
  typescript: name,
  python: name,
  java: name,
  cpp: name,
});

/* ------------------------------ no sandbox needed ------------------------------ */

describe('exact JSON', () => {
  it('keeps integers beyond 2^53 exact and everything else as JSON.parse does', () => {
    expect(parseJsonExact('[9223372036854775807,-9223372036854775808,9007199254740993]')).toEqual([
      9223372036854775807n,
      -9223372036854775808n,
      9007199254740993n,
    ]);
    const text = '{"ok":true,"v":[1,2.5,-0.25e3,"a\\"b\\u00e9",null,true,false,[],{}],"ms":1.5,"n":1234567890123456}';
    expect(parseJsonExact(text)).toEqual(JSON.parse(text));
    expect(parseJsonExact('{"v":12345678901234567890123,"x":1e400}')).toEqual({ v: 12345678901234567890123n, x: Infinity });
    expect(parseJsonExact('[0.30000000000000004,12345678901234567e3,"12345678901234567890",-9007199254740993]')).toEqual([
      0.30000000000000004,
      12345678901234567e3,
      '12345678901234567890',
      -9007199254740993n,
    ]);
    for (const bad of ['[1,]', '[1 2]', '{"a":}', '{"a" 1}', '[12345678901234567890', '"\u0001"', '[1]x', '{,}', '']) {
      expect(() => parseJsonExact(bad), bad).toThrow(SyntaxError);
    }
  });

  it('parses hostile nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}12345678901234567890${']'.repeat(200_000)}`;
    expect(Array.isArray(parseJsonExact(deep))).toBe(true);
  });

  it('reads 64-bit integers in the contract string form of a case', () => {
    expect(testCaseFromStrings('[9223372036854775807, 1]', '-9223372036854775808')).toEqual({
      args: [[9223372036854775807n, 1]],
      expected: -9223372036854775808n,
    });
  });
});

describe('value types', () => {
  it('covers every element type at three depths, and the node types', () => {
    expect(VALUE_TYPES).toHaveLength(6 * 3 + 4);
  });

  it('accept the authoring forms of a case and bring them to one canonical form', () => {
    expect(normalizeValue('long', '9223372036854775807', 'case')).toEqual({ ok: true, value: 9223372036854775807n });
    expect(normalizeValue('long', 42, 'case')).toEqual({ ok: true, value: 42n });
    expect(normalizeValue('long[][]', [['-1', 2n], []], 'case')).toEqual({ ok: true, value: [[-1n, 2n], []] });
    expect(normalizeValue('ListNode', null, 'case')).toEqual({ ok: true, value: [] });
    expect(normalizeValue('TreeNode', [3, 9, 20, null, null, 15, 7, null, null], 'case')).toEqual({
      ok: true,
      value: [3, 9, 20, null, null, 15, 7],
    });
    expect(normalizeValue('TreeNode', [null], 'case')).toEqual({ ok: true, value: [] });
    expect(normalizeValue('TreeNode[]', [[1, null, 2], null], 'case')).toEqual({ ok: true, value: [[1, null, 2], []] });
    expect(normalizeValue('char[][]', [['.', '#'], []], 'case')).toEqual({ ok: true, value: [['.', '#'], []] });
  });

  it('refuse what a harness could not carry exactly', () => {
    const bad: Array<[ValueType, unknown]> = [
      ['long', 9007199254740993], // already rounded by JSON.parse: must come as a string
      ['long', '9223372036854775808'],
      ['long', '12.5'],
      ['long', '007'],
      ['int', 2147483648],
      ['char', 'ab'],
      ['char', 'é'],
      ['string', 'lone \ud800 surrogate'],
      ['TreeNode', [null, 1]],
      ['TreeNode', [1, null, null, 2]],
      ['TreeNode', [1, 2, null, null, null, 3]], // 2's children are the two nulls after it: nothing is left to hold 3
      ['TreeNode', [1, 'x']],
      ['ListNode', [1, null]],
      ['ListNode[]', [[1], 2]],
      ['double', Infinity],
      ['int[][]', [1]],
    ];
    for (const [type, value] of bad) expect(normalizeValue(type, value, 'case').ok, `${type} ${String(value)}`).toBe(false);
    // An answer must be the number, not its authoring string.
    expect(normalizeValue('long', '5', 'result').ok).toBe(false);
  });

  it('compare floats within the tolerance at every depth', () => {
    expect(valuesEqual('double[][]', { float: 1e-6 }, [[0.1 + 0.2], [1e9 + 0.5]], [[0.3], [1e9]])).toBe(true);
    expect(valuesEqual('double[][]', { float: 1e-6 }, [[0.31], [1]], [[0.3], [1]])).toBe(false);
    expect(valuesEqual('double[][]', { float: 1e-6 }, [[0.3]], [[0.3], []])).toBe(false);
  });

  it('show a long beyond 2^53 as a decimal string and any other as a number', () => {
    expect(displayValue([9223372036854775807n, -5n, 9007199254740991n])).toEqual(['9223372036854775807', -5, 9007199254740991]);
  });

  it('map to the usual Java and C++ types', () => {
    expect(javaType('char[][]')).toBe('char[][]');
    expect(javaType('ListNode[]')).toBe('ListNode[]');
    expect(javaType('string[]')).toBe('String[]');
    expect(cppType('long[][]')).toBe('std::vector<std::vector<long long>>');
    expect(cppType('TreeNode')).toBe('TreeNode*');
    expect(cppType('char[]')).toBe('std::vector<char>');
  });
});

describe('problem validation', () => {
  const fn = (patch: Partial<FunctionProblemSpec>): FunctionProblemSpec => ({
    functionName: sameName('f'),
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'int',
    compare: 'exact',
    ...patch,
  });
  const lru = VALUE_TYPE_PROBLEMS.lruCache.spec as DesignProblemSpec;
  const rejects = (spec: ProblemSpec, testCases: TestCase[], message: RegExp) =>
    expect(() => validateProblem(spec, testCases, 'python')).toThrow(message);

  it('accepts every fixture in every language', () => {
    for (const problem of Object.values(VALUE_TYPE_PROBLEMS)) {
      for (const language of LANGUAGES) expect(() => validateProblem(problem.spec, problem.testCases, language)).not.toThrow();
    }
  });

  it('rejects malformed trees and long values', () => {
    rejects(fn({}), [{ args: [[1, null, null, 2]], expected: 1 }], /test case 1: argument root is not a valid TreeNode/);
    rejects(fn({ returns: 'long' }), [{ args: [[1]], expected: 9007199254740993 }], /expected value is not a valid long/);
  });

  it('rejects in-place specs that name nothing to judge or something immutable', () => {
    rejects(fn({ returns: 'void' }), [{ args: [[1]], expected: [1] }], /must name the param it changes/);
    rejects(fn({ returns: 'void', mutates: 1 }), [{ args: [[1]], expected: [1] }], /mutates must be the index of a param/);
    rejects(fn({ mutates: 0 }), [{ args: [[1]], expected: [1] }], /must return void/);
    rejects(
      fn({ params: [{ name: 's', type: 'string' }], returns: 'void', mutates: 0 }),
      [{ args: ['a'], expected: 'a' }],
      /param s \(string\) cannot be changed in place/,
    );
  });

  it('rejects unknown or unfitting checkers', () => {
    rejects(fn({ compare: { checker: 'eval' as CheckerName } }), [{ args: [[1]], expected: 1 }], /unknown checker eval/);
    rejects(fn({ compare: { checker: 'valid-topological-order' } }), [{ args: [[1]], expected: 1 }], /does not fit/);
    rejects(
      fn({ returns: 'string', compare: { checker: 'one-of-expected' } }),
      [{ args: [[1]], expected: 'aba' }],
      /expected value is not a non-empty list of string answers/,
    );
  });

  it('rejects design cases whose operations, arguments and results do not line up', () => {
    const cases: Array<[unknown[], unknown, RegExp]> = [
      [[['LRUCache', 'put'], [[2]]], [null, null], /2 operations but 1 argument lists/],
      [[['put'], [[2]]], [null], /first operation must be the constructor LRUCache/],
      [
        [
          ['LRUCache', 'remove'],
          [[2], [1]],
        ],
        [null, null],
        /operation 1 \(remove\): not a method of LRUCache/,
      ],
      [
        [
          ['LRUCache', 'put'],
          [[2], [1]],
        ],
        [null, null],
        /operation 1 \(put\): expected 2 arguments/,
      ],
      [
        [
          ['LRUCache', 'put'],
          [[2], [1, 1]],
        ],
        [null, 1],
        /operation 1 \(put\): returns nothing, so its expected result must be null/,
      ],
      [
        [
          ['LRUCache', 'get'],
          [[2], [1]],
        ],
        [null],
        /one result per operation \(2\)/,
      ],
      [
        [
          ['LRUCache', 'get'],
          [[2], ['1']],
        ],
        [null, -1],
        /argument key is not a valid int/,
      ],
      [[['LRUCache'], [[2]], []], [null], /arguments must be \[operations, arguments of each operation\]/],
    ];
    for (const [args, expected, message] of cases) rejects(lru, [{ args, expected }], message);
    rejects({ ...lru, className: 'codemeetHarness' }, [{ args: [['codemeetHarness'], [[1]]], expected: [null] }], /no valid class name/);
    rejects({ ...lru, methods: [...lru.methods, lru.methods[0]!] }, VALUE_TYPE_PROBLEMS.lruCache.testCases, /method get is declared twice/);
    rejects(
      { ...lru, compare: { checker: 'permutation-of-expected' } } as unknown as ProblemSpec,
      VALUE_TYPE_PROBLEMS.lruCache.testCases,
      /design problems compare each call/,
    );
  });
});

describe('checkers', () => {
  const check = (name: CheckerName, args: unknown[], expected: unknown, actual: unknown) =>
    CHECKERS[name].check({ args, expected, actual });

  it('judge answers where several are right', () => {
    expect(check('permutation-of-expected', [], [[1], [2, 3]], [[2, 3], [1]]).pass).toBe(true);
    expect(check('permutation-of-expected', [], [[1], [2, 3]], [[3, 2], [1]]).pass).toBe(false);
    expect(check('any-order-of-groups', [], [['a'], ['b', 'c']], [['c', 'b'], ['a']]).pass).toBe(true);
    expect(check('any-order-of-groups', [], [['a'], ['b', 'c']], [['a', 'b'], ['c']]).pass).toBe(false);
    expect(check('one-of-expected', [], ['bab', 'aba'], 'aba').pass).toBe(true);
    expect(check('one-of-expected', [], ['bab', 'aba'], 'abb').pass).toBe(false);
    expect(check('float-tolerance', [], [0.3, [1e9]], [0.1 + 0.2, [1e9 + 1]]).pass).toBe(true);
    expect(check('float-tolerance', [], [0.3], [0.31]).pass).toBe(false);
  });

  it('any-valid-index-pair accepts every right pair and says why a pair is wrong', () => {
    const args = [[3n, 2n, 4n, 1n], 5n];
    expect(check('any-valid-index-pair', args, [0, 1], [2, 3]).pass).toBe(true);
    expect(check('any-valid-index-pair', args, [0, 1], [1, 0]).pass).toBe(true);
    expect(check('any-valid-index-pair', args, [0, 1], [0, 2])).toEqual({ pass: false, message: 'nums[0] + nums[2] = 7, not 5.' });
    expect(check('any-valid-index-pair', args, [0, 1], [1, 1]).message).toBe('The two indexes must differ (both are 1).');
    expect(check('any-valid-index-pair', args, [0, 1], [0, 9]).message).toBe('Index 9 is outside the array (length 4).');
  });

  it('valid-topological-order checks every prerequisite and the impossible case', () => {
    const args = [
      4,
      [
        [1, 0],
        [2, 0],
        [3, 1],
        [3, 2],
      ],
    ];
    expect(check('valid-topological-order', args, [0, 1, 2, 3], [0, 2, 1, 3]).pass).toBe(true);
    expect(check('valid-topological-order', args, [0, 1, 2, 3], [0, 3, 1, 2])).toEqual({ pass: false, message: '1 must come before 3.' });
    expect(check('valid-topological-order', args, [0, 1, 2, 3], [0, 1, 1, 3]).message).toBe('1 appears twice.');
    expect(check('valid-topological-order', args, [0, 1, 2, 3], [0, 1]).message).toBe('Expected an order of all 4 nodes, got 2.');
    expect(check('valid-topological-order', [1, []], [], [0]).message).toBe('No valid order exists: the answer must be [].');
  });
});

/* ----------------------------------- judged ----------------------------------- */

/** Per fixture, one visible case whose expected value is wrong on purpose, and what the reference answers. */
const DECOYS: Record<keyof typeof VALUE_TYPE_PROBLEMS, { testCase: TestCase; actual: unknown; error?: string }> = {
  reverseLinkedList: { testCase: { args: [[1, 2, 3]], expected: [1, 2, 3] }, actual: [3, 2, 1] },
  invertBinaryTree: { testCase: { args: [[1, 2]], expected: [1, 2] }, actual: [1, null, 2] },
  rotateArray: { testCase: { args: [[1, 2, 3], 1], expected: [1, 2, 3] }, actual: [3, 1, 2] },
  reverseString: { testCase: { args: [['a', 'b']], expected: ['a', 'b'] }, actual: ['b', 'a'] },
  lruCache: {
    testCase: {
      args: [
        ['LRUCache', 'put', 'get'],
        [[1], [1, 5], [1]],
      ],
      expected: [null, null, 6],
    },
    actual: [null, null, 5],
    error: 'Operation 2 (get): expected 6, got 5.',
  },
  sumOfLongs: { testCase: { args: [['9007199254740993', 2]], expected: '9007199254740996' }, actual: '9007199254740995' },
  rowAverages: { testCase: { args: [[[1, 2]]], expected: [1.6] }, actual: [1.5] },
  reverseText: { testCase: { args: ['ab中😀'], expected: 'ab中😀' }, actual: '😀中ba' },
  courseScheduleII: {
    testCase: { args: [2, [[1, 0]]], expected: [] },
    actual: [0, 1],
    error: 'No valid order exists: the answer must be [].',
  },
};

describe.concurrent('value type fixtures', () => {
  for (const [key, problem] of Object.entries(VALUE_TYPE_PROBLEMS) as Array<
    [keyof typeof VALUE_TYPE_PROBLEMS, (typeof VALUE_TYPE_PROBLEMS)[keyof typeof VALUE_TYPE_PROBLEMS]]
  >) {
    for (const language of LANGUAGES) {
      it(`${problem.slug}: the reference passes every case in ${language}, and a wrong expected value is a readable wrong answer`, async () => {
        const decoy = DECOYS[key];
        const result = await sandbox.judge({
          language,
          code: problem.solutions[language],
          problem: problem.spec,
          testCases: [...problem.testCases, decoy.testCase],
        });
        const own = result.results.slice(0, -1);
        expect(own.filter((r) => !r.passed)).toEqual([]);
        expect(own.every((r) => r.runtimeMs >= 0 && r.memoryKb > 0)).toBe(true);
        expect(result.results.at(-1)).toMatchObject({
          status: 'wrong_answer',
          hidden: false,
          input: JSON.parse(JSON.stringify(decoy.testCase.args, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))),
          expected: decoy.testCase.expected,
          actual: decoy.actual,
          ...(decoy.error ? { error: decoy.error } : {}),
        });
        expect(result.status).toBe('wrong_answer');
        // What the API stores and returns must be plain JSON.
        expect(() => JSON.stringify(result)).not.toThrow();
      });
    }
  }
});

/* ------------------------- every type, every language ------------------------- */

/** Two samples per type, edge values included; the design problem below echoes each one back. */
const SAMPLES: Record<ValueType, [unknown, unknown]> = {
  int: [-2147483648, 2147483647],
  'int[]': [[1, -2, 3], []],
  'int[][]': [[[1, 2], [], [3]], []],
  long: ['9223372036854775807', '-9223372036854775808'],
  'long[]': [['9007199254740993', -1, 0], []],
  'long[][]': [[['-9223372036854775808'], [], [1, '4611686018427387904']], [[]]],
  double: [0.1, -1.5e300],
  'double[]': [[1.5, -0.25, 1e-7], []],
  'double[][]': [[[1.5], [], [-0.25, 1e-7]], []],
  boolean: [true, false],
  'boolean[]': [[true, false], []],
  'boolean[][]': [[[true], [], [false, true]], []],
  char: ['"', '\\'],
  'char[]': [['a', '\n', '"'], []],
  'char[][]': [
    [
      ['.', '#'],
      ['X', ' '],
    ],
    [[]],
  ],
  string: ['héllo "q" \\ \n\t 😀 中文', ''],
  'string[]': [['', 'a,b', 'ü', '"]', '𝕏'], []],
  'string[][]': [[['a'], [], ['b', '中']], [[]]],
  ListNode: [[1, -2, 3], []],
  'ListNode[]': [[[1, 4, 5], [], [2]], []],
  TreeNode: [[3, 9, 20, null, null, 15, 7], []],
  'TreeNode[]': [[[1, null, 2], [], [5, 4]], []],
};

/** echoInt, echoLongArray, echoTreeNodeMatrix, …: one method per type. */
const methodName = (type: ValueType) => {
  const base = type.replace(/\[\]/g, '');
  const dims = (type.length - base.length) / 2;
  return `echo${base[0]!.toUpperCase()}${base.slice(1)}${['', 'Array', 'Matrix'][dims]}`;
};

const ECHO: DesignProblemSpec = {
  kind: 'design',
  className: 'Echo',
  constructorParams: [{ name: 'seed', type: 'long' }],
  methods: [
    ...VALUE_TYPES.map((type) => ({ name: methodName(type), params: [{ name: 'value', type }], returns: type })),
    { name: 'touch', params: [], returns: 'void' as const },
  ],
  compare: 'exact',
};

function echoSolution(language: LanguageId): string {
  const methods = VALUE_TYPES.map((type) => ({ name: methodName(type), type }));
  switch (language) {
    case 'javascript':
    case 'typescript':
      return `class Echo {
  constructor(seed) { if (typeof seed !== 'bigint') throw new Error('a long must arrive as a BigInt'); }
  touch() {}
${methods.map((m) => `  ${m.name}(value) { return value; }`).join('\n')}
}`;
    case 'python':
      return `class Echo:
    def __init__(self, seed):
        assert isinstance(seed, int)
    def touch(self):
        pass
${methods.map((m) => `    def ${m.name}(self, value):\n        return value`).join('\n')}
`;
    case 'java':
      return `class Echo {
  public Echo(long seed) {}
  public void touch() {}
${methods.map((m) => `  public ${javaType(m.type)} ${m.name}(${javaType(m.type)} value) { return value; }`).join('\n')}
}`;
    case 'cpp':
      return `class Echo {
public:
  Echo(long long seed) {}
  void touch() {}
${methods.map((m) => `  ${cppType(m.type)} ${m.name}(${cppType(m.type)}& value) { return value; }`).join('\n')}
};`;
  }
}

describe.concurrent('every value type round-trips through every harness', () => {
  const ops = ['Echo', 'touch', ...VALUE_TYPES.flatMap((type) => [methodName(type), methodName(type)])];
  const calls = [['-9223372036854775808'], [], ...VALUE_TYPES.flatMap((type) => SAMPLES[type].map((sample) => [sample]))];
  const expected = [null, null, ...VALUE_TYPES.flatMap((type) => SAMPLES[type])];
  for (const language of LANGUAGES) {
    it(`in ${language}`, async () => {
      const result = await sandbox.judge({
        language,
        code: echoSolution(language),
        problem: ECHO,
        testCases: [{ args: [ops, calls], expected }],
      });
      expect(result.results[0]?.error).toBeUndefined();
      expect(result.status).toBe('accepted');
      const actual = result.results[0]?.actual as unknown[];
      expect(actual[ops.indexOf('echoLong')]).toBe('9223372036854775807');
      expect(actual[ops.indexOf('echoTreeNode')]).toEqual([3, 9, 20, null, null, 15, 7]);
      expect(actual[ops.indexOf('echoString')]).toBe('héllo "q" \\ \n\t 😀 中文');
    });
  }
});

/* ------------------------------ deliberately wrong ------------------------------ */

/** Answers a harness cannot write: a list with a cycle, a tree reaching a node twice, a list that is no list. */
const BROKEN: DesignProblemSpec = {
  kind: 'design',
  className: 'Broken',
  constructorParams: [],
  methods: [
    { name: 'cycle', params: [{ name: 'head', type: 'ListNode' }], returns: 'ListNode' },
    { name: 'shared', params: [{ name: 'root', type: 'TreeNode' }], returns: 'TreeNode' },
    { name: 'lists', params: [{ name: 'head', type: 'ListNode' }], returns: 'ListNode[]' },
  ],
  compare: 'exact',
};

const BROKEN_CODE: Record<LanguageId, string> = {
  javascript: `class Broken {
  cycle(head) { head.next.next = head; return head; }
  shared(root) { root.right = root.left; return root; }
  lists(head) { head.next.next.next = head.next; return [null, head]; }
}`,
  typescript: `class Broken {
  cycle(head: ListNode): ListNode { head.next!.next = head; return head; }
  shared(root: TreeNode): TreeNode { root.right = root.left; return root; }
  lists(head: ListNode): Array<ListNode | null> { head.next!.next!.next = head.next; return [null, head]; }
}`,
  python: `class Broken:
    def cycle(self, head):
        head.next.next = head
        return head
    def shared(self, root):
        root.right = root.left
        return root
    def lists(self, head):
        head.next.next.next = head.next
        return [None, head]
`,
  java: `class Broken {
  public ListNode cycle(ListNode head) { head.next.next = head; return head; }
  public TreeNode shared(TreeNode root) { root.right = root.left; return root; }
  public ListNode[] lists(ListNode head) { head.next.next.next = head.next; return new ListNode[] { null, head }; }
}`,
  cpp: `class Broken {
public:
  ListNode* cycle(ListNode* head) { head->next->next = head; return head; }
  TreeNode* shared(TreeNode* root) { root->right = root->left; return root; }
  vector<ListNode*> lists(ListNode* head) { head->next->next->next = head->next; return {nullptr, head}; }
};`,
};

describe.concurrent('answers that cannot be written are wrong answers, not hangs', () => {
  const testCases: TestCase[] = [
    {
      args: [
        ['Broken', 'cycle'],
        [[], [[1, 2, 3]]],
      ],
      expected: [null, [2, 1]],
    },
    {
      args: [
        ['Broken', 'shared'],
        [[], [[1, 2]]],
      ],
      expected: [null, [1, 2]],
    },
    {
      args: [
        ['Broken', 'lists'],
        [[], [[1, 2, 3]]],
      ],
      expected: [null, [[], [1, 2, 3]]],
    },
    {
      args: [
        ['Broken', 'cycle'],
        [[], [[4, 5]]],
      ],
      expected: [null, [5, 4]],
      hidden: true,
    },
  ];
  for (const language of LANGUAGES) {
    it(`in ${language}`, async () => {
      const result = await sandbox.judge({ language, code: BROKEN_CODE[language], problem: BROKEN, testCases });
      expect(result.results.map((r) => [r.status, r.error])).toEqual([
        ['wrong_answer', 'The returned list has a cycle.'],
        ['wrong_answer', 'The returned tree reaches a node twice (a cycle or a shared node).'],
        ['wrong_answer', 'The returned list has a cycle.'],
        ['wrong_answer', undefined],
      ]);
    });
  }
});

const SET_ZEROES: FunctionProblemSpec = {
  functionName: sameName('setZeroes'),
  params: [{ name: 'matrix', type: 'int[][]' }],
  returns: 'void',
  mutates: 0,
  compare: 'exact',
};

const SET_ZEROES_CODE: Record<LanguageId, string> = {
  javascript: `function setZeroes(matrix) {
  const rows = new Set(), cols = new Set();
  matrix.forEach((row, i) => row.forEach((x, j) => { if (x === 0) { rows.add(i); cols.add(j); } }));
  matrix.forEach((row, i) => row.forEach((_, j) => { if (rows.has(i) || cols.has(j)) row[j] = 0; }));
}`,
  typescript: `function setZeroes(matrix: number[][]): void {
  const zero = matrix.flatMap((row, i) => row.flatMap((x, j) => (x === 0 ? [[i, j]] : [])));
  for (const [i, j] of zero) { matrix[i].fill(0); for (const row of matrix) row[j] = 0; }
}`,
  python: `def setZeroes(matrix):
    zero = [(i, j) for i, row in enumerate(matrix) for j, x in enumerate(row) if x == 0]
    for i, j in zero:
        matrix[i] = [0] * len(matrix[i])
        for row in matrix:
            row[j] = 0
`,
  java: `class Solution {
  public void setZeroes(int[][] matrix) {
    boolean[] rows = new boolean[matrix.length], cols = new boolean[matrix[0].length];
    for (int i = 0; i < matrix.length; i++) for (int j = 0; j < matrix[i].length; j++) if (matrix[i][j] == 0) { rows[i] = true; cols[j] = true; }
    for (int i = 0; i < matrix.length; i++) for (int j = 0; j < matrix[i].length; j++) if (rows[i] || cols[j]) matrix[i][j] = 0;
  }
}`,
  cpp: `class Solution {
public:
  void setZeroes(vector<vector<int>>& matrix) {
    vector<bool> rows(matrix.size()), cols(matrix[0].size());
    for (size_t i = 0; i < matrix.size(); i++) for (size_t j = 0; j < matrix[i].size(); j++) if (!matrix[i][j]) rows[i] = cols[j] = true;
    for (size_t i = 0; i < matrix.size(); i++) for (size_t j = 0; j < matrix[i].size(); j++) if (rows[i] || cols[j]) matrix[i][j] = 0;
  }
};`,
};

describe.concurrent('in-place answers', () => {
  const testCases: TestCase[] = [
    {
      args: [
        [
          [1, 1, 1],
          [1, 0, 1],
          [1, 1, 1],
        ],
      ],
      expected: [
        [1, 0, 1],
        [0, 0, 0],
        [1, 0, 1],
      ],
    },
    {
      args: [
        [
          [0, 1, 2, 0],
          [3, 4, 5, 2],
          [1, 3, 1, 5],
        ],
      ],
      expected: [
        [0, 0, 0, 0],
        [0, 4, 5, 0],
        [0, 3, 1, 0],
      ],
      hidden: true,
    },
  ];
  for (const language of LANGUAGES) {
    it(`are judged on the changed int[][] in ${language}`, async () => {
      const result = await sandbox.judge({ language, code: SET_ZEROES_CODE[language], problem: SET_ZEROES, testCases });
      expect(result.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    });
  }

  it('show the unchanged argument when the function returned a new value instead', async () => {
    const rotate = VALUE_TYPE_PROBLEMS.rotateArray;
    const result = await sandbox.judge({
      language: 'java',
      code: 'class Solution { public int[] rotate(int[] nums, int k) { int[] out = nums.clone(); Collections.reverse(Arrays.asList(out)); return out; } }',
      problem: rotate.spec,
      testCases: rotate.testCases.slice(0, 1),
    });
    expect(result.results[0]).toMatchObject({ status: 'wrong_answer', actual: [1, 2, 3, 4, 5, 6, 7], expected: [5, 6, 7, 1, 2, 3, 4] });
  });
});

describe.concurrent('wrong solutions', () => {
  it('a JavaScript long answer that went through a double loses digits and is wrong', async () => {
    const sum = VALUE_TYPE_PROBLEMS.sumOfLongs;
    const result = await sandbox.judge({
      language: 'javascript',
      code: 'function sumLongs(nums) { return nums.reduce((a, b) => a + Number(b), 0); }',
      problem: sum.spec,
      testCases: [{ args: [['9007199254740993', 2]], expected: '9007199254740995' }, sum.testCases[0]!],
    });
    expect(result.results.map((r) => r.status)).toEqual(['wrong_answer', 'accepted']);
    expect(result.results[0]?.actual).toBe('9007199254740994');
  });

  it('a Python design that never evicts is wrong at the first call that differs', async () => {
    const lru = VALUE_TYPE_PROBLEMS.lruCache;
    const result = await sandbox.judge({
      language: 'python',
      code: 'class LRUCache:\n    def __init__(self, capacity):\n        self.d = {}\n    def get(self, key):\n        return self.d.get(key, -1)\n    def put(self, key, value):\n        self.d[key] = value\n',
      problem: lru.spec,
      testCases: lru.testCases,
    });
    expect(result.results[0]).toMatchObject({
      status: 'wrong_answer',
      actual: [null, null, null, 1, null, 2, null, 1, 3, 4],
      error: 'Operation 5 (get): expected -1, got 2.',
    });
    expect(result.results.filter((r) => r.hidden).map((r) => Object.keys(r).sort())).toContainEqual([
      'hidden',
      'memoryKb',
      'passed',
      'runtimeMs',
      'status',
      'testCase',
    ]);
  });

  it('a C++ design method that throws is a runtime error naming the operation', async () => {
    const lru = VALUE_TYPE_PROBLEMS.lruCache;
    const result = await sandbox.judge({
      language: 'cpp',
      code: 'class LRUCache { public: LRUCache(int c) {} int get(int k) { throw out_of_range("no key"); } void put(int k, int v) {} };',
      problem: lru.spec,
      testCases: lru.testCases.slice(0, 1),
    });
    expect(result.results[0]).toMatchObject({ status: 'runtime_error', error: 'Operation 3 (get): exception: no key' });
  });

  it('a design class is found however it is declared, and named when it is missing', async () => {
    const lru = VALUE_TYPE_PROBLEMS.lruCache;
    const java = await sandbox.judge({
      language: 'java',
      code: lru.solutions.java.replace('class LRUCache', 'public class LRUCache'),
      problem: lru.spec,
      testCases: lru.testCases,
    });
    expect(java.status).toBe('accepted');
    const missing = await sandbox.judge({ language: 'javascript', code: 'class LruCache {}', problem: lru.spec, testCases: lru.testCases });
    expect(missing.results[0]?.error).toBe('Class LRUCache was not found: define it at the top level.');
    const python = await sandbox.judge({
      language: 'python',
      code: 'class LRUCache:\n    def __init__(self, capacity):\n        pass\n',
      problem: lru.spec,
      testCases: lru.testCases.slice(0, 1),
    });
    expect(python.results[0]?.status).toBe('runtime_error');
    expect(python.results[0]?.error).toMatch(/^Operation 1 \(put\): [\s\S]*AttributeError: 'LRUCache' object has no attribute 'put'/);
  });

  it('an order that breaks a prerequisite is wrong, and the checker says which', async () => {
    const course = VALUE_TYPE_PROBLEMS.courseScheduleII;
    const result = await sandbox.judge({
      language: 'typescript',
      code: 'function findOrder(n: number, pre: number[][]): number[] { return Array.from({ length: n }, (_, i) => n - 1 - i); }',
      problem: course.spec,
      testCases: course.testCases,
    });
    expect(result.results[0]).toMatchObject({ status: 'wrong_answer', actual: [1, 0], error: '0 must come before 1.' });
    expect(result.results[2]?.status).toBe('accepted');
  });

  it('a wrong answer type says what it should have been', async () => {
    const tree = VALUE_TYPE_PROBLEMS.invertBinaryTree;
    const rotate = VALUE_TYPE_PROBLEMS.rotateArray;
    // One after the other: a test's runs share one owner's small queue.
    const python = await sandbox.judge({
      language: 'python',
      code: 'def invert_tree(root):\n    return "tree"\n',
      problem: tree.spec,
      testCases: tree.testCases.slice(0, 1),
    });
    const javascript = await sandbox.judge({
      language: 'javascript',
      code: 'function rotate(nums, k) { nums.length = 0; nums.push("x"); }',
      problem: rotate.spec,
      testCases: rotate.testCases.slice(0, 1),
    });
    expect(python.results[0]).toMatchObject({ status: 'wrong_answer', error: 'The returned tree holds a str where a node belongs.' });
    expect(javascript.results[0]).toMatchObject({ status: 'wrong_answer', actual: ['x'], error: 'The answer is not a valid int[].' });
  });
});

describe.concurrent('non-ASCII text', () => {
  const text = VALUE_TYPE_PROBLEMS.reverseText;
  const PRINT: Record<LanguageId, string> = {
    javascript: 'function reverseText(s) { console.log("héllo 中文 😀 " + s); return [...s].reverse().join(""); }',
    typescript: 'function reverseText(s: string): string { console.log("héllo 中文 😀 " + s); return [...s].reverse().join(""); }',
    python: 'def reverse_text(s):\n    print("héllo 中文 😀 " + s)\n    return s[::-1]\n',
    java: 'class Solution { public String reverseText(String s) { System.out.println("héllo 中文 😀 " + s); return new StringBuilder(s).reverse().toString(); } }',
    cpp: 'class Solution { public: string reverseText(string s) { cout << "héllo 中文 😀 " << s << endl; return s; } };',
  };
  for (const language of LANGUAGES) {
    it(`is printed and returned intact in ${language}`, async () => {
      const result = await sandbox.judge({
        language,
        code: PRINT[language],
        problem: text.spec,
        testCases: [{ args: ['字'], expected: '字' }],
      });
      expect(result.results[0]).toMatchObject({ status: 'accepted', actual: '字', stdout: 'héllo 中文 😀 字\n' });
    });
  }
});
