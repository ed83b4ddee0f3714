import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import { jobOutput, jobs, runners, type Job, type JobKind, type JobState } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import { publish, subscribe } from '@/lib/events';
import type { ProblemSpec, TestCase } from '@/lib/vocabulary/problems';
import type { ExecuteRequest, ExecuteResult, JudgeResult, SandboxLimits } from '@/lib/vocabulary/runs';
import { runnableLanguages } from './runners';

/**
 * The execution tier's queue. Every run of user code is a `jobs` row: the web server enqueues it
 * and waits (bounded) for the result; runner processes (server/runner) claim jobs with
 * FOR UPDATE SKIP LOCKED under a lease they renew, and report results here. The queue knows no
 * domain: it stores the result and announces `job.finished`; whoever queued the job for a
 * purpose (lib/submissions stores a judged submission) reads the result from there.
 *
 * Fair sharing: a user has at most `perUserActive` jobs running and `perUserQueue` more waiting. A free
 * runner slot goes to the user whose latest job started longest ago (a newcomer first), so one
 * user's backlog delays another user's first job by at most one job's time.
 */

/** What a runner hands the sandbox. JSON-safe (a 64-bit integer is a decimal string). */
export type JobPayload =
  | { kind: 'execute'; request: Pick<ExecuteRequest, 'language' | 'code' | 'stdin' | 'limits'> & { stdin: string } }
  | {
      kind: 'judge';
      request: { language: string; code: string; problem: ProblemSpec; testCases: TestCase[]; limits?: Partial<SandboxLimits> };
      /** A question's largest case (question_largest_cases.id), read by the runner and judged after the others: megabytes, so never in the payload. */
      largestCaseId?: number;
      /** What the job's owner needs to act on its result (lib/submissions reads it); the queue never does. */
      context?: Record<string, unknown>;
    };

export type JobResult = ExecuteResult | JudgeResult;
export type JobPurpose = 'run' | 'submission' | 'proof';

export interface QueuePolicy {
  perUserActive: number;
  perUserQueue: number;
  maxQueue: number;
}

export interface EnqueueInput {
  userId: number;
  payload: JobPayload;
  purpose: JobPurpose;
  /** A newer job of the same user with the same key cancels this one (a room's console, the Run button). */
  supersedeKey?: string;
}

const TERMINAL: ReadonlySet<JobState> = new Set(['done', 'failed', 'cancelled']);
export const isFinished = (state: JobState) => TERMINAL.has(state);

/** A job whose runner died this many times is failed rather than tried again: it may be what kills them. */
export const MAX_ATTEMPTS = 3;

// Advisory lock keys: claims are serialised (so a user's running count is exact), and each user's enqueues.
const CLAIM_LOCK = 0x636d6a31; // "cmj1"
const USER_LOCK_SPACE = 0x636d6a32;

/** Makes a value JSON-safe: bigints (64-bit test data) become the decimal strings the judge also reads. */
function jsonSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as T;
}

/**
 * Puts a job in the queue. Refused at once with 429 when the user already has their share
 * waiting, 503 when the whole queue is full or no live runner runs the language.
 */
export async function enqueueJob(db: Db, policy: QueuePolicy, input: EnqueueInput): Promise<Job> {
  const { payload } = input;
  const language = payload.request.language;
  const languages = await runnableLanguages(db);
  if (!languages.has(language)) {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      languages.size === 0 ? 'Code execution is not available on this server' : `No runner here can run ${language}`,
      { retryAfter: 60 },
    );
  }
  return withTransaction(db, async (tx) => {
    // One user's enqueues take turns, so their count of waiting jobs is exact.
    await tx.execute(sql`select pg_advisory_xact_lock(${USER_LOCK_SPACE}, ${input.userId})`);
    if (input.supersedeKey) await supersede(tx, input.userId, input.supersedeKey);
    const [counts] = await tx
      .select({
        // A user's jobs not yet ended: their running share plus their waiting places.
        mine: sql<number>`count(*) filter (where ${jobs.userId} = ${input.userId})`.mapWith(Number),
        queued: sql<number>`count(*) filter (where ${jobs.state} = 'queued')`.mapWith(Number),
      })
      .from(jobs)
      .where(inArray(jobs.state, ['queued', 'running']));
    const average = await averageJobSeconds(tx);
    const mine = counts?.mine ?? 0;
    if (mine >= policy.perUserActive + policy.perUserQueue) {
      const retryAfter = Math.max(1, Math.ceil((mine * average) / policy.perUserActive));
      throw new AppError('RATE_LIMIT_EXCEEDED', 'Too many of your code runs are running or waiting; try again when one has finished', {
        retryAfter,
        // The quota that refused: the user's share of the queue (its RateLimit-* headers).
        rateLimit: { limit: policy.perUserActive + policy.perUserQueue, remaining: 0, resetSeconds: retryAfter },
      });
    }
    if ((counts?.queued ?? 0) >= policy.maxQueue) {
      throw new AppError('SERVICE_UNAVAILABLE', 'The code runner is busy; try again shortly', {
        retryAfter: Math.max(1, Math.ceil(average * 2)),
      });
    }
    const [job] = await tx
      .insert(jobs)
      .values({
        userId: input.userId,
        kind: payload.kind satisfies JobKind,
        language,
        payload: jsonSafe(payload),
        purpose: input.purpose,
        supersedeKey: input.supersedeKey ?? null,
      })
      .returning();
    await publish(tx, 'job.queued', { jobId: job!.id });
    return job!;
  });
}

