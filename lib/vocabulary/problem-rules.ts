import 'server-only';

import { CHECKERS, isCheckerName, type CheckerVerdict } from './checkers';
import { SandboxInputError } from './errors';
import { parseJsonExact } from './json';
import type {
  CheckerName,
  CompareMode,
  DesignMethod,
  DesignProblemSpec,
  FunctionProblemSpec,
  ProblemParam,
  ProblemSpec,
  ReturnType,
  TestCase,
  ValueType,
} from './problems';
import type { LanguageId } from './languages';
import { displayValue, isMutableType, isReturnType, isValueType, normalizeValue, sameAnswer, wireJson, type Normalized } from './values';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Names the generated harnesses use for themselves. */
const RESERVED = /^(?:codemeet|__)|^constructor$/i;
export const MAX_TEST_CASES = 1000;

/** A test case checked against its problem, in the forms the engine needs. */
export interface PreparedCase {
  hidden: boolean;
  /** Canonical values (values.ts): what checkers and comparisons see. */
  args: unknown[];
  expected: unknown;
  /** The line the harness reads. */
  wire: string;
  /** What a visible case's result shows. */
  shownInput: unknown[];
  shownExpected: unknown;
}

export interface PreparedProblem {
  spec: ProblemSpec;
  cases: PreparedCase[];
}

export function isDesign(spec: ProblemSpec): spec is DesignProblemSpec {
  return spec.kind === 'design';
}

/**
 * Checks a problem spec and its test cases before anything runs. Names end up inside
 * generated source code, so they must be plain identifiers; values must match the
 * declared types, or the harnesses' typed readers would fail in confusing ways.
 */
export function validateProblem(problem: ProblemSpec, testCases: TestCase[], language: LanguageId): void {
  prepareProblem(problem, testCases, language);
}

/** validateProblem, returning the cases in canonical form. Throws SandboxInputError. */
export function prepareProblem(problem: ProblemSpec, testCases: TestCase[], language: LanguageId): PreparedProblem {
  if (typeof problem !== 'object' || problem === null) throw new SandboxInputError('problem must be an object');
  const kind: unknown = problem.kind;
  if (kind !== undefined && kind !== 'function' && kind !== 'design')
    throw new SandboxInputError(`unsupported problem kind ${String(kind)}`);
  if (!Array.isArray(testCases) || testCases.length === 0) throw new SandboxInputError('at least one test case is required');
  if (testCases.length > MAX_TEST_CASES) throw new SandboxInputError(`at most ${MAX_TEST_CASES} test cases are allowed`);
  const cases = isDesign(problem) ? prepareDesign(problem, testCases) : prepareFunction(problem, testCases, language);
  return { spec: problem, cases };
}

/* -------------------------------- functions ------------------------------- */

function prepareFunction(problem: FunctionProblemSpec, testCases: TestCase[], language: LanguageId): PreparedCase[] {
  const name = problem.functionName?.[language];
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new SandboxInputError(`problem has no valid function name for ${language}`);
  }
  checkParams(problem.params, 'problem params');
  if (!isReturnType(problem.returns)) throw new SandboxInputError(`unsupported return type ${String(problem.returns)}`);
  const answerType = answerTypeOf(problem);
  const checker = checkCompare(problem.compare, true);
  const fits = checker ? CHECKERS[checker].fits(problem, answerType) : null;
  if (fits) throw new SandboxInputError(`checker ${checker} does not fit this problem: it ${fits}`);
  const readExpected = (value: unknown): Normalized =>
    checker && CHECKERS[checker].expected ? CHECKERS[checker].expected(answerType, value) : normalizeValue(answerType, value, 'case');

  return testCases.map((testCase, i) => {
    const where = `test case ${i + 1}`;
    if (typeof testCase !== 'object' || testCase === null) throw new SandboxInputError(`${where} must be an object`);
    if (!Array.isArray(testCase.args) || testCase.args.length !== problem.params.length) {
      throw new SandboxInputError(`${where}: expected ${problem.params.length} arguments`);
    }
    const args = problem.params.map((param, k) => {
      const normalized = normalizeValue(param.type, testCase.args[k], 'case');
      if (!normalized.ok) throw new SandboxInputError(`${where}: argument ${param.name} is not a valid ${param.type}`);
      return normalized.value;
    });
    const expected = readExpected(testCase.expected);
    if (!expected.ok) {
      const what = checker === 'one-of-expected' ? `a non-empty list of ${answerType} answers` : `a valid ${answerType}`;
      throw new SandboxInputError(`${where}: expected value is not ${what}`);
    }
    return {
      hidden: testCase.hidden === true,
      args,
      expected: expected.value,
      wire: wireJson(args),
      shownInput: args.map(displayValue),
      shownExpected: displayValue(expected.value),
    };
  });
}

