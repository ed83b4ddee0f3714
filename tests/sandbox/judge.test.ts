import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROBLEMS } from './problems';
import { type LanguageId, type ProblemSpec, type TestCase, type ValueType } from '@/server/sandbox';

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

describe.concurrent('reference solutions', () => {
  for (const problem of Object.values(PROBLEMS)) {
    for (const language of LANGUAGES) {
      it(`${problem.slug} is accepted in ${language}`, async () => {
        const result = await sandbox.judge({
          language,
          code: problem.solutions[language],
          problem: problem.spec,
          testCases: problem.testCases,
        });
        expect(result.results.filter((r) => !r.passed)).toEqual([]);
        expect(result.status).toBe('accepted');
        expect(result.results).toHaveLength(problem.testCases.length);
        expect(result.results.every((r) => r.runtimeMs >= 0 && r.memoryKb > 0)).toBe(true);
      });
    }
  }
});

/** The value types of the first judge; the newer ones (chars, nodes, 2-D longs, …) are in value-types.test.ts. */
type BasicType = Extract<
  ValueType,
  'int' | 'long' | 'double' | 'boolean' | 'string' | `${'int' | 'long' | 'double' | 'boolean' | 'string'}[]` | 'int[][]' | 'string[][]'
>;

/** Identity problems: every basic value type goes through each harness's reader and writer. */
const TYPE_SAMPLES: Record<BasicType, unknown[]> = {
  int: [-2147483648, 2147483647],
  long: [9007199254740991, -42],
  double: [0.1, -1.5e300],
  boolean: [true, false],
  string: ['héllo "q" \\ \n\t 😀 中文', ''],
  'int[]': [[1, -2, 3], []],
  'long[]': [[9007199254740991, -9007199254740991], []],
  'double[]': [[1.5, -0.25, 1e-7], []],
  'boolean[]': [[true, false, true], []],
  'string[]': [['', 'a,b', 'ü', '"]'], []],
  'int[][]': [[[1, 2], [], [3]], []],
  'string[][]': [[['a'], [], ['b', 'c']], [[]]],
};

const JAVA_TYPE: Record<BasicType, string> = {
  int: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  string: 'String',
  'int[]': 'int[]',
  'long[]': 'long[]',
  'double[]': 'double[]',
  'boolean[]': 'boolean[]',
  'string[]': 'String[]',
  'int[][]': 'int[][]',
  'string[][]': 'String[][]',
};
const CPP_TYPE: Record<BasicType, string> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  boolean: 'bool',
  string: 'string',
  'int[]': 'vector<int>',
  'long[]': 'vector<long long>',
  'double[]': 'vector<double>',
  'boolean[]': 'vector<bool>',
  'string[]': 'vector<string>',
  'int[][]': 'vector<vector<int>>',
  'string[][]': 'vector<vector<string>>',
};

function identitySolution(language: LanguageId, type: BasicType): string {
  switch (language) {
    case 'javascript':
      return 'function echo(value) { return value; }';
    case 'typescript':
      return 'function echo<T>(value: T): T { return value; }';
    case 'python':
      return 'def echo(value):\n    return value\n';
    case 'java':
      return `class Solution { public ${JAVA_TYPE[type]} echo(${JAVA_TYPE[type]} value) { return value; } }`;
    case 'cpp':
      return `class Solution { public: ${CPP_TYPE[type]} echo(${CPP_TYPE[type]}& value) { return value; } };`;
  }
}

describe.concurrent('value types round-trip through every harness', () => {
  for (const language of LANGUAGES) {
    for (const type of Object.keys(TYPE_SAMPLES) as BasicType[]) {
      it(`${type} in ${language}`, async () => {
        const problem: ProblemSpec = {
          functionName: { javascript: 'echo', typescript: 'echo', python: 'echo', java: 'echo', cpp: 'echo' },
          params: [{ name: 'value', type }],
          returns: type,
          compare: 'exact',
        };
        const testCases = TYPE_SAMPLES[type].map((value) => ({ args: [value], expected: value }));
        const result = await sandbox.judge({ language, code: identitySolution(language, type), problem, testCases });
        expect(result.results.map((r) => r.actual)).toEqual(TYPE_SAMPLES[type]);
        expect(result.status).toBe('accepted');
      });
    }
  }
});