/** Cancels the user's earlier jobs under this key: a new run replaces the one still going. */
async function supersede(tx: Db, userId: number, key: string): Promise<void> {
  const cancelled = await tx
    .update(jobs)
    .set({ state: 'cancelled', error: 'Superseded by a newer run', finishedAt: sql`now()`, leaseUntil: null })
    .where(and(eq(jobs.userId, userId), eq(jobs.supersedeKey, key), inArray(jobs.state, ['queued', 'running'])))
    .returning({ id: jobs.id });
  for (const { id } of cancelled) {
    await publish(tx, 'job.cancelled', { jobId: id });
    await publish(tx, 'job.finished', { jobId: id, userId });
  }
}

/** Mean run time of recent jobs in seconds (for Retry-After); 1 s when there is no history. */
async function averageJobSeconds(tx: Db): Promise<number> {
  const [row] = await tx
    .select({ seconds: sql<number | null>`avg(extract(epoch from (${jobs.finishedAt} - ${jobs.startedAt})))`.mapWith(Number) })
    .from(jobs)
    .where(and(eq(jobs.state, 'done'), gt(jobs.finishedAt, sql`now() - interval '5 minutes'`)));
  const seconds = row?.seconds;
  return seconds && Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}

/** A claimed job as a runner needs it. */
export interface ClaimedJob {
  id: number;
  kind: JobKind;
  payload: JobPayload;
  attempt: number;
}

/**
 * Claims the next job for a runner: jobs of runners that stopped renewing their lease return to
 * the queue first (or fail, after MAX_ATTEMPTS), then the fair pick: among users under their
 * running share, the one whose latest job started longest ago, and that user's oldest job.
 */
