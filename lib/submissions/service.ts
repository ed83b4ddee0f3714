import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { submissions, type Submission } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { enqueueAndWait, resultOf, unfinished, type Waited } from '@/lib/execution/service';
import type { JobPayload } from '@/lib/execution/jobs';
import { pageWindow, toPage, type Page, type PageRequest } from '@/lib/http/pagination';
import { largestCaseFor } from '@/lib/questions/largest';
import { judgeableQuestion } from '@/lib/questions/service';
import type { SUBMISSION_SORT_FIELDS } from '@/lib/validation/execution';
import { SandboxInputError } from '@/lib/vocabulary/errors';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { testCaseFromStrings } from '@/lib/vocabulary/problem-rules';
import type { TestCase } from '@/lib/vocabulary/problems';
import type { JudgeResult } from '@/lib/vocabulary/runs';
import { recordSubmission, type SubmissionContext } from './record';

/**
 * Judging solutions to the bank's questions. A **submission** is judged on every case of its
 * question (visible, hidden, and the constraints' largest), with any cases the caller adds judged
 * after them, and is kept: only an accepted one solves the question. A **run** is judged on the
 * question's visible cases or on the caller's own, answered and not kept: it never solves
 * anything. Nothing a client sends can make a run count as a submission.
 */

/** 4.4's testCases (comma-separated JSON arguments, the JSON answer): bad data is the caller's 400, on that field. */
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

/** Which question: the bank's id (`q_12`), or its slug (the `problem` of the first clients). */
export type QuestionKey = { questionId: number } | { problem: string };

const keyOf = (input: QuestionKey) => ('questionId' in input ? { id: input.questionId } : { slug: input.problem });

export interface RunInput {
  questionId: number;
  language: LanguageId;
  code: string;
  /** The caller's own cases; without them, the question's visible ones. */
  testCases?: Array<{ input: string; expectedOutput: string }>;
}

/**
 * "Run" (the practice page, POST /api/v1/questions/{id}/runs): the question's visible cases or the
 * caller's own, judged and answered but not kept, so trying things out leaves nothing behind and
 * solves nothing. A newer run of the same question replaces one still waiting.
 */
export async function runOnQuestion(
  db: Db,
  actor: UserActor,
  input: RunInput,
  options: { waitMs?: number } = {},
): Promise<Waited<JudgeResult>> {
  const question = await judgeableQuestion(db, actor, { id: input.questionId });
  const testCases = input.testCases ? parseTestCases(input.testCases) : question.testCases.filter((c) => !c.hidden);
  const payload: JobPayload = {
    kind: 'judge',
    request: { language: input.language, code: input.code, problem: question.spec, testCases, limits: question.limits },
  };
  const job = await enqueueAndWait(db, actor, payload, 'run', { ...options, supersedeKey: `practice-run:${input.questionId}` });
  return resultOf<JudgeResult>(job);
}

export type SubmitInput = QuestionKey & {
  language: LanguageId;
  code: string;
  /** Cases of the caller's own, judged after every case of the question. */
  testCases?: Array<{ input: string; expectedOutput: string }>;
  /** The interview room it was made in (4.4): the verdict joins the room's timeline when it is stored. */
  roomId?: number;
};

/**
 * Judges a solution on every case of its question, the largest included, then on the caller's
 * own cases if given; the verdict is kept as a submission (lib/submissions/record.ts) once the
 * job is done, whoever notices first: this request, a poll of the job, or any instance's recorder.
 */
export async function submitSolution(
  db: Db,
  actor: UserActor,
  input: SubmitInput,
  options: { waitMs?: number } = {},
): Promise<Waited<Submission>> {
  const question = await judgeableQuestion(db, actor, keyOf(input));
  const custom = input.testCases ? parseTestCases(input.testCases) : [];
  const largestCaseId = await largestCaseFor(db, question);
  const context: SubmissionContext = {
    kind: 'submission',
    questionId: question.id,
    problem: question.slug,
    ownCases: question.testCases.length,
    customCases: custom.length,
    ...(input.roomId !== undefined ? { roomId: input.roomId } : {}),
  };
  const payload: JobPayload = {
    kind: 'judge',
    request: {
      language: input.language,
      code: input.code,
      problem: question.spec,
      testCases: [...question.testCases, ...custom],
      limits: question.limits,
    },
    ...(largestCaseId !== null ? { largestCaseId } : {}),
    context,
  };
  const job = await enqueueAndWait(db, actor, payload, 'submission', options);
  if (job.state === 'done') {
    const stored = await recordSubmission(db, job);
    if (stored) return { done: true, value: stored };
  }
  if (job.state === 'queued' || job.state === 'running') return { done: false, job };
  return unfinished(job);
}

/** The caller's latest submissions of one question, newest first. */
export async function mySubmissionsOf(db: Db, actor: UserActor, questionId: number, limit = 20): Promise<Submission[]> {
  return db
    .select()
    .from(submissions)
    .where(and(eq(submissions.userId, actor.userId), eq(submissions.questionId, questionId)))
    .orderBy(desc(submissions.createdAt), desc(submissions.id))
    .limit(limit);
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
