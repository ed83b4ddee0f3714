import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionLargestCases } from '@/db/schema';

/**
 * The one input a runner reads from the database rather than the job: a question's largest case,
 * megabytes of JSON kept apart from the job (lib/questions/largest.ts builds and stores it). Null
 * when it is gone (the question's signature changed after the job was queued).
 */
export async function readLargestCase(db: Db, id: number): Promise<string | null> {
  const [row] = await db
    .select({ caseJson: questionLargestCases.caseJson })
    .from(questionLargestCases)
    .where(and(eq(questionLargestCases.id, id), isNotNull(questionLargestCases.caseJson)));
  return row?.caseJson ?? null;
}
