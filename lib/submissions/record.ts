import 'server-only';
import { and, eq, notExists, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { jobs, submissions, type Job, type StoredCaseResult, type Submission } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { subscribe } from '@/lib/events';
import type { JobPayload } from '@/lib/execution/jobs';
import { logger } from '@/lib/logger';
import { recordRoomVerdict } from '@/lib/rooms/verdicts';
import type { JudgeResult } from '@/lib/vocabulary/runs';

const count = z.number().int().min(0);

/** What a submission's job carries for its owner (the queue never reads it): which question, how its cases divide, which room. */
const submissionContext = z.object({
  kind: z.literal('submission'),
  questionId: z.number().int().positive(),
  problem: z.string(),
  /** The question's stored cases come first, then the caller's own; the largest case, when judged, is last. */
  ownCases: count,
  customCases: count,
  roomId: z.number().int().positive().optional(),
});
export type SubmissionContext = z.output<typeof submissionContext>;

/** What a solution returned, as something JSON can store: too deep or too large becomes a truncated text. */
function storable(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    if (text === undefined || text.length <= 65_536) return value;
    return `${text.slice(0, 1024)}… (${text.length} characters)`;
  } catch {
    return '(a value too deeply nested to show)';
  }
}

function storedResults(verdict: JudgeResult, context: SubmissionContext): StoredCaseResult[] {
  return verdict.results.map((r) => {
    const custom = r.testCase > context.ownCases && r.testCase <= context.ownCases + context.customCases;
    return { ...r, ...('actual' in r ? { actual: storable(r.actual) } : {}), ...(custom ? { custom: true } : {}) };
  });
}

/**
 * Keeps a judged submission job as a submission, once: the request that waited for it, a poll of
 * the job and every instance's recorder may all arrive, and the unique job id lets one row in.
 * Made in an interview room, its verdict joins the room's timeline in the same transaction.
 * Null for a job that is not a finished submission.
 */
export async function recordSubmission(db: Db, job: Job): Promise<Submission | null> {
  const payload = job.payload as JobPayload;
  if (job.state !== 'done' || job.purpose !== 'submission' || payload.kind !== 'judge') return null;
  const parsed = submissionContext.safeParse(payload.context);
  if (!parsed.success) {
    logger.error({ jobId: job.id }, 'a submission job without its context');
    return null;
  }
  const context = parsed.data;
  const verdict = job.result as JudgeResult;
  return withTransaction(db, async (tx) => {
    const [inserted] = await tx
      .insert(submissions)
      .values({
        userId: job.userId,
        questionId: context.questionId,
        problem: context.problem,
        jobId: job.id,
        language: payload.request.language,
        code: payload.request.code,
        customTests: context.customCases > 0,
        judgedOnQuestion: true,
        status: verdict.status,
        compileOutput: verdict.compileOutput ?? null,
        results: storedResults(verdict, context),
      })
      .onConflictDoNothing({ target: submissions.jobId })
      .returning();
    if (inserted) {
      if (context.roomId !== undefined) await recordRoomVerdict(tx, context.roomId, job.userId, inserted.id, verdict);
      return inserted;
    }
    const [existing] = await tx.select().from(submissions).where(eq(submissions.jobId, job.id));
    return existing ?? null;
  });
}

/** The submission a job was kept as, if it was a submission job and is done (kept now if nobody has yet). */
export async function submissionOfJob(db: Db, job: Job): Promise<number | null> {
  return (await recordSubmission(db, job))?.id ?? null;
}

/** Finished submission jobs nobody has kept yet (this instance was down when they ended, say). */
async function keepMissed(db: Db): Promise<void> {
  const missed = await db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.purpose, 'submission'),
        eq(jobs.state, 'done'),
        notExists(
          db
            .select({ one: sql`1` })
            .from(submissions)
            .where(eq(submissions.jobId, jobs.id)),
        ),
      ),
    )
    .limit(200);
  for (const job of missed) await recordSubmission(db, job);
}

/** How often an instance looks for finished submissions nobody kept (a NOTIFY missed while its connection was down). */
const SWEEP_MS = 60_000;

/**
 * Every instance keeps submissions as their jobs end (`job.finished`, from whichever runner), and
 * sweeps for those that ended while it was away or deaf: a submission is stored even when nobody
 * waited for it.
 */
export function recordSubmissionsAsJudged(db: Db): () => void {
  const log = logger.child({ component: 'submissions' });
  const keep = (jobId: number) =>
    db
      .select()
      .from(jobs)
      .where(eq(jobs.id, jobId))
      .then(([job]) => (job ? recordSubmission(db, job) : null))
      .catch((error: unknown) => log.error({ err: error, jobId }, 'could not keep a judged submission'));
  const sweep = () => void keepMissed(db).catch((error: unknown) => log.error({ err: error }, 'could not keep missed submissions'));
  const stop = subscribe('job.finished', ({ jobId }) => void keep(jobId));
  sweep();
  const timer = setInterval(sweep, SWEEP_MS).unref();
  return () => {
    stop();
    clearInterval(timer);
  };
}
