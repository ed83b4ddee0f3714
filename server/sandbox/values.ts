import 'server-only';

import type { CompareMode, ValueType } from './types';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

type Check = (value: unknown) => boolean;

const isInt: Check = (v) => Number.isInteger(v) && (v as number) >= INT_MIN && (v as number) <= INT_MAX;
// JSON numbers above 2^53 are already rounded by the time we see them; accept any safe integer.
const isLong: Check = (v) => Number.isSafeInteger(v);
const isDouble: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isString: Check = (v) => typeof v === 'string';
const arrayOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);

/** The one table of supported value types; languages map each entry to their own types. */
const VALUE_CHECKS: Record<ValueType, Check> = {
  int: isInt,
  long: isLong,
  double: isDouble,
  boolean: isBoolean,
  string: isString,
  'int[]': arrayOf(isInt),
  'long[]': arrayOf(isLong),
  'double[]': arrayOf(isDouble),
  'boolean[]': arrayOf(isBoolean),
  'string[]': arrayOf(isString),
  'int[][]': arrayOf(arrayOf(isInt)),
  'string[][]': arrayOf(arrayOf(isString)),
};

export const VALUE_TYPES = Object.keys(VALUE_CHECKS) as ValueType[];

export function isValueType(type: string): type is ValueType {
  return Object.hasOwn(VALUE_CHECKS, type);
}

export function matchesType(type: ValueType, value: unknown): boolean {
  return VALUE_CHECKS[type](value);
}

/** Does `actual` (already known to match `type`) equal `expected` under `mode`? */
export function valuesEqual(type: ValueType, mode: CompareMode, actual: unknown, expected: unknown): boolean {
  if (!matchesType(type, actual)) return false;
  if (typeof mode === 'object') return floatEqual(actual, expected, mode.float);
  if (mode === 'exact') return canonical(actual, 0) === canonical(expected, 0);
  const depth = mode === 'unordered' ? 1 : Infinity;
  return canonical(actual, depth) === canonical(expected, depth);
}

/** JSON text with arrays sorted down to `unorderedDepth` levels, so unordered results compare as strings. */
function canonical(value: unknown, unorderedDepth: number): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  const items = value.map((item) => canonical(item, unorderedDepth - 1));
  if (unorderedDepth > 0) items.sort();
  return `[${items.join(',')}]`;
}

function floatEqual(actual: unknown, expected: unknown, eps: number): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const diff = Math.abs(actual - expected);
    return diff <= eps || diff <= eps * Math.abs(expected);
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((item, i) => floatEqual(item, expected[i], eps));
  }
  return actual === expected;
}