/** What a function problem's cases expect: the return value, or for `mutates` the changed argument. */
function answerTypeOf(problem: FunctionProblemSpec): ValueType {
  const { mutates, returns, params } = problem;
  if (mutates === undefined) {
    if (returns === 'void') throw new SandboxInputError('a function returning void must name the param it changes (mutates)');
    return returns;
  }
  if (!Number.isInteger(mutates) || mutates < 0 || mutates >= params.length) {
    throw new SandboxInputError(`mutates must be the index of a param (0..${params.length - 1})`);
  }
  if (returns !== 'void') throw new SandboxInputError('a function that changes its argument (mutates) must return void');
  const param = params[mutates]!;
  if (!isMutableType(param.type)) throw new SandboxInputError(`param ${param.name} (${param.type}) cannot be changed in place`);
  return param.type;
}

function checkParams(params: unknown, what: string): asserts params is ProblemParam[] {
  if (!Array.isArray(params)) throw new SandboxInputError(`${what} must be an array`);
  for (const param of params as Array<Partial<ProblemParam> | null>) {
    if (typeof param !== 'object' || param === null) throw new SandboxInputError(`${what} must be { name, type } objects`);
    if (!isValueType(param.type)) throw new SandboxInputError(`unsupported param type ${String(param.type)}`);
    if (typeof param.name !== 'string' || param.name === '') throw new SandboxInputError(`${what}: every param needs a name`);
  }
}

/** Returns the checker's name when the mode names one. */
function checkCompare(compare: CompareMode, allowChecker: boolean): CheckerName | null {
  const checker = checkerOf(compare);
  const ok =
    compare === 'exact' ||
    compare === 'unordered' ||
    compare === 'unordered-deep' ||
    (typeof compare === 'object' &&
      compare !== null &&
      (('float' in compare && typeof compare.float === 'number' && compare.float >= 0) || (allowChecker && checker !== null)));
  if (!ok) {
    const named = typeof compare === 'object' && compare !== null && 'checker' in compare;
    throw new SandboxInputError(
      named && allowChecker
        ? `unknown checker ${String(compare.checker)}`
        : named
          ? 'design problems compare each call; they take no checker'
          : 'unsupported compare mode',
    );
  }
  return checker;
}

function checkerOf(compare: CompareMode): CheckerName | null {
  if (typeof compare !== 'object' || compare === null || !('checker' in compare)) return null;
  return isCheckerName(compare.checker) ? compare.checker : null;
}

/* --------------------------------- design --------------------------------- */

