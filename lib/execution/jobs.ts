import 'server-only';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import { jobOutput, jobs, runners, submissions, type Job, type JobKind, type JobState } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import { publish, subscribe } from '@/lib/events';
import { recordRoomVerdict } from '@/lib/rooms/verdicts';
import type { ProblemSpec, TestCase } from '@/lib/vocabulary/problems';
import type { CaseResult, ExecuteRequest, ExecuteResult, JudgeResult, SandboxLimits, SandboxStatus } from '@/lib/vocabulary/runs';

/**
 * The execution tier's queue. Every run of user code is a `jobs` row: the web server enqueues it
 * and waits (bounded) for the result; runner processes (server/runner) claim jobs with
 * FOR UPDATE SKIP LOCKED under a lease they renew, and report results here, where the domain's
 * side of a result (storing a submission) happens in the same transaction that ends the job.
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
      /** A seeded problem's largest case, built by the runner from the problem's file (never stored: it can be megabytes). */
      largestOf?: string;
      /** Store the verdict as a submission of this problem once judged (and, made in an interview room, in its timeline). */
      submission?: { problem: string; customTests: boolean; roomId?: number };
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

/** A runner that has not reported for this long is gone. */
export const RUNNER_STALE_MS = 20_000;
/** A job whose runner died this many times is failed rather than tried again: it may be what kills them. */
export const MAX_ATTEMPTS = 3;

// Advisory lock keys: claims are serialised (so a user's running count is exact), and each user's enqueues.
const CLAIM_LOCK = 0x636d6a31; // "cmj1"
const USER_LOCK_SPACE = 0x636d6a32;

/** Makes a value JSON-safe: bigints (64-bit test data) become the decimal strings the judge also reads. */
function jsonSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as T;
}

/** Languages some live runner can run; an empty list means no runner is connected. */
export async function runnableLanguages(db: Db): Promise<Set<string>> {
  const rows = await db
    .select({ languages: runners.languages })
    .from(runners)
    .where(gt(runners.lastSeenAt, sql`now() - make_interval(secs => ${RUNNER_STALE_MS / 1000})`));
  return new Set(rows.flatMap((r) => r.languages));
}

/** The sandbox status of the freshest live runner, for /api/health. */
export interface TierStatus {
  sandbox: SandboxStatus;
  runners: Array<{ id: string; host: string; pid: number; slots: number; languages: string[] }>;
  queued: number;
  running: number;
}

export async function tierStatus(db: Db): Promise<TierStatus> {
  const [live, [counts]] = await Promise.all([
    db
      .select({
        id: runners.id,
        host: runners.host,
        pid: runners.pid,
        slots: runners.slots,
        status: runners.status,
        languages: runners.languages,
      })
      .from(runners)
      .where(gt(runners.lastSeenAt, sql`now() - make_interval(secs => ${RUNNER_STALE_MS / 1000})`))
      .orderBy(sql`${runners.lastSeenAt} desc`),
    db
      .select({
        queued: sql<number>`count(*) filter (where ${jobs.state} = 'queued')`.mapWith(Number),
        running: sql<number>`count(*) filter (where ${jobs.state} = 'running')`.mapWith(Number),
      })
      .from(jobs)
      .where(inArray(jobs.state, ['queued', 'running'])),
  ]);
  const available = live.map((r) => r.status as SandboxStatus).find((s) => s.available);
  const sandbox: SandboxStatus = available ??
    (live[0]?.status as SandboxStatus | undefined) ?? {
      available: false,
      mode: 'unavailable',
      reason: 'no runner process is connected (RUNNERS=0 here and no `npm run runner` on this database)',
      cgroups: { version: null, memory: false, pids: false, cpu: false },
      seccomp: false,
    };
  return {
    sandbox,
    runners: live.map(({ id, host, pid, slots, languages }) => ({ id, host, pid, slots, languages })),
    queued: counts?.queued ?? 0,
    running: counts?.running ?? 0,
  };
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
      throw new AppError('RATE_LIMIT_EXCEEDED', 'Too many of your code runs are running or waiting; try again when one has finished', {
        retryAfter: Math.max(1, Math.ceil((mine * average) / policy.perUserActive)),
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

/** A runner's lease renewal for the jobs it holds, and its own liveness. */
export async function renewLeases(db: Db, runnerId: string, jobIds: number[], leaseMs: number): Promise<void> {
  await db
    .update(runners)
    .set({ lastSeenAt: sql`now()` })
    .where(eq(runners.id, runnerId));
  if (jobIds.length === 0) return;
  await db
    .update(jobs)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where(and(inArray(jobs.id, jobIds), eq(jobs.runnerId, runnerId), eq(jobs.state, 'running')));
}

export interface RunnerInfo {
  id: string;
  host: string;
  pid: number;
  languages: string[];
  slots: number;
  status: SandboxStatus;
}

export async function registerRunner(db: Db, info: RunnerInfo): Promise<void> {
  await db
    .insert(runners)
    .values(info)
    .onConflictDoUpdate({
      target: runners.id,
      set: { languages: info.languages, slots: info.slots, status: info.status, lastSeenAt: sql`now()` },
    });
}

/** A runner going away: its row goes, its unfinished jobs return to the queue at once (not a failed attempt). */
export async function unregisterRunner(db: Db, runnerId: string, unfinished: number[]): Promise<void> {
  await withTransaction(db, async (tx) => {
    if (unfinished.length > 0) {
      await tx
        .update(jobs)
        .set({ state: 'queued', runnerId: null, leaseUntil: null, attempts: sql`greatest(${jobs.attempts} - 1, 0)`, outputSeq: 0 })
        .where(and(inArray(jobs.id, unfinished), eq(jobs.runnerId, runnerId), eq(jobs.state, 'running')));
      await tx.delete(jobOutput).where(inArray(jobOutput.jobId, unfinished));
      await publish(tx, 'job.queued', { jobId: unfinished[0]! });
    }
    await tx.delete(runners).where(eq(runners.id, runnerId));
  });
}

/** A runner known to be dead (its supervisor saw it exit): its row goes and its jobs' leases end now, so the next claim takes them back. */
export async function forgetDeadRunner(db: Db, runnerId: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    const cut = await tx
      .update(jobs)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(and(eq(jobs.runnerId, runnerId), eq(jobs.state, 'running')))
      .returning({ id: jobs.id });
    await tx.delete(runners).where(eq(runners.id, runnerId));
    if (cut[0]) await publish(tx, 'job.queued', { jobId: cut[0].id });
  });
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
    let submissionId: number | null = null;
    const payload = job.payload as JobPayload;
    if ('result' in outcome && payload.kind === 'judge' && payload.submission) {
      submissionId = await storeSubmission(tx, job, payload, outcome.result as JudgeResult);
      const roomId = payload.submission.roomId;
      if (roomId !== undefined) await recordRoomVerdict(tx, roomId, job.userId, submissionId, outcome.result as JudgeResult);
    }
    await tx
      .update(jobs)
      .set({
        state: 'result' in outcome ? 'done' : 'failed',
        result: 'result' in outcome ? outcome.result : null,
        error: 'error' in outcome ? outcome.error : null,
        submissionId,
        finishedAt: sql`now()`,
        leaseUntil: null,
      })
      .where(eq(jobs.id, jobId));
    await publish(tx, 'job.finished', { jobId, userId: job.userId });
  });
}

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

