import 'server-only';
import { and, count, desc, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { submissions, type Job, type Submission } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { pageWindow, toPage, type Page, type PageRequest } from '@/lib/http/pagination';
import { judgeableQuestion } from '@/lib/questions/service';
import type { SUBMISSION_SORT_FIELDS } from '@/lib/validation/execution';
import { PROBLEMS, type ProblemFixture } from '@/server/sandbox/problems';
import { SandboxInputError } from '@/lib/vocabulary/errors';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { testCaseFromStrings } from '@/lib/vocabulary/problem-rules';
import type { ProblemSpec, TestCase } from '@/lib/vocabulary/problems';
import type { ExecuteResult, JudgeResult, SandboxLimits } from '@/lib/vocabulary/runs';
import { awaitJob, enqueueJob, findOwnJob, type JobPayload, type JobPurpose, type QueuePolicy } from './jobs';

/** The queue's shares, from the environment (lib/env.ts). */
function queuePolicy(): QueuePolicy {
  return { perUserActive: env.SANDBOX_PER_USER_ACTIVE, perUserQueue: env.SANDBOX_PER_USER_QUEUE, maxQueue: env.SANDBOX_MAX_QUEUE };
}

/** Bad test data is the caller's 400, said on the field it came from. */
function parseTestCases(testCases: Array<{ input: string; expectedOutput: string }>): TestCase[] {
  try {
    return testCases.map((t) => testCaseFromStrings(t.input, t.expectedOutput));
  } catch (error) {
    if (error instanceof SandboxInputError) {
      throw new AppError('VALIDATION_ERROR', error.message, { fieldErrors: { testCases: [error.message] } });
    }
    throw error;
  }
}

/** A job that ended without a result: cancelled, or failed in the runner (bad input it found, a runner that kept dying). */
function unfinished(job: Job): never {
  if (job.state === 'cancelled') throw new AppError('CONFLICT', `The run was cancelled: ${job.error ?? 'by its owner'}`);
  if (job.error?.startsWith('input: ')) {
    const message = job.error.slice('input: '.length);
    throw new AppError('VALIDATION_ERROR', message, { fieldErrors: { testCases: [message] } });
  }
  throw new AppError('SERVICE_UNAVAILABLE', `The run could not be completed: ${job.error ?? 'the runner failed'}`, { retryAfter: 5 });
}

/** A job's outcome once it is in, or the job still waiting (the caller answers 202 with where to poll). */
export type Waited<T> = { done: true; value: T } | { done: false; job: Job };

async function enqueueAndWait(
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
  const job = await awaitJob(db, queued.id, options.waitMs ?? env.JOB_WAIT_MS);
  if (job.state === 'done') return { done: true, value: job.result as ExecuteResult };
  if (job.state === 'queued' || job.state === 'running') return { done: false, job };
  return unfinished(job);
}

/** A judge of a bank question or a fixture, run on its own cases or the caller's. */
async function judgePayload(
  db: Db,
  actor: UserActor,
  input: {
    questionId?: number;
    problem?: string;
    language: LanguageId;
    code: string;
    testCases?: Array<{ input: string; expectedOutput: string }>;
  },
  cases: 'all' | 'visible',
): Promise<{ payload: Extract<JobPayload, { kind: 'judge' }>; slug: string; custom: boolean }> {
  const problem: { slug: string; spec: ProblemSpec; testCases: TestCase[]; limits?: Partial<SandboxLimits>; hasLargest: boolean } =
    input.questionId !== undefined
      ? await judgeableQuestion(db, actor, input.questionId)
      : { ...findProblem(input.problem ?? ''), limits: undefined, hasLargest: false };
  const custom = input.testCases !== undefined;
  const testCases = custom
    ? parseTestCases(input.testCases!)
    : cases === 'visible'
      ? problem.testCases.filter((c) => !c.hidden)
      : problem.testCases;
  return {
    payload: {
      kind: 'judge',
      request: { language: input.language, code: input.code, problem: problem.spec, testCases, limits: problem.limits },
      // The constraints' largest case joins a full judge of a seeded question (the runner builds it).
      ...(problem.hasLargest && !custom && cases === 'all' ? { largestOf: problem.slug } : {}),
    },
    slug: problem.slug,
    custom,
  };
}

export interface SubmitInput {
  /** A judge fixture's slug, or the bank's question (questionId) — one of the two. */
  problem?: string;
  questionId?: number;
  language: LanguageId;
  code: string;
  testCases?: Array<{ input: string; expectedOutput: string }>;
  /** The interview room it was made in (4.4): the verdict joins the room's timeline when it is stored. */
  roomId?: number;
}

function findProblem(slug: string): ProblemFixture {
  const problem = Object.values(PROBLEMS).find((p) => p.slug === slug);
  if (!problem) throw new AppError('QUESTION_NOT_FOUND', `No problem ${slug}`);
  return problem;
}

/**
 * "Run" on the practice page: a bank question's visible cases (or the caller's own), judged and
 * answered but not kept, so trying things out leaves no submissions behind. A newer Run of the
 * same question replaces one still waiting.
 */
export async function runOnQuestion(
  db: Db,
  actor: UserActor,
  input: { questionId: number; language: LanguageId; code: string; testCases?: Array<{ input: string; expectedOutput: string }> },
): Promise<JudgeResult> {
  const { payload } = await judgePayload(db, actor, input, 'visible');
  const job = await enqueueAndWait(db, actor, payload, 'run', { supersedeKey: `practice-run:${input.questionId}` });
  if (job.state === 'done') return job.result as JudgeResult;
  if (job.state === 'queued' || job.state === 'running') {
    throw new AppError('SERVICE_UNAVAILABLE', 'The code runner is busy; your run is still waiting', { retryAfter: 5 });
  }
  return unfinished(job);
}

/** The caller's latest submissions of one problem, newest first. */
export async function mySubmissionsOf(db: Db, actor: UserActor, problem: string, limit = 20): Promise<Submission[]> {
  return db
    .select()
    .from(submissions)
    .where(and(eq(submissions.userId, actor.userId), eq(submissions.problem, problem)))
    .orderBy(desc(submissions.createdAt), desc(submissions.id))
    .limit(limit);
}

/**
 * Judges a solution against the problem's test cases (hidden ones and the largest included) or the
 * caller's; the runner's verdict is stored as a submission in the transaction that ends the job.
 */
export async function submitSolution(
  db: Db,
  actor: UserActor,
  input: SubmitInput,
  options: { waitMs?: number } = {},
): Promise<Waited<Submission>> {
  const { payload, slug, custom } = await judgePayload(db, actor, input, 'all');
  const submission = { problem: slug, customTests: custom, ...(input.roomId !== undefined ? { roomId: input.roomId } : {}) };
  const job = await enqueueAndWait(db, actor, { ...payload, submission }, 'submission', options);
  if (job.state === 'done' && job.submissionId !== null) return { done: true, value: await getSubmission(db, actor, job.submissionId) };
  if (job.state === 'queued' || job.state === 'running') return { done: false, job };
  return unfinished(job);
}

/** A judge run for an admin's proof of a question: same queue, the admin's share, nothing stored. */
export async function judgeForProof(
  db: Db,
  actor: UserActor,
  request: Extract<JobPayload, { kind: 'judge' }>['request'],
  largestOf: string | undefined,
): Promise<JudgeResult> {
  const job = await enqueueAndWait(db, actor, { kind: 'judge', request, ...(largestOf ? { largestOf } : {}) }, 'proof', {
    waitMs: 300_000,
  });
  if (job.state === 'done') return job.result as JudgeResult;
  return unfinished(job);
}

/** The caller's own job, for polling after a 202. */
export function getJob(db: Db, actor: UserActor, jobId: number): Promise<Job> {
  return findOwnJob(db, actor.userId, jobId);
}

/** A user's own submission; anyone else's reads as not found. */
export async function getSubmission(db: Db, actor: UserActor, id: number): Promise<Submission> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.id, id), eq(submissions.userId, actor.userId)));
  if (!row) throw new AppError('NOT_FOUND', 'Submission not found');
  return row;
}

export async function listSubmissions(
  db: Db,
  actor: UserActor,
  request: PageRequest<(typeof SUBMISSION_SORT_FIELDS)[number]>,
): Promise<Page<Submission>> {
  const column = { createdAt: submissions.createdAt, status: submissions.status, problem: submissions.problem }[request.sortBy];
  const order = request.sortOrder === 'asc' ? asc(column) : desc(column);
  const { offset, limit } = pageWindow(request);
  const mine = eq(submissions.userId, actor.userId);
  const [rows, [total]] = await Promise.all([
    db.select().from(submissions).where(mine).orderBy(order, desc(submissions.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(submissions).where(mine),
  ]);
  return toPage(rows, total?.n ?? 0, request);
}
