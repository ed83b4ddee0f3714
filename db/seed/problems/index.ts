import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES, DIFFICULTIES, LANGUAGES, type ProblemSource } from './source';

export const PROBLEMS_FOLDER = path.resolve(process.cwd(), 'db/seed/problems');
const NOT_PROBLEMS = new Set(['index.ts', 'source.ts']);

/** Every problem file of the bank (db/seed/problems/<slug>.ts), in slug order; `only` narrows to those slugs. */
export async function loadProblemSources(only: string[] = []): Promise<ProblemSource[]> {
  const files = (await fs.readdir(PROBLEMS_FOLDER)).filter((name) => name.endsWith('.ts') && !NOT_PROBLEMS.has(name)).sort();
  const wanted = only.length ? files.filter((name) => only.includes(name.slice(0, -3))) : files;
  return Promise.all(
    wanted.map(async (name) => {
      const loaded = (await import(pathToFileURL(path.join(PROBLEMS_FOLDER, name)).href)) as { default: ProblemSource };
      return loaded.default;
    }),
  );
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
