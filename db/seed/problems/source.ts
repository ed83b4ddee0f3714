import type { LanguageId } from '@/lib/vocabulary/languages';
import type { ProblemSpec, TestCase } from '@/lib/vocabulary/problems';

/**
 * One coding problem of the practice bank, reviewed as one TypeScript file per problem in
 * db/seed/problems/<slug>.ts (`export default defineProblem({...})`). Code is kept as template
 * strings, readable as code; the constraints' largest case is built by a deterministic function
 * (its input would be megabytes of JSON) together with its expected answer.
 *
 * Proof (scripts/prove-problems.ts, and the sandbox suite in CI): every reference solution, in
 * every language, passes every case through the real sandbox, and the brute-force solution, when
 * kept, exceeds the time limit on the largest case while the references pass it.
 */
export const LANGUAGES = ['javascript', 'typescript', 'python', 'java', 'cpp'] as const satisfies readonly LanguageId[];

export const CATEGORIES = [
  'array',
  'string',
  'hash-table',
  'two-pointers',
  'stack',
  'linked-list',
  'tree',
  'graph',
  'binary-search',
  'dynamic-programming',
  'heap',
  'design',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DIFFICULTIES = ['Easy', 'Medium', 'Hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface Localized {
  en: string;
  zh: string;
}

export interface ProblemSource {
  /** Kebab-case, unique, stable: the problem's address (`/practice/two-sum`). */
  slug: string;
  title: Localized;
  difficulty: Difficulty;
  category: Category;
  /** Further topics (`array`, `sorting`…), for search. */
  tags: string[];
  /** Markdown, without the examples, constraints and hints (they have their own fields). */
  statement: Localized;
  examples: Array<{ input: string; output: string; explanation?: Localized }>;
  /** As LeetCode writes them: `1 <= nums.length <= 10^5`. */
  constraints: string[];
  hints: Localized[];
  /** The signature in the engine's value types (lib/vocabulary/problems.ts). */
  spec: ProblemSpec;
  /** Per test case (time) and per run (memory). */
  limits: { timeLimitMs: number; memoryLimitMb: number };
  /** What the editor opens with, per language: the signature and an empty body. */
  starter: Record<LanguageId, string>;
  /** A correct, efficient solution per language. */
  solutions: Record<LanguageId, string>;
  /** A correct but slow solution that must exceed the time limit on the largest case. */
  brute?: { language: LanguageId; code: string };
  /** Shown to the user and run by "Run": the examples, in the engine's JSON form. */
  visible: TestCase[];
  /** Judged on submit, never shown: at least 10, edge cases among them. */
  hidden: TestCase[];
  /** The constraints' largest input and its answer, built deterministically. */
  largest: () => TestCase;
}

export const defineProblem = (problem: ProblemSource): ProblemSource => problem;

/** A small deterministic generator (mulberry32) for the largest cases: the same input on every machine and start. */
export function seededRandom(seed: number): { next(): number; int(min: number, max: number): number } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}