const twoSum = PROBLEMS.twoSum;

describe.concurrent('verdicts', () => {
  it('detects a wrong answer and shows the actual value of visible cases only', async () => {
    const result = await sandbox.judge({
      language: 'python',
      code: 'def two_sum(nums, target):\n    return [0, 1]\n',
      problem: twoSum.spec,
      testCases: twoSum.testCases,
    });
    expect(result.status).toBe('wrong_answer');
    expect(result.results[0]).toMatchObject({ testCase: 1, passed: true, status: 'accepted' });
    expect(result.results[1]).toMatchObject({ testCase: 2, passed: false, status: 'wrong_answer', actual: [0, 1], expected: [1, 2] });
    const hidden = result.results.filter((r) => r.hidden);
    expect(hidden.map((r) => r.status)).toEqual(['wrong_answer', 'wrong_answer', 'wrong_answer']);
  });

  it('reports a wrong return type as a wrong answer', async () => {
    const result = await sandbox.judge({
      language: 'javascript',
      code: 'function twoSum() { return "0,1"; }',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 1),
    });
    expect(result.results[0]).toMatchObject({ status: 'wrong_answer', actual: '0,1' });
  });

  it('reports an exception as a runtime error of that case and keeps judging', async () => {
    const code = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (target == 6) throw new IllegalStateException("boom");
        return new int[] { 0, 1 };
    }
}`;
    const result = await sandbox.judge({ language: 'java', code, problem: twoSum.spec, testCases: twoSum.testCases.slice(0, 3) });
    expect(result.status).toBe('runtime_error');
    expect(result.results.map((r) => r.status)).toEqual(['accepted', 'runtime_error', 'runtime_error']);
    expect(result.results[1]?.error).toContain('IllegalStateException: boom');
  });

  it('attributes a crash to its case and skips the cases that never ran', async () => {
    const code = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        if (target == 6) { int* p = nullptr; *p = 1; }
        return {0, 1};
    }
};`;
    const result = await sandbox.judge({ language: 'cpp', code, problem: twoSum.spec, testCases: twoSum.testCases.slice(0, 3) });
    expect(result.status).toBe('runtime_error');
    expect(result.results.map((r) => r.status)).toEqual(['accepted', 'runtime_error', 'skipped']);
    expect(result.results[1]?.error).toMatch(
      /^Runtime error: the program was killed by signal 11 \(SIGSEGV, .*\) before returning a result/,
    );
  });

  it('gives time_limit_exceeded to the case that loops', async () => {
    const result = await sandbox.judge({
      language: 'javascript',
      code: 'function twoSum(nums, target) { if (target === 6) for (;;) {} return [0, 1]; }',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 3),
      limits: { timeLimitMs: 1000 },
    });
    expect(result.status).toBe('time_limit_exceeded');
    expect(result.results.map((r) => r.status)).toEqual(['accepted', 'time_limit_exceeded', 'skipped']);
    expect(result.results[1]?.error).toBe('Time limit exceeded: the test case ran longer than 1000 ms');
  });

  it('blames the startup time limit on the first case when the program never gets to it', async () => {
    const result = await sandbox.judge({
      language: 'python',
      code: 'while True:\n    pass\n\ndef two_sum(nums, target):\n    return [0, 1]\n',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 2),
      limits: { startupTimeLimitMs: 1500 },
    });
    expect(result.results.map((r) => r.status)).toEqual(['time_limit_exceeded', 'skipped']);
    expect(result.results[0]?.error).toBe('Time limit exceeded: the program took longer than 1500 ms to start');
  });

  it('gives memory_limit_exceeded to a case that exhausts memory', async () => {
    const result = await sandbox.judge({
      language: 'python',
      code: 'def two_sum(nums, target):\n    hoard = []\n    while True:\n        hoard.append(bytearray(10**6))\n',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 2),
      limits: { timeLimitMs: 8000, memoryLimitMb: 128 },
    });
    expect(result.status).toBe('memory_limit_exceeded');
    expect(result.results.map((r) => r.status)).toEqual(['memory_limit_exceeded', 'skipped']);
    expect(result.results[0]?.error).toMatch(/^Memory limit exceeded: the test case needed more than 128 MB/);
  });

  it('gives output_limit_exceeded to a case that prints too much', async () => {
    const result = await sandbox.judge({
      language: 'python',
      code: 'def two_sum(nums, target):\n    while True:\n        print("x" * 10000)\n',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 2),
      limits: { outputLimitBytes: 1024 * 1024 },
    });
    expect(result.results.map((r) => r.status)).toEqual(['output_limit_exceeded', 'skipped']);
    expect(result.results[0]?.error).toMatch(/^Output limit exceeded: the test case wrote more than 1 MB to stdout or stderr/);
  });

  it('keeps user prints out of the judge and shows them per visible case', async () => {
    const result = await sandbox.judge({
      language: 'javascript',
      code: 'function twoSum(nums, target) { console.log("checking", target); process.stdout.write("no newline"); return [0, 1]; }',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 2),
    });
    expect(result.results[0]?.stdout).toBe('checking 9\nno newline');
    expect(result.results[1]?.stdout).toBe('checking 6\nno newline');
  });

  it('does not stall when visible cases print more than a pipe holds before hidden ones run', async () => {
    for (const [language, code] of [
      ['javascript', 'function twoSum(nums, target) { console.log("x".repeat(300000)); return [0, 1]; }'],
      ['python', 'def two_sum(nums, target):\n    print("x" * 300000)\n    return [0, 1]\n'],
    ] as const) {
      const result = await sandbox.judge({
        language,
        code,
        problem: twoSum.spec,
        testCases: [
          { args: [[1, 2], 3], expected: [0, 1] },
          { args: [[1, 2], 3], expected: [0, 1], hidden: true },
        ],
        limits: { timeLimitMs: 2000, startupTimeLimitMs: 5000 },
      });
      expect(result.status).toBe('accepted');
      expect(result.results[0]?.stdout?.length).toBeGreaterThan(60_000);
    }
  });

  it('decodes invalid UTF-8 printed by a solution', async () => {
    const result = await sandbox.judge({
      language: 'python',
      code: 'import sys\ndef two_sum(nums, target):\n    sys.stdout.buffer.write(b"\\xff\\xfe bad \\xc3")\n    sys.stdout.flush()\n    return [0, 1]\n',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 1),
    });
    expect(result.status).toBe('accepted');
    expect(result.results[0]?.stdout).toBe('\ufffd\ufffd bad \ufffd');
  });
});

