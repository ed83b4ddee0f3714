import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionCases, questionLargestCases, questions } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { logger } from '@/lib/logger';
import { loadProblemSources } from './problems';
import type { ProblemSource } from './problems/source';

/** A case value as JSON can store it: a 64-bit integer (a bigint in a problem file) becomes its decimal string, as the judge reads longs. */
export function storableValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(storableValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storableValue(v)]));
  return value;
}

function questionRow(problem: ProblemSource) {
  return {
    slug: problem.slug,
    titleEn: problem.title.en,
    titleZh: problem.title.zh,
    difficulty: problem.difficulty,
    category: problem.category,
    tags: problem.tags,
    statementEn: problem.statement.en,
    statementZh: problem.statement.zh,
    examples: problem.examples,
    constraints: problem.constraints,
    hints: problem.hints,
    spec: problem.spec,
    timeLimitMs: problem.limits.timeLimitMs,
    memoryLimitMb: problem.limits.memoryLimitMb,
    starter: problem.starter,
    solutions: problem.solutions,
    brute: problem.brute ?? null,
    // The bank's files are proven in CI (tests/sandbox/problem-bank.test.ts) before they land.
    status: 'published' as const,
  };
}

/**
 * Inserts the problems of db/seed/problems whose slug the database has not seen, with their
 * visible and hidden cases and a place for their largest case, which is built from the file and
 * stored the first time a full judge needs it (seconds of work for the whole bank, so not at
 * start). What an admin edited or retired is left as they left it.
 */
export async function seedQuestionBank(db: Db): Promise<number> {
  const sources = loadProblemSources();
  if (sources.length === 0) return 0;
  const known = new Set(
    (
      await db
        .select({ slug: questions.slug })
        .from(questions)
        .where(
          inArray(
            questions.slug,
            sources.map((s) => s.slug),
          ),
        )
    ).map((r) => r.slug),
  );
  const fresh = sources.filter((s) => !known.has(s.slug));
  if (fresh.length === 0) return 0;
  await withTransaction(db, async (tx) => {
    const inserted = await tx
      .insert(questions)
      .values(fresh.map(questionRow))
      .onConflictDoNothing()
      .returning({ id: questions.id, slug: questions.slug });
    const bySlug = new Map(fresh.map((s) => [s.slug, s]));
    const cases = inserted.flatMap(({ id, slug }) => {
      const source = bySlug.get(slug)!;
      return [...source.visible.map((c) => ({ ...c, hidden: false })), ...source.hidden.map((c) => ({ ...c, hidden: true }))].map(
        (c, position) => ({
          questionId: id,
          position,
          hidden: c.hidden,
          args: storableValue(c.args) as unknown[],
          expected: storableValue(c.expected),
        }),
      );
    });
    if (cases.length) await tx.insert(questionCases).values(cases);
    // Each gets its largest case, built from its file the first time a full judge needs it (lib/questions/largest.ts).
    if (inserted.length) await tx.insert(questionLargestCases).values(inserted.map(({ id }) => ({ questionId: id })));
  });
  logger.info({ questions: fresh.length }, 'practice bank seeded');
  return fresh.length;
}
