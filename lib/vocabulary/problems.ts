/**
 * The problem format, shared by the judge (server/sandbox) and the domain (lib/questions, the
 * bank in db/): what a problem's signature is, the value types its arguments and answers take,
 * and what a test case holds. Its rules (validation, canonical values, checkers) are in
 * problem-rules.ts, values.ts and checkers.ts beside this file.
 */
import type { LanguageId } from './languages';

/** Scalar element types. `char` is one ASCII character (JSON: a one-character string). */
export type ElementType = 'int' | 'long' | 'double' | 'boolean' | 'char' | 'string';

/** LeetCode's node classes, predefined in every harness; JSON: ListNode `[1,2,3]`, TreeNode level order `[3,9,20,null,null,15,7]`. */
export type NodeType = 'ListNode' | 'TreeNode';

/**
 * Value types a problem may use: an element type with up to two array levels, a node type,
 * or an array of node types. Adding one means: a validator in values.ts and a reader/writer
 * in each language's harness generator.
 */
export type ValueType = ElementType | `${ElementType}[]` | `${ElementType}[][]` | NodeType | `${NodeType}[]`;

/** What a function or method returns; 'void' for in-place answers and design methods without a result. */
export type ReturnType = ValueType | 'void';

/** The trusted checkers of checkers.ts, for problems where several answers are right. */
export type CheckerName =
  | 'permutation-of-expected'
  | 'any-order-of-groups'
  | 'one-of-expected'
  | 'float-tolerance'
  | 'any-valid-index-pair'
  | 'valid-topological-order';

/**
 * How an actual answer is compared with the expected one:
 * - 'exact': deep equality;
 * - 'unordered': the top-level array may be in any order;
 * - 'unordered-deep': every array level may be in any order (groupings, subsets);
 * - { float: eps }: numbers match within eps absolute or relative error;
 * - { checker: name }: a checker of the fixed registry in checkers.ts decides (function problems only).
 */
export type CompareMode = 'exact' | 'unordered' | 'unordered-deep' | { float: number } | { checker: CheckerName };

export interface ProblemParam {
  name: string;
  type: ValueType;
}

/** The user writes one function (or Solution method); the judge calls it once per test case. */
export interface FunctionProblemSpec {
  kind?: 'function';
  /** Name of the function (or Solution method) the user writes, per language. */
  functionName: Record<LanguageId, string>;
  params: ProblemParam[];
  returns: ReturnType;
  /**
   * In-place answers: the index of the param the function changes. `returns` is then 'void',
   * and the case's `expected` is that argument's value after the call.
   */
  mutates?: number;
  compare: CompareMode;
}

export interface DesignMethod {
  /** The same name in every language, as LeetCode does (`getMin` in Python too). */
  name: string;
  params: ProblemParam[];
  returns: ReturnType;
}

/**
 * The user writes a class; each test case constructs it and calls its methods in order (LeetCode's
 * format): args `[["LRUCache","put","get"], [[2],[1,1],[1]]]`, expected `[null,null,1]` (null for the
 * constructor and for void methods). Each call's result is compared with `compare`.
 */
export interface DesignProblemSpec {
  kind: 'design';
  className: string;
  constructorParams: ProblemParam[];
  methods: DesignMethod[];
  compare: Exclude<CompareMode, { checker: CheckerName }>;
}

export type ProblemSpec = FunctionProblemSpec | DesignProblemSpec;

export interface TestCase {
  /**
   * One JSON value per param, in order (design problems: `[operations, arguments per operation]`).
   * A `long` is a JSON integer up to 2^53 - 1 in magnitude, or a decimal string (or a bigint) for
   * any 64-bit value; a ListNode or TreeNode is its array form (`[]` or null when empty).
   */
  args: unknown[];
  /** The expected answer in the same forms (for `mutates`, the argument after the call). */
  expected: unknown;
  /** Hidden cases are judged without revealing input, expected, actual output, stdout or error. */
  hidden?: boolean;
}