describe.concurrent('compile errors', () => {
  const cases: Array<[LanguageId, string, RegExp]> = [
    ['java', 'class Solution { public int[] twoSum(int[] nums, int target) { return nums } }', /Solution\.java:1: error: ';' expected/],
    ['cpp', 'class Solution { public: vector<int> twoSum(vector<int>& nums, int target) { return nums } };', /solution\.cpp:1:\d+: error/],
    [
      'typescript',
      'function twoSum(nums: number[], target: number): number[] { return [0, 1]; ',
      /ERROR\] Unexpected end of file[\s\S]*main\.ts:\d+:\d+/,
    ],
    ['python', 'def two_sum(nums, target)\n    return [0, 1]\n', /SyntaxError/],
    ['javascript', 'function twoSum(nums, target) { return [0, 1]; ', /SyntaxError/],
  ];
  for (const [language, code, message] of cases) {
    it(`are reported with the compiler's message in ${language}`, async () => {
      const result = await sandbox.judge({ language, code, problem: twoSum.spec, testCases: twoSum.testCases });
      expect(result.status).toBe('compile_error');
      expect(result.compileOutput).toMatch(message);
      expect(result.compileOutput).not.toContain('/box/');
      expect(result.results.every((r) => r.status === 'compile_error')).toBe(true);
      expect(result.results.filter((r) => r.hidden).every((r) => r.input === undefined)).toBe(true);
    });
  }

  it('reports a missing function clearly', async () => {
    const result = await sandbox.judge({
      language: 'python',
      code: 'def twoSum(nums, target):\n    return [0, 1]\n',
      problem: twoSum.spec,
      testCases: twoSum.testCases.slice(0, 2),
    });
    expect(result.status).toBe('runtime_error');
    expect(result.results[0]?.error).toContain('Function two_sum was not found');
  });
});