function prepareDesign(problem: DesignProblemSpec, testCases: TestCase[]): PreparedCase[] {
  const className = problem.className;
  if (typeof className !== 'string' || !IDENTIFIER.test(className) || RESERVED.test(className)) {
    throw new SandboxInputError('design problem has no valid class name');
  }
  checkParams(problem.constructorParams, 'constructor params');
  if (!Array.isArray(problem.methods) || problem.methods.length === 0) throw new SandboxInputError('design problem needs methods');
  const methods = new Map<string, DesignMethod>();
  for (const method of problem.methods) {
    const name: unknown = method?.name;
    if (typeof name !== 'string' || !IDENTIFIER.test(name) || RESERVED.test(name) || name === className) {
      throw new SandboxInputError(`invalid method name ${String(name)}`);
    }
    if (methods.has(name)) throw new SandboxInputError(`method ${name} is declared twice`);
    checkParams(method.params, `method ${name} params`);
    if (!isReturnType(method.returns)) throw new SandboxInputError(`unsupported return type ${String(method.returns)} of method ${name}`);
    methods.set(name, method);
  }
  checkCompare(problem.compare, false);

  return testCases.map((testCase, i) => {
    const where = `test case ${i + 1}`;
    if (typeof testCase !== 'object' || testCase === null) throw new SandboxInputError(`${where} must be an object`);
    const [ops, calls] = Array.isArray(testCase.args) && testCase.args.length === 2 ? testCase.args : [];
    if (!Array.isArray(ops) || !Array.isArray(calls) || ops.length === 0) {
      throw new SandboxInputError(`${where}: arguments must be [operations, arguments of each operation]`);
    }
    if (ops.length !== calls.length) {
      throw new SandboxInputError(`${where}: ${ops.length} operations but ${calls.length} argument lists`);
    }
    if (ops[0] !== className) throw new SandboxInputError(`${where}: the first operation must be the constructor ${className}`);
    const expected = testCase.expected;
    if (!Array.isArray(expected) || expected.length !== ops.length) {
      throw new SandboxInputError(`${where}: expected must hold one result per operation (${ops.length})`);
    }
    const canonicalCalls: unknown[][] = [];
    const canonicalExpected: unknown[] = [];
    ops.forEach((op: unknown, k) => {
      const at = `${where}, operation ${k} (${String(op)})`;
      const signature = k === 0 ? { params: problem.constructorParams, returns: 'void' as ReturnType } : methods.get(op as string);
      if (typeof op !== 'string' || !signature || (k > 0 && op === className)) {
        throw new SandboxInputError(`${at}: not a method of ${className}`);
      }
      const callArgs: unknown = calls[k];
      if (!Array.isArray(callArgs) || callArgs.length !== signature.params.length) {
        throw new SandboxInputError(`${at}: expected ${signature.params.length} arguments`);
      }
      canonicalCalls.push(
        signature.params.map((param, p) => {
          const normalized = normalizeValue(param.type, callArgs[p], 'case');
          if (!normalized.ok) throw new SandboxInputError(`${at}: argument ${param.name} is not a valid ${param.type}`);
          return normalized.value;
        }),
      );
      if (signature.returns === 'void') {
        if (expected[k] !== null) throw new SandboxInputError(`${at}: returns nothing, so its expected result must be null`);
        canonicalExpected.push(null);
      } else {
        const normalized = normalizeValue(signature.returns, expected[k], 'case');
        if (!normalized.ok) throw new SandboxInputError(`${at}: expected result is not a valid ${signature.returns}`);
        canonicalExpected.push(normalized.value);
      }
    });
    const args = [ops.slice() as string[], canonicalCalls];
    return {
      hidden: testCase.hidden === true,
      args,
      expected: canonicalExpected,
      wire: wireJson(args),
      shownInput: [args[0], canonicalCalls.map((call) => call.map(displayValue))],
      shownExpected: displayValue(canonicalExpected),
    };
  });
}

/* --------------------------------- answers -------------------------------- */

export interface AnswerVerdict {
  status: 'accepted' | 'wrong_answer';
  /** The answer as shown to the user. */
  actual: unknown;
  /** Why a wrong answer is wrong, when there is more to say than the values. */
  message?: string;
}

/** Judges what the harness reported (parsed JSON, longs exact) against a prepared case. */
export function judgeAnswer(spec: ProblemSpec, testCase: PreparedCase, reported: unknown): AnswerVerdict {
  return isDesign(spec) ? judgeDesign(spec, testCase, reported) : judgeFunction(spec, testCase, reported);
}

function judgeFunction(spec: FunctionProblemSpec, testCase: PreparedCase, reported: unknown): AnswerVerdict {
  const type = spec.mutates === undefined ? (spec.returns as ValueType) : spec.params[spec.mutates]!.type;
  const answer = normalizeValue(type, reported, 'result');
  if (!answer.ok) return { status: 'wrong_answer', actual: shown(reported), message: `The answer is not a valid ${type}.` };
  const actual = displayValue(answer.value);
  const checker = checkerOf(spec.compare);
  if (checker) {
    let verdict: CheckerVerdict;
    try {
      verdict = CHECKERS[checker].check({ args: testCase.args, expected: testCase.expected, actual: answer.value });
    } catch {
      // A checker bug must not fail the whole judge: the answer just is not proven right.
      verdict = { pass: false, message: `The checker ${checker} could not judge this answer.` };
    }
    return { status: verdict.pass ? 'accepted' : 'wrong_answer', actual, ...(verdict.message ? { message: verdict.message } : {}) };
  }
  const mode = spec.compare as Exclude<CompareMode, { checker: string }>;
  return { status: sameAnswer(mode, answer.value, testCase.expected) ? 'accepted' : 'wrong_answer', actual };
}

