import 'server-only';
import { and, count, desc, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { submissions, type StoredCaseResult, type Submission } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { pageWindow, toPage, type Page, type PageRequest } from '@/lib/http/pagination';
import { judgeableQuestion } from '@/lib/questions/service';
import type { SUBMISSION_SORT_FIELDS } from '@/lib/validation/execution';
import {
  PROBLEMS,
  SandboxBusyError,
  SandboxInputError,
  SandboxOwnerBusyError,
  SandboxUnavailableError,
  execute,
  judge,
  testCaseFromStrings,
  type ExecuteResult,
  type JudgeResult,
  type LanguageId,
  type ProblemFixture,
  type TestCase,
} from '@/server/sandbox';

/**
 * Engine errors in the contract's terms: a user over their own share of the runner is 429 (their
 * burst), a full queue or a missing jail is 503 (the server's state), bad test data is 400.
 */
export async function inSandbox<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SandboxOwnerBusyError) {
      throw new AppError('RATE_LIMIT_EXCEEDED', 'Too many of your code runs are running or waiting; try again when one has finished', {
        retryAfter: error.retryAfterSeconds,
      });
    }
    if (error instanceof SandboxBusyError) {
      throw new AppError('SERVICE_UNAVAILABLE', 'The code runner is busy; try again shortly', { retryAfter: error.retryAfterSeconds });
    }
    if (error instanceof SandboxUnavailableError) {
      throw new AppError('SERVICE_UNAVAILABLE', 'Code execution is not available on this server', { retryAfter: 60 });
    }
    if (error instanceof SandboxInputError) {
      throw new AppError('VALIDATION_ERROR', error.message, { fieldErrors: { testCases: [error.message] } });
    }
    throw error;
  }
}

export interface RunCodeInput {
  language: LanguageId;
  code: string;
  input: string;
}

/** Each user's runs share one fair share of the runner (see RunPool). */
const ownerOf = (actor: UserActor) => `user:${actor.userId}`;

/** The contract's run_code: runs a program on the given stdin inside the jail. */
export function runCode(actor: UserActor, input: RunCodeInput): Promise<ExecuteResult> {
  return inSandbox(() => execute({ language: input.language, code: input.code, stdin: input.input, owner: ownerOf(actor) }));
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

export interface SubmitInput {
  /** A judge fixture's slug, or the bank's question (questionId) — one of the two. */
  problem?: string;
  questionId?: number;
  language: LanguageId;
  code: string;
  testCases?: Array<{ input: string; expectedOutput: string }>;
}

function findProblem(slug: string): ProblemFixture {
  const problem = Object.values(PROBLEMS).find((p) => p.slug === slug);
  if (!problem) throw new AppError('QUESTION_NOT_FOUND', `No problem ${slug}`);
  return problem;
}

/**
 * "Run" on the practice page: a bank question's visible cases (or the caller's own), judged and
 * answered but not kept, so trying things out leaves no submissions behind.
 */
export async function runOnQuestion(
  db: Db,
  actor: UserActor,
  input: { questionId: number; language: LanguageId; code: string; testCases?: Array<{ input: string; expectedOutput: string }> },
): Promise<JudgeResult> {
  const question = await judgeableQuestion(db, actor, input.questionId);
  const testCases: TestCase[] = input.testCases
    ? await inSandbox(async () => input.testCases!.map((t) => testCaseFromStrings(t.input, t.expectedOutput)))
    : question.testCases.filter((c) => !c.hidden);
  return inSandbox(() =>
    judge({
      language: input.language,
      code: input.code,
      problem: question.spec,
      testCases,
      limits: question.limits,
      owner: ownerOf(actor),
    }),
  );
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

/** Judges a solution against the problem's test cases (hidden ones included) or the caller's, and keeps the result. */
export async function submitSolution(db: Db, actor: UserActor, input: SubmitInput): Promise<Submission> {
  const problem =
    input.questionId !== undefined
      ? await judgeableQuestion(db, actor, input.questionId)
      : { ...findProblem(input.problem ?? ''), limits: undefined };
  const custom = input.testCases !== undefined;
  const testCases: TestCase[] = custom
    ? await inSandbox(async () => input.testCases!.map((t) => testCaseFromStrings(t.input, t.expectedOutput)))
    : problem.testCases;
  const verdict = await inSandbox(() =>
    judge({ language: input.language, code: input.code, problem: problem.spec, testCases, limits: problem.limits, owner: ownerOf(actor) }),
  );
  const results: StoredCaseResult[] = verdict.results.map((r) => ('actual' in r ? { ...r, actual: storable(r.actual) } : { ...r }));
  const [row] = await db
    .insert(submissions)
    .values({
      userId: actor.userId,
      problem: problem.slug,
      language: input.language,
      code: input.code,
      customTests: custom,
      status: verdict.status,
      compileOutput: verdict.compileOutput ?? null,
      results,
    })
    .returning();
  return row!;
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
