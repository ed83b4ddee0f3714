import 'server-only';
import type { Db } from '@/db';
import type { Job } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { LanguageId } from '@/lib/vocabulary/languages';
import type { ExecuteResult, JudgeResult } from '@/lib/vocabulary/runs';
import { awaitJob, enqueueJob, findOwnJob, type JobPayload, type JobPurpose, type QueuePolicy } from './jobs';

/** The queue's shares, from the environment (lib/env.ts). */
function queuePolicy(): QueuePolicy {
  return { perUserActive: env.SANDBOX_PER_USER_ACTIVE, perUserQueue: env.SANDBOX_PER_USER_QUEUE, maxQueue: env.SANDBOX_MAX_QUEUE };
}

/** A job that ended without a result: cancelled, or failed in the runner (bad input it found, a question changed meanwhile, a runner that kept dying). */
export function unfinished(job: Job): never {
  if (job.state === 'cancelled') throw new AppError('CONFLICT', `The run was cancelled: ${job.error ?? 'by its owner'}`);
  if (job.error?.startsWith('input: ')) {
    const message = job.error.slice('input: '.length);
    throw new AppError('VALIDATION_ERROR', message, { fieldErrors: { testCases: [message] } });
  }
  if (job.error?.startsWith('gone: ')) throw new AppError('CONFLICT', job.error.slice('gone: '.length));
  throw new AppError('SERVICE_UNAVAILABLE', `The run could not be completed: ${job.error ?? 'the runner failed'}`, { retryAfter: 5 });
}

/** A job's outcome once it is in, or the job still waiting (the caller answers 202 with where to poll). */
export type Waited<T> = { done: true; value: T } | { done: false; job: Job };

/** A waited-for job's answer: its result once done, the job while it still waits, the reason it ended without one. */
export function resultOf<T>(job: Job): Waited<T> {
  if (job.state === 'done') return { done: true, value: job.result as T };
  if (job.state === 'queued' || job.state === 'running') return { done: false, job };
  return unfinished(job);
}

/** Queues a job under the caller's share and waits (bounded) for it to end. */
export async function enqueueAndWait(
  db: Db,
  actor: UserActor,
  payload: JobPayload,
  purpose: JobPurpose,
  options: { waitMs?: number; supersedeKey?: string } = {},
): Promise<Job> {
  const job = await enqueueJob(db, queuePolicy(), { userId: actor.userId, payload, purpose, supersedeKey: options.supersedeKey });
  return awaitJob(db, job.id, options.waitMs ?? env.JOB_WAIT_MS);
}

export interface RunCodeInput {
  language: LanguageId;
  code: string;
  input: string;
  /** A newer run under the same key replaces this one while it is still going (a room's console, the Run button). */
  channel?: string;
}

/** A run nobody waits on here (a room's console): the job, queued; its output streams and its end is announced on the bus. */
export function startRun(db: Db, actor: UserActor, input: RunCodeInput): Promise<Job> {
  const payload: JobPayload = { kind: 'execute', request: { language: input.language, code: input.code, stdin: input.input } };
  return enqueueJob(db, queuePolicy(), {
    userId: actor.userId,
    payload,
    purpose: 'run',
    supersedeKey: input.channel ? `run:${input.channel}` : undefined,
  });
}

/** The contract's run_code: runs a program on the given stdin inside the jail, through the queue. */
export async function runCode(
  db: Db,
  actor: UserActor,
  input: RunCodeInput,
  options: { waitMs?: number } = {},
): Promise<Waited<ExecuteResult>> {
  const queued = await startRun(db, actor, input);
  return resultOf<ExecuteResult>(await awaitJob(db, queued.id, options.waitMs ?? env.JOB_WAIT_MS));
}

/** A judge run for an admin's proof of a question: same queue, the admin's share, nothing stored. */
export async function judgeForProof(
  db: Db,
  actor: UserActor,
  request: Extract<JobPayload, { kind: 'judge' }>['request'],
  largestCaseId: number | null,
): Promise<JudgeResult> {
  const payload: JobPayload = { kind: 'judge', request, ...(largestCaseId !== null ? { largestCaseId } : {}) };
  const job = await enqueueAndWait(db, actor, payload, 'proof', { waitMs: 300_000 });
  if (job.state === 'done') return job.result as JudgeResult;
  return unfinished(job);
}

/** The caller's own job, for polling after a 202. */
export function getJob(db: Db, actor: UserActor, jobId: number): Promise<Job> {
  return findOwnJob(db, actor.userId, jobId);
}