function judgeDesign(spec: DesignProblemSpec, testCase: PreparedCase, reported: unknown): AnswerVerdict {
  const ops = testCase.args[0] as string[];
  const expected = testCase.expected as unknown[];
  if (!Array.isArray(reported) || reported.length !== ops.length) {
    return { status: 'wrong_answer', actual: shown(reported), message: `Expected one result per operation (${ops.length}).` };
  }
  const methods = new Map(spec.methods.map((method) => [method.name, method]));
  const actual: unknown[] = [];
  let firstWrong: string | undefined;
  reported.forEach((result, k) => {
    const returns = k === 0 ? 'void' : (methods.get(ops[k]!)?.returns ?? 'void');
    const answer: Normalized = returns === 'void' ? { ok: true, value: null } : normalizeValue(returns, result, 'result');
    actual.push(answer.ok ? displayValue(answer.value) : shown(result));
    const right = answer.ok && sameAnswer(spec.compare, answer.value, expected[k]);
    if (!right && firstWrong === undefined) {
      const got = answer.ok ? JSON.stringify(displayValue(answer.value)) : `${JSON.stringify(shown(result))}, not a valid ${returns}`;
      firstWrong = `Operation ${k} (${ops[k]}): expected ${JSON.stringify(displayValue(expected[k]))}, got ${got}.`;
    }
  });
  return firstWrong === undefined ? { status: 'accepted', actual } : { status: 'wrong_answer', actual, message: firstWrong };
}

/** A reported value that did not fit its type, shown as JSON can carry it. */
function shown(value: unknown): unknown {
  try {
    return displayValue(value);
  } catch {
    return '(a value too deeply nested to show)';
  }
}

/* ------------------------------ harness plan ------------------------------ */

/** What the JavaScript and Python harnesses need to know to read arguments and write answers. */
export interface HarnessPlan {
  kind: 'function' | 'design';
  /** Function name, or the design problem's class name. */
  name: string;
  /** Function params, or the constructor's. */
  params: ValueType[];
  returns: ReturnType;
  mutates: number | null;
  methods: Record<string, { params: ValueType[]; returns: ReturnType }>;
}

export function harnessPlan(spec: ProblemSpec, language: LanguageId): HarnessPlan {
  if (isDesign(spec)) {
    const methods: HarnessPlan['methods'] = {};
    for (const method of spec.methods) methods[method.name] = { params: method.params.map((p) => p.type), returns: method.returns };
    return {
      kind: 'design',
      name: spec.className,
      params: spec.constructorParams.map((p) => p.type),
      returns: 'void',
      mutates: null,
      methods,
    };
  }
  return {
    kind: 'function',
    name: spec.functionName[language],
    params: spec.params.map((p) => p.type),
    returns: spec.returns,
    mutates: spec.mutates ?? null,
    methods: {},
  };
}

/* --------------------------------- strings -------------------------------- */

/**
 * Converts the contract's string form of a test case ({ input: "[2,7,11,15], 9",
 * expectedOutput: "[0,1]" }) into a TestCase: the input is a comma-separated list of
 * JSON values, one per parameter. Integers beyond 2^53 stay exact (for long params).
 */
export function testCaseFromStrings(input: string, expectedOutput: string, hidden = false): TestCase {
  let args: unknown;
  let expected: unknown;
  try {
    args = parseJsonExact(`[${input}]`);
    expected = parseJsonExact(expectedOutput);
  } catch {
    throw new SandboxInputError('test case input and expected output must be JSON values');
  }
  if (!Array.isArray(args)) throw new SandboxInputError('test case input must be a list of JSON values');
  return { args, expected, ...(hidden ? { hidden } : {}) };
}