describe.concurrent('hidden test cases', () => {
  const MARK = 987_654_321;
  const testCases: TestCase[] = [
    { args: [[1, 2], 3], expected: [0, 1] },
    { args: [[MARK, 5], MARK + 5], expected: [0, 1], hidden: true },
    { args: [[4, MARK], MARK + 4], expected: [0, 1], hidden: true },
  ];
  const leaks = (value: unknown) => JSON.stringify(value).includes(String(MARK));

  it('cannot smuggle a hidden input out through the reported time or memory', async () => {
    // The harness measures inside the user's process: rewrite its clocks to encode the input.
    const code = `
function twoSum(nums, target) {
  process.resourceUsage = () => ({ maxRSS: nums[0] });
  const real = process.hrtime.bigint;
  process.hrtime.bigint = () => real() + BigInt(nums[0]) * 1000000n;
  return [0, 1];
}`;
    const result = await sandbox.judge({ language: 'javascript', code, problem: twoSum.spec, testCases });
    for (const r of result.results.filter((c) => c.hidden)) {
      expect(r.memoryKb).not.toBe(MARK);
      expect(r.memoryKb).toBeLessThan(512 * 1024);
      expect(r.runtimeMs).toBeLessThan(3000);
      expect(leaks(r)).toBe(false);
    }
  });

  it('reveal nothing but verdict, time and memory', async () => {
    const result = await sandbox.judge({
      language: 'javascript',
      code: 'function twoSum(nums, target) { console.log(JSON.stringify(nums)); throw new Error("saw " + target); }',
      problem: twoSum.spec,
      testCases,
    });
    for (const hidden of result.results.filter((r) => r.hidden)) {
      expect(Object.keys(hidden).sort()).toEqual(['hidden', 'memoryKb', 'passed', 'runtimeMs', 'status', 'testCase']);
    }
    expect(leaks(result)).toBe(false);
    expect(result.results[0]?.stdout).toBe('[1,2]\n');
  });

  it('stay secret even from code that reads ahead on stdin during a visible case', async () => {
    // A background thread started in the visible case waits for the hidden input and
    // prints it: the supervisor only sends hidden input after the visible results are in,
    // and never reveals what arrives after that.
    const code = `import sys, threading
def _spy():
    data = sys.stdin.buffer.read()
    print(data.decode(), flush=True)
    sys.stderr.write(data.decode())
    sys.stderr.flush()
def two_sum(nums, target):
    if target == 3:
        threading.Thread(target=_spy, daemon=False).start()
    return [0, 1]
`;
    const result = await sandbox.judge({ language: 'python', code, problem: twoSum.spec, testCases });
    expect(leaks(result)).toBe(false);
    expect(result.results[0]?.status).toBe('accepted');
  });

  it('stay secret from code that finds the nonce and forges compile/load markers', async () => {
    const code = `import sys, threading, json
def _forge(nonce):
    data = sys.stdin.buffer.read().decode()
    for kind in ("C", "E"):
        sys.stdout.write("\\n" + nonce + " " + kind + " " + json.dumps(data) + "\\n")
    sys.stdout.flush()
def two_sum(nums, target):
    frame = sys._getframe()
    while frame and "nonce" not in frame.f_locals:
        frame = frame.f_back
    if target == 3 and frame:
        threading.Thread(target=_forge, args=(frame.f_locals["nonce"],)).start()
    return [0, 1]
`;
    const result = await sandbox.judge({ language: 'python', code, problem: twoSum.spec, testCases });
    expect(leaks(result)).toBe(false);
    expect(result.status).not.toBe('compile_error');
  });

  it('are judged after visible ones but reported in the original order', async () => {
    const order: TestCase[] = [
      { args: [[5, 6], 11], expected: [0, 1], hidden: true },
      { args: [[1, 2], 3], expected: [0, 1] },
    ];
    const result = await sandbox.judge({ language: 'python', code: twoSum.solutions.python, problem: twoSum.spec, testCases: order });
    expect(result.results.map((r) => [r.testCase, r.hidden, r.status])).toEqual([
      [1, true, 'accepted'],
      [2, false, 'accepted'],
    ]);
  });
});
