import 'server-only';

import { stringifyExact } from './json';
import type { CompareMode, ElementType, NodeType, ReturnType, ValueType } from './problems';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const DECIMAL = /^-?(?:0|[1-9]\d{0,18})$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const ELEMENT_TYPES: readonly ElementType[] = ['int', 'long', 'double', 'boolean', 'char', 'string'];
export const NODE_TYPES: readonly NodeType[] = ['ListNode', 'TreeNode'];

/** Every value type: each element type with 0, 1 or 2 array levels, each node type alone or in an array. */
export const VALUE_TYPES: readonly ValueType[] = [
  ...ELEMENT_TYPES.flatMap((t): ValueType[] => [t, `${t}[]`, `${t}[][]`]),
  ...NODE_TYPES.flatMap((t): ValueType[] => [t, `${t}[]`]),
];
const VALUE_TYPE_SET = new Set<string>(VALUE_TYPES);

export interface TypeShape {
  base: ElementType | NodeType;
  /** Array levels around the base type. */
  dims: number;
}

export function typeShape(type: ValueType): TypeShape {
  const at = type.indexOf('[');
  if (at < 0) return { base: type as ElementType | NodeType, dims: 0 };
  return { base: type.slice(0, at) as ElementType | NodeType, dims: (type.length - at) / 2 };
}

export function isValueType(type: unknown): type is ValueType {
  return typeof type === 'string' && VALUE_TYPE_SET.has(type);
}

export function isReturnType(type: unknown): type is ReturnType {
  return type === 'void' || isValueType(type);
}

/** Whether a function can change an argument of this type in place (arrays and nodes; not strings or numbers). */
export function isMutableType(type: ValueType): boolean {
  const { base, dims } = typeShape(type);
  return dims > 0 || base === 'ListNode' || base === 'TreeNode';
}

/**
 * Where a value comes from. Test cases may use authoring forms (a long as a decimal string, an
 * empty list or tree as null); a harness's result must use the plain JSON form.
 */
export type ValueSource = 'case' | 'result';

const INVALID = Symbol('invalid');
type Leaf = (value: unknown, source: ValueSource) => unknown;

const LEAVES: Record<ElementType | NodeType, Leaf> = {
  int: (v) => (Number.isInteger(v) && (v as number) >= INT_MIN && (v as number) <= INT_MAX ? v : INVALID),
  long: (v, source) => {
    let n: bigint;
    if (typeof v === 'number') {
      // A JSON number above 2^53 was rounded before we saw it: such values must come as strings.
      if (!Number.isSafeInteger(v)) return INVALID;
      n = BigInt(v);
    } else if (typeof v === 'bigint') {
      n = v;
    } else if (typeof v === 'string' && source === 'case' && DECIMAL.test(v)) {
      n = BigInt(v);
    } else {
      return INVALID;
    }
    return n >= LONG_MIN && n <= LONG_MAX ? n : INVALID;
  },
  double: (v) => {
    // A harness may print an integral double as a long integer literal (JavaScript's 1e20).
    const n = typeof v === 'bigint' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : INVALID;
  },
  boolean: (v) => (typeof v === 'boolean' ? v : INVALID),
  // One ASCII character: C++'s char is a byte, Java's a UTF-16 unit; ASCII means the same in both.
  char: (v) => (typeof v === 'string' && v.length === 1 && v.charCodeAt(0) < 0x80 ? v : INVALID),
  // Well-formed UTF-16 only: a lone surrogate has no UTF-8 form, so C++ could never see it.
  string: (v) => (typeof v === 'string' && !LONE_SURROGATE.test(v) ? v : INVALID),
  ListNode: (v) => {
    if (v === null) return [];
    if (!Array.isArray(v) || !v.every((x) => LEAVES.int(x, 'result') !== INVALID)) return INVALID;
    return v.slice();
  },
  TreeNode: (v) => (v === null ? [] : canonicalTree(v)),
};

/**
 * A level-order tree array without its trailing nulls (LeetCode's form): every non-null entry is a
 * node whose two children follow in order, null for a missing child. Invalid when an entry is not an
 * int or null, or when there are more entries than the nodes before them have child slots.
 */
