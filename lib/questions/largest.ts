import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionLargestCases } from '@/db/schema';
import { buildLargestCase } from '@/db/seed/problems';

/** JSON as the judge reads it: a 64-bit integer (a bigint in a problem file) as its decimal string. */
const caseJson = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/**
 * The id of a question's largest case, for a full judge (the runner reads it by id), or null when
 * the question has none. A seeded question's case is built from its file's generator the first
 * time it is needed and stored, so the runner reads data, never seed code; two judges racing to
 * build it store it once.
 */
export async function largestCaseFor(db: Db, question: { id: number; slug: string }): Promise<number | null> {
  const [row] = await db
    .select({ id: questionLargestCases.id, built: questionLargestCases.caseJson })
    .from(questionLargestCases)
    .where(eq(questionLargestCases.questionId, question.id));
  if (!row) return null;
  if (row.built !== null) return row.id;
  const built = buildLargestCase(question.slug);
  if (!built) {
    // A place kept for a file the bank no longer has: nothing can fill it.
    await db.delete(questionLargestCases).where(and(eq(questionLargestCases.id, row.id), isNull(questionLargestCases.caseJson)));
    return null;
  }
  await db
    .update(questionLargestCases)
    .set({ caseJson: caseJson(built) })
    .where(and(eq(questionLargestCases.id, row.id), isNull(questionLargestCases.caseJson)));
  return row.id;
}

/** A change to a question's signature makes its largest case meaningless: it goes (the judge then has the stored cases). */
export async function dropLargestCase(db: Db, questionId: number): Promise<void> {
  await db.delete(questionLargestCases).where(eq(questionLargestCases.questionId, questionId));
}
