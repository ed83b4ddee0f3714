import 'server-only';

import type { CheckerName, FunctionProblemSpec, ValueType } from './problems';
import { canonicalText, floatEqual, normalizeValue, typeShape, type Normalized } from './values';

/**
 * Trusted checkers for problems where several answers are right. A problem names one
 * (`compare: { checker: 'valid-topological-order' }`); it runs here, in the supervisor, on
 * canonical values (values.ts: a long is a bigint, a list or tree its array): the case's
 * arguments as given (before any in-place change), its expected value, and the answer, which
 * already has the problem's return type. Problem files never bring code of their own.
 */
export interface CheckerInput {
  args: unknown[];
  expected: unknown;
  actual: unknown;
}

export interface CheckerVerdict {
  pass: boolean;
  /** Why the answer is wrong, shown for visible cases. */
  message?: string;
}

export interface Checker {
  description: string;
  /** Why the checker cannot judge this problem (wrong param or return types), or null when it can. */
  fits(spec: FunctionProblemSpec, answerType: ValueType): string | null;
  /** Checks and canonicalises a case's expected value; by default it has the answer's type. */
  expected?(answerType: ValueType, expected: unknown): Normalized;
  check(input: CheckerInput): CheckerVerdict;
}

const pass: CheckerVerdict = { pass: true };
const fail = (message?: string): CheckerVerdict => ({ pass: false, ...(message ? { message } : {}) });

const isArrayType = (type: ValueType) => typeShape(type).dims > 0;

const INT_INDEXES = new Set<ValueType>(['int[]', 'long[]']);

export const CHECKERS: Record<CheckerName, Checker> = {
  'permutation-of-expected': {
    description: 'The answer holds the expected items in any order (the items themselves must match exactly).',
    fits: (_spec, answer) => (isArrayType(answer) ? null : 'needs an array answer'),
    check: ({ expected, actual }) => (canonicalText(actual, 1) === canonicalText(expected, 1) ? pass : fail()),
  },
  'any-order-of-groups': {
    description: 'The answer holds the expected groups in any order, and each group its members in any order.',
    fits: (_spec, answer) => (typeShape(answer).dims === 2 ? null : 'needs a two-level array answer (groups)'),
    check: ({ expected, actual }) => (canonicalText(actual, 2) === canonicalText(expected, 2) ? pass : fail()),
  },
  'one-of-expected': {
    description: 'The expected value lists every right answer; the answer must equal one of them exactly.',
    fits: () => null,
    expected(answerType, expected) {
      if (!Array.isArray(expected) || expected.length === 0) return { ok: false };
      const options: unknown[] = [];
      for (const option of expected) {
        const normalized = normalizeValue(answerType, option, 'case');
        if (!normalized.ok) return { ok: false };
        options.push(normalized.value);
      }
      return { ok: true, value: options };
    },
    check: ({ expected, actual }) => {
      const text = canonicalText(actual, 0);
      return (expected as unknown[]).some((option) => canonicalText(option, 0) === text) ? pass : fail();
    },
  },
  'float-tolerance': {
    description: 'Numbers at any depth match within 1e-5, absolute or relative (LeetCode’s usual tolerance).',
    fits: (_spec, answer) => (typeShape(answer).base === 'double' ? null : 'needs a double answer'),
    check: ({ expected, actual }) => (floatEqual(actual, expected, 1e-5) ? pass : fail()),
  },
  'any-valid-index-pair': {
    description:
      'Two Sum with several solutions: [i, j] in either order, two different indexes into the first argument whose values add up to the second.',
    fits: (spec, answer) =>
      INT_INDEXES.has(spec.params[0]?.type as ValueType) &&
      (spec.params[1]?.type === 'int' || spec.params[1]?.type === 'long') &&
      answer === 'int[]'
        ? null
        : 'needs params (int[] or long[], int or long) and an int[] answer',
    check: ({ args, actual }) => {
      const nums = args[0] as Array<number | bigint>;
      const target = BigInt(args[1] as number | bigint);
      const pair = actual as number[];
      if (pair.length !== 2) return fail(`Expected two indexes, got ${pair.length}.`);
      const [i, j] = pair as [number, number];
      if (i === j) return fail(`The two indexes must differ (both are ${i}).`);
      for (const k of [i, j]) if (k < 0 || k >= nums.length) return fail(`Index ${k} is outside the array (length ${nums.length}).`);
      const sum = BigInt(nums[i]!) + BigInt(nums[j]!);
      return sum === target ? pass : fail(`nums[${i}] + nums[${j}] = ${sum}, not ${target}.`);
    },
  },
  'valid-topological-order': {
    description:
      'Course Schedule II: the answer orders 0..n-1 (n the first argument) so that for every pair [a, b] of the second argument b comes before a; when no order exists (expected []), the answer must be [].',
    fits: (spec, answer) =>
      spec.params[0]?.type === 'int' && spec.params[1]?.type === 'int[][]' && answer === 'int[]'
        ? null
        : 'needs params (int n, int[][] pairs) and an int[] answer',
    check: ({ args, expected, actual }) => {
      const n = args[0] as number;
      const pairs = args[1] as number[][];
      const order = actual as number[];
      if ((expected as number[]).length === 0) return order.length === 0 ? pass : fail('No valid order exists: the answer must be [].');
      if (order.length !== n) return fail(`Expected an order of all ${n} nodes, got ${order.length}.`);
      const position = new Array<number>(n).fill(-1);
      for (let k = 0; k < order.length; k++) {
        const node = order[k]!;
        if (node < 0 || node >= n) return fail(`${node} is not a node (0..${n - 1}).`);
        if (position[node] !== -1) return fail(`${node} appears twice.`);
        position[node] = k;
      }
      for (const pair of pairs) {
        const [a, b] = pair as [number, number];
        if (position[b]! > position[a]!) return fail(`${b} must come before ${a}.`);
      }
      return pass;
    },
  },
};

export function isCheckerName(name: unknown): name is CheckerName {
  return typeof name === 'string' && Object.hasOwn(CHECKERS, name);
}