function canonicalTree(value: unknown): unknown {
  if (!Array.isArray(value)) return INVALID;
  let end = value.length;
  while (end > 0 && value[end - 1] === null) end--;
  const items = value.slice(0, end);
  if (items.length === 0) return items;
  if (!items.every((x) => x === null || LEAVES.int(x, 'result') !== INVALID)) return INVALID;
  if (items[0] === null) return INVALID;
  // Entry i > 0 is a child slot of the ((i - 1) >> 1)-th non-null entry.
  let nodes = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && (i - 1) >> 1 >= nodes) return INVALID;
    if (items[i] !== null) nodes++;
  }
  return items;
}

function canonicalOf(base: ElementType | NodeType, dims: number, value: unknown, source: ValueSource): unknown {
  if (dims === 0) return LEAVES[base](value, source);
  if (!Array.isArray(value)) return INVALID;
  const out = new Array<unknown>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = canonicalOf(base, dims - 1, value[i], source);
    if (item === INVALID) return INVALID;
    out[i] = item;
  }
  return out;
}

export type Normalized = { ok: true; value: unknown } | { ok: false };

/**
 * Checks a value against its type and brings it to the canonical form the judge compares: a long
 * becomes a bigint, a list or tree its plain array (trailing nulls trimmed), the rest stays JSON.
 */
export function normalizeValue(type: ValueType, value: unknown, source: ValueSource): Normalized {
  const { base, dims } = typeShape(type);
  const canonical = canonicalOf(base, dims, value, source);
  return canonical === INVALID ? { ok: false } : { ok: true, value: canonical };
}

export function matchesType(type: ValueType, value: unknown): boolean {
  return normalizeValue(type, value, 'case').ok;
}

/** A canonical value as plain JSON for results: a long within ±(2^53 - 1) is a number, beyond it a decimal string. */
export function displayValue(value: unknown): unknown {
  if (typeof value === 'bigint')
    return value >= -Number.MAX_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER ? Number(value) : String(value);
  if (Array.isArray(value)) return value.map(displayValue);
  return value;
}

/** A canonical value as the harnesses read it: a long is a decimal string, so JSON.parse cannot round it. */
export function wireJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}

type BuiltInCompare = Exclude<CompareMode, { checker: string }>;

/** Does `actual` (a harness's result) equal `expected` (a test case's value) under a built-in compare mode? */
export function valuesEqual(type: ValueType, mode: BuiltInCompare, actual: unknown, expected: unknown): boolean {
  const answer = normalizeValue(type, actual, 'result');
  const wanted = normalizeValue(type, expected, 'case');
  return answer.ok && wanted.ok && sameAnswer(mode, answer.value, wanted.value);
}

/** Does canonical `actual` equal canonical `expected` under a built-in compare mode? */
export function sameAnswer(mode: BuiltInCompare, actual: unknown, expected: unknown): boolean {
  if (typeof mode === 'object') return floatEqual(actual, expected, mode.float);
  if (mode === 'exact') return canonicalText(actual, 0) === canonicalText(expected, 0);
  const depth = mode === 'unordered' ? 1 : Infinity;
  return canonicalText(actual, depth) === canonicalText(expected, depth);
}

/** JSON text with arrays sorted down to `unorderedDepth` levels, so unordered results compare as strings. */
export function canonicalText(value: unknown, unorderedDepth: number): string {
  if (!Array.isArray(value)) return stringifyExact(value);
  const items = value.map((item) => canonicalText(item, unorderedDepth - 1));
  if (unorderedDepth > 0) items.sort();
  return `[${items.join(',')}]`;
}

/** Numbers within eps (absolute, or relative to the expected value) at any depth; anything else exactly. */
export function floatEqual(actual: unknown, expected: unknown, eps: number): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const diff = Math.abs(actual - expected);
    return diff <= eps || diff <= eps * Math.abs(expected);
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((item, i) => floatEqual(item, expected[i], eps));
  }
  return actual === expected;
}
