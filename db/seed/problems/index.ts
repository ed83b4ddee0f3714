import path from 'node:path';
import { PROBLEM_SOURCES } from './all';
import { CATEGORIES, DIFFICULTIES, LANGUAGES, type ProblemSource } from './source';

export const PROBLEMS_FOLDER = path.resolve(process.cwd(), 'db/seed/problems');
/** Files of the folder that are not problems. */
export const NOT_PROBLEM_FILES = ['index.ts', 'source.ts', 'all.ts'];

/** Every problem of the bank (db/seed/problems/all.ts), in slug order; `only` narrows to those slugs. */
export function loadProblemSources(only: string[] = []): ProblemSource[] {
  return only.length ? PROBLEM_SOURCES.filter((p) => only.includes(p.slug)) : [...PROBLEM_SOURCES];
}

/**
 * A seeded problem's largest case, built by its file's generator (deterministic), or null when the
 * bank has no file of that slug. lib/questions/largest.ts stores it the first time a full judge
 * of the question needs it; nothing else calls this at run time.
 */
export function buildLargestCase(slug: string): { args: unknown[]; expected: unknown } | null {
  const source = PROBLEM_SOURCES.find((p) => p.slug === slug);
  if (!source) return null;
  const { args, expected } = source.largest();
  return { args, expected };
}

/** What a problem file must hold before it is worth running; empty when it holds it. */
export function problemFileProblems(problem: ProblemSource, fileSlug: string): string[] {
  const out: string[] = [];
  if (problem.slug !== fileSlug) out.push(`slug ${problem.slug} is not its file name ${fileSlug}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(problem.slug)) out.push('slug must be kebab-case');
  if (!DIFFICULTIES.includes(problem.difficulty)) out.push(`difficulty ${problem.difficulty}`);
  if (!CATEGORIES.includes(problem.category)) out.push(`category ${problem.category}`);
  for (const field of ['title', 'statement'] as const) {
    if (!problem[field].en.trim() || !problem[field].zh.trim()) out.push(`${field} needs en and zh`);
  }
  if (problem.examples.length === 0) out.push('no examples');
  if (problem.constraints.length === 0) out.push('no constraints');
  if (problem.hints.length === 0) out.push('no hints');
  for (const language of LANGUAGES) {
    if (!problem.starter[language]?.trim()) out.push(`no starter code in ${language}`);
    if (!problem.solutions[language]?.trim()) out.push(`no reference solution in ${language}`);
  }
  if (problem.visible.length === 0) out.push('no visible cases');
  if (problem.hidden.length < 10) out.push(`${problem.hidden.length} hidden cases (at least 10)`);
  if (problem.visible.some((c) => c.hidden) || problem.hidden.some((c) => c.hidden === false))
    out.push('visible/hidden flags disagree with the lists');
  return out;
}
