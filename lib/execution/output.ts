import 'server-only';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { jobOutput, jobs } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { publish } from '@/lib/events';

/** What a running job prints, stored in order as it comes (a live console, a room's run) and read back from any instance. */

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Stores output a running job produced, in order, and announces it. */
export async function appendOutput(db: Db, runnerId: string, jobId: number, chunks: OutputChunk[]): Promise<void> {
  if (chunks.length === 0) return;
  await withTransaction(db, async (tx) => {
    const [job] = await tx
      .update(jobs)
      .set({ outputSeq: sql`${jobs.outputSeq} + ${chunks.length}` })
      .where(and(eq(jobs.id, jobId), eq(jobs.runnerId, runnerId), eq(jobs.state, 'running')))
      .returning({ outputSeq: jobs.outputSeq });
    if (!job) return;
    const first = job.outputSeq - chunks.length + 1;
    await tx.insert(jobOutput).values(chunks.map((c, i) => ({ jobId, seq: first + i, stream: c.stream, text: c.text })));
    await publish(tx, 'job.output', { jobId, seq: job.outputSeq });
  });
}

/** Output chunks after `after`, in order. */
export async function outputSince(db: Db, jobId: number, after: number): Promise<Array<OutputChunk & { seq: number }>> {
  return db
    .select({ seq: jobOutput.seq, stream: jobOutput.stream, text: jobOutput.text })
    .from(jobOutput)
    .where(and(eq(jobOutput.jobId, jobId), gt(jobOutput.seq, after)))
    .orderBy(asc(jobOutput.seq));
}
