import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { jobOutput, jobs, runners } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { publish } from '@/lib/events';
import type { SandboxStatus } from '@/lib/vocabulary/runs';

/**
 * The runner processes of the execution tier, as they report themselves: who is alive, what they
 * run, and what happens to their jobs when they go (lib/execution/jobs.ts is the queue itself).
 */

/** A runner that has not reported for this long is gone. */
export const RUNNER_STALE_MS = 20_000;

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