export async function claimJob(
  db: Db,
  runner: { id: string; languages: string[]; leaseMs: number },
  policy: Pick<QueuePolicy, 'perUserActive'>,
): Promise<ClaimedJob | null> {
  return withTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`);
    await recoverExpiredLeases(tx);
    const languages = sql`array[${sql.join(
      runner.languages.map((l) => sql`${l}`),
      sql`, `,
    )}]::text[]`;
    const picked = await tx.execute<{ id: number }>(sql`
      with running as (
        select user_id, count(*)::int as n from jobs where state = 'running' group by user_id
      ), heads as (
        select distinct on (user_id) id, user_id from jobs
        where state = 'queued' and language = any(${languages})
        order by user_id, id
      )
      select h.id from heads h
      left join running r on r.user_id = h.user_id
      where coalesce(r.n, 0) < ${policy.perUserActive}
      order by (select max(s.started_at) from jobs s where s.user_id = h.user_id) asc nulls first, h.id
      limit 1`);
    const id = rowsOf<{ id: number }>(picked)[0]?.id;
    if (id === undefined) return null;
    const claimed = await tx.execute<{ id: number; kind: JobKind; payload: JobPayload; attempts: number }>(sql`
      update jobs set state = 'running', runner_id = ${runner.id}, attempts = attempts + 1, started_at = now(),
        lease_until = now() + make_interval(secs => ${runner.leaseMs / 1000})
      where id = (select id from jobs where id = ${id} and state = 'queued' for update skip locked)
      returning id, kind, payload, attempts`);
    const row = rowsOf<{ id: number; kind: JobKind; payload: JobPayload; attempts: number }>(claimed)[0];
    return row ? { id: row.id, kind: row.kind, payload: row.payload, attempt: row.attempts } : null;
  });
}

/** Jobs whose runner stopped renewing the lease go back to the queue, or fail once they have killed MAX_ATTEMPTS runners. */
async function recoverExpiredLeases(tx: Db): Promise<void> {
  const expired = await tx
    .update(jobs)
    .set({
      state: sql`case when ${jobs.attempts} >= ${MAX_ATTEMPTS} then 'failed' else 'queued' end`,
      error: sql`case when ${jobs.attempts} >= ${MAX_ATTEMPTS} then 'The runner stopped while running this job, ' || ${MAX_ATTEMPTS} || ' times' else null end`,
      finishedAt: sql`case when ${jobs.attempts} >= ${MAX_ATTEMPTS} then now() else null end`,
      runnerId: null,
      leaseUntil: null,
      outputSeq: 0,
    })
    .where(and(eq(jobs.state, 'running'), sql`${jobs.leaseUntil} < now()`))
    .returning({ id: jobs.id, userId: jobs.userId, state: jobs.state });
  for (const job of expired) {
    // A job run again streams its output again from the start.
    await tx.delete(jobOutput).where(eq(jobOutput.jobId, job.id));
    if (job.state === 'failed') await publish(tx, 'job.finished', { jobId: job.id, userId: job.userId });
  }
  if (expired.some((j) => j.state === 'queued')) await publish(tx, 'job.queued', { jobId: expired[0]!.id });
}

/** After a restart of the only process that runs jobs (the embedded database's server): its jobs were cut off, not slow. */
export async function recoverAllRunning(db: Db): Promise<void> {
  await db
    .update(jobs)
    .set({ leaseUntil: sql`now() - interval '1 second'` })
    .where(eq(jobs.state, 'running'));
}

export type JobOutcome = { result: JobResult } | { error: string };

/** What a runner hands back. A job no longer this runner's (cancelled, or re-queued after its lease ran out) is left alone. */
export async function completeJob(db: Db, runnerId: string, jobId: number, outcome: JobOutcome): Promise<void> {
  await withTransaction(db, async (tx) => {
    const [job] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.runnerId, runnerId), eq(jobs.state, 'running')))
      .for('update');
    if (!job) return;
    await tx
      .update(jobs)
      .set({
        state: 'result' in outcome ? 'done' : 'failed',
        result: 'result' in outcome ? outcome.result : null,
        error: 'error' in outcome ? outcome.error : null,
        finishedAt: sql`now()`,
        leaseUntil: null,
      })
      .where(eq(jobs.id, jobId));
    await publish(tx, 'job.finished', { jobId, userId: job.userId });
  });
}

/** The user's own job; anyone else's reads as not found. */
export async function findOwnJob(db: Db, userId: number, jobId: number): Promise<Job> {
  const [job] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.userId, userId)));
  if (!job) throw new AppError('NOT_FOUND', 'Job not found');
  return job;
}

/** Cancels the user's job if it has not ended; answers the job as it now is. */
export async function cancelJob(db: Db, userId: number, jobId: number): Promise<Job> {
  return withTransaction(db, async (tx) => {
    const [job] = await tx
      .update(jobs)
      .set({ state: 'cancelled', error: 'Cancelled by its owner', finishedAt: sql`now()`, leaseUntil: null })
      .where(and(eq(jobs.id, jobId), eq(jobs.userId, userId), inArray(jobs.state, ['queued', 'running'])))
      .returning();
    if (!job) return findOwnJob(tx, userId, jobId);
    await publish(tx, 'job.cancelled', { jobId });
    await publish(tx, 'job.finished', { jobId, userId });
    return job;
  });
}

/**
 * Waits until the job has ended or `timeoutMs` passed, and answers it as it then is. The bus
 * says when (from whichever instance or runner finished it); a slow poll covers a missed event.
 */
export async function awaitJob(db: Db, jobId: number, timeoutMs: number): Promise<Job> {
  const read = async () => (await db.select().from(jobs).where(eq(jobs.id, jobId)))[0]!;
  const first = await read();
  if (isFinished(first.state) || timeoutMs <= 0) return first;
  return new Promise<Job>((resolve, reject) => {
    let settled = false;
    const finish = (job: Job) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(job);
    };
    const check = () => {
      read()
        .then((job) => isFinished(job.state) && finish(job))
        .catch((error: unknown) => {
          if (settled) return;
          settled = true;
          unsubscribe();
          clearInterval(poll);
          clearTimeout(timer);
          reject(error);
        });
    };
    const unsubscribe = subscribe('job.finished', (event) => {
      if (event.jobId === jobId) check();
    });
    const poll = setInterval(check, 1000);
    const timer = setTimeout(() => void read().then(finish, reject), timeoutMs);
  });
}

/** Finished jobs older than the retention go, with their output (what their owners stored of them stays), and runners long gone. */
export async function pruneJobs(db: Db, retentionHours: number): Promise<number> {
  const removed = await db
    .delete(jobs)
    .where(
      and(
        inArray(jobs.state, ['done', 'failed', 'cancelled']),
        sql`${jobs.finishedAt} < now() - make_interval(hours => ${retentionHours})`,
      ),
    )
    .returning({ id: jobs.id });
  await db.delete(runners).where(sql`${runners.lastSeenAt} < now() - interval '1 day'`);
  return removed.length;
}