async function storeSubmission(tx: Db, job: Job, payload: Extract<JobPayload, { kind: 'judge' }>, verdict: JudgeResult): Promise<number> {
  const results: CaseResult[] = verdict.results.map((r) => ('actual' in r ? { ...r, actual: storable(r.actual) } : { ...r }));
  const [row] = await tx
    .insert(submissions)
    .values({
      userId: job.userId,
      problem: payload.submission!.problem,
      language: payload.request.language,
      code: payload.request.code,
      customTests: payload.submission!.customTests,
      status: verdict.status,
      compileOutput: verdict.compileOutput ?? null,
      results,
    })
    .returning({ id: submissions.id });
  return row!.id;
}

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

/** The user's own job; anyone else's reads as not found. */
export async function findOwnJob(db: Db, userId: number, jobId: number): Promise<Job> {
  const [job] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.userId, userId)));
  if (!job) throw new AppError('NOT_FOUND', 'Job not found');
  return job;
}

/**
 * Where a queued job stands: how many jobs run before it under fair sharing (1: next). The user's
 * own earlier jobs go first; round-robin then lets each other user through with as many jobs,
 * plus one when that user's turn comes first (their latest job started before this user's, or
 * neither has started one and theirs waited longer).
 */
export async function queuePosition(db: Db, job: Job): Promise<number | null> {
  if (job.state !== 'queued') return null;
  const result = await db.execute<{ position: number }>(sql`
    with me as (
      select
        (select count(*)::int from jobs where state = 'queued' and user_id = ${job.userId} and id < ${job.id}) as ahead,
        (select max(started_at) from jobs where user_id = ${job.userId}) as last_start,
        (select min(id) from jobs where state = 'queued' and user_id = ${job.userId}) as head
    ), others as (
      select user_id, count(*)::int as n, min(id) as head,
        (select max(s.started_at) from jobs s where s.user_id = q.user_id) as last_start
      from jobs q where state = 'queued' and user_id <> ${job.userId} group by user_id
    )
    select (me.ahead + coalesce(sum(least(o.n, me.ahead + case
      when me.last_start is null then (o.last_start is null and o.head < me.head)::int
      else (o.last_start is null or o.last_start < me.last_start)::int end)), 0))::int + 1 as position
    from me left join others o on true
    group by me.ahead, me.last_start, me.head`);
  return Number(rowsOf<{ position: number }>(result)[0]?.position ?? 1);
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

/** Finished jobs older than the retention go, with their output (submissions stay). */
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
