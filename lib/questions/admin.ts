import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionCases, questions, type Question, type QuestionCase } from '@/db/schema';
import { LANGUAGES } from '@/db/seed/problems/source';
import { withTransaction } from '@/db/transaction';
import { isAdminActor, type Actor, type UserActor } from '@/lib/auth/actor';
import { AppError, type FieldErrors } from '@/lib/errors';
import { emptyRecord } from '@/lib/validation/hostile';
import { MIN_HIDDEN_TO_PUBLISH, type CreateQuestionInput, type UpdateQuestionInput } from '@/lib/validation/question-admin';
import { SandboxInputError } from '@/lib/vocabulary/errors';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { validateProblem } from '@/lib/vocabulary/problem-rules';
import type { ProblemSpec, TestCase } from '@/lib/vocabulary/problems';
import { dropLargestCase, largestCaseFor } from './largest';
import { questionDetail } from './present';
import { proveQuestion, type Proof, type ProofSubject } from './proof';
import { getQuestion, type QuestionWithCases } from './service';

/** The bank is written by administrators only; every entry point (route, action) passes this. */
export function requireQuestionAdmin(actor: Actor | null): UserActor {
  if (!isAdminActor(actor)) throw new AppError('FORBIDDEN', 'Administrators only');
  return actor;
}

/** A question's every field as it is or will be saved: the row's columns and its two lists of cases. */
export type QuestionContent = Omit<CreateQuestionInput, 'status'>;

function contentOf(question: Question, cases: QuestionCase[]): QuestionContent {
  const caseOf = (c: QuestionCase): TestCase => ({ args: c.args, expected: c.expected });
  return {
    slug: question.slug,
    title: { en: question.titleEn, zh: question.titleZh },
    difficulty: question.difficulty,
    category: question.category as QuestionContent['category'],
    tags: question.tags,
    statement: { en: question.statementEn, zh: question.statementZh },
    examples: question.examples.map((e) => ({
      input: e.input,
      output: e.output,
      ...(e.explanation ? { explanation: e.explanation } : {}),
    })),
    constraints: question.constraints,
    hints: question.hints,
    spec: question.spec as unknown as QuestionContent['spec'],
    limits: { timeLimitMs: question.timeLimitMs, memoryLimitMb: question.memoryLimitMb },
    starter: question.starter,
    solutions: question.solutions,
    brute: question.brute,
    visible: cases.filter((c) => !c.hidden).map(caseOf),
    hidden: cases.filter((c) => c.hidden).map(caseOf),
  };
}

function rowOf(content: QuestionContent) {
  return {
    titleEn: content.title.en,
    titleZh: content.title.zh,
    difficulty: content.difficulty,
    category: content.category,
    tags: content.tags,
    statementEn: content.statement.en,
    statementZh: content.statement.zh,
    examples: content.examples,
    constraints: content.constraints,
    hints: content.hints,
    spec: content.spec as unknown as ProblemSpec,
    timeLimitMs: content.limits.timeLimitMs,
    memoryLimitMb: content.limits.memoryLimitMb,
    starter: content.starter as Record<LanguageId, string>,
    solutions: content.solutions as Record<LanguageId, string>,
    brute: content.brute,
  };
}

const caseRows = (questionId: number, content: QuestionContent) =>
  [...content.visible.map((c) => ({ ...c, hidden: false })), ...content.hidden.map((c) => ({ ...c, hidden: true }))].map((c, position) => ({
    questionId,
    position,
    hidden: c.hidden,
    args: c.args,
    expected: c.expected,
  }));

/**
 * What only the service can check: the spec, read by the sandbox's own validator for every
 * language against every case, and, to publish, a complete question (all five languages'
 * starter code and reference solution, examples, constraints, hints, ≥ 10 hidden cases).
 */
function contentProblems(content: QuestionContent, publishing: boolean): FieldErrors {
  const errors = emptyRecord<string[]>();
  const add = (key: string, message: string) => {
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const cases = [...content.visible, ...content.hidden];
  for (const language of LANGUAGES) {
    try {
      validateProblem(content.spec as unknown as ProblemSpec, cases, language);
    } catch (error) {
      if (!(error instanceof SandboxInputError)) throw error;
      add('spec', error.message);
    }
  }
  if (publishing) {
    for (const language of LANGUAGES) {
      if (!content.starter[language]) add(`starter.${language}`, `starter code in ${language} is needed to publish`);
      if (!content.solutions[language]) add(`solutions.${language}`, `a reference solution in ${language} is needed to publish`);
    }
    if (content.hidden.length < MIN_HIDDEN_TO_PUBLISH)
      add('hidden', `at least ${MIN_HIDDEN_TO_PUBLISH} hidden cases are needed to publish`);
    if (content.examples.length === 0) add('examples', 'at least one example is needed to publish');
    if (content.constraints.length === 0) add('constraints', 'at least one constraint is needed to publish');
    if (content.hints.length === 0) add('hints', 'at least one hint is needed to publish');
  }
  return errors;
}

function refuseProblems(errors: FieldErrors, message: string): void {
  if (Object.keys(errors).length) throw new AppError('VALIDATION_ERROR', message, { fieldErrors: errors });
}

/**
 * The largest case a proof of this content judges: the stored question's, while the content keeps
 * its signature (a changed signature makes it meaningless, and saving drops it).
 */
async function largestFor(db: Db, content: QuestionContent): Promise<number | null> {
  const [stored] = await db
    .select({ id: questions.id, slug: questions.slug, spec: questions.spec })
    .from(questions)
    .where(eq(questions.slug, content.slug));
  if (!stored || !isDeepStrictEqual(stored.spec, content.spec)) return null;
  return largestCaseFor(db, stored);
}

const subjectOf = (content: QuestionContent, largestCaseId: number | null): ProofSubject => ({
  largestCaseId,
  slug: content.slug,
  spec: content.spec as unknown as ProblemSpec,
  limits: content.limits,
  solutions: content.solutions,
  brute: content.brute,
  visible: content.visible,
  hidden: content.hidden,
});

/** The proof, refusing with 400 and each failing language (or the brute force) named when it does not pass. */
async function proveToPublish(db: Db, actor: UserActor, content: QuestionContent): Promise<void> {
  const proof = await proveQuestion(db, actor, subjectOf(content, await largestFor(db, content)));
  if (!proof.ok)
    throw new AppError('VALIDATION_ERROR', 'The proof failed: the question cannot be published', { fieldErrors: proof.errors });
}

/** Creates a question, a draft or (after its proof passed) published. A slug in use is 409 CONFLICT. */
export async function createQuestion(db: Db, actor: Actor | null, input: CreateQuestionInput): Promise<QuestionWithCases> {
  const admin = requireQuestionAdmin(actor);
  const { status, ...content } = input;
  const publishing = status === 'published';
  refuseProblems(contentProblems(content, publishing), 'The question is not valid');
  if (publishing) await proveToPublish(db, admin, content);
  const id = await withTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(questions)
      .values({ slug: content.slug, ...rowOf(content), status, provenAt: publishing ? new Date() : null, updatedBy: admin.userId })
      .onConflictDoNothing({ target: questions.slug })
      .returning({ id: questions.id });
    if (!row)
      throw new AppError('CONFLICT', `A question with the slug ${content.slug} exists`, { fieldErrors: { slug: ['slug is taken'] } });
    await tx.insert(questionCases).values(caseRows(row.id, content));
    return row.id;
  });
  return getQuestion(db, admin, id);
}

async function storedContent(db: Db, id: number): Promise<{ question: Question; content: QuestionContent }> {
  const [question] = await db.select().from(questions).where(eq(questions.id, id)).limit(1);
  if (!question) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  const cases = await db.select().from(questionCases).where(eq(questionCases.questionId, id)).orderBy(asc(questionCases.position));
  return { question, content: contentOf(question, cases) };
}

const JUDGED_FIELDS = ['spec', 'limits', 'solutions', 'brute', 'visible', 'hidden'] as const;

/**
 * Changes any fields of a question (`visible` and `hidden` replace that list whole). Ending up
 * published after a change that the judge reads (or a status change to published) runs the proof
 * first; a judged change to a draft clears its provenAt. A question changed by someone else while
 * its proof ran is 409 CONFLICT, not overwritten.
 */
export async function updateQuestion(db: Db, actor: Actor | null, id: number, input: UpdateQuestionInput): Promise<QuestionWithCases> {
  const admin = requireQuestionAdmin(actor);
  const { question, content: before } = await storedContent(db, id);
  const { status: asked, ...changes } = input;
  const content: QuestionContent = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  const status = asked ?? question.status;
  const judged = JUDGED_FIELDS.some((field) => changes[field] !== undefined);
  const proving = status === 'published' && (question.status !== 'published' || judged || question.provenAt === null);
  refuseProblems(contentProblems(content, status === 'published'), 'The question is not valid');
  if (proving) await proveToPublish(db, admin, content);
  const casesChanged = changes.visible !== undefined || changes.hidden !== undefined;
  await withTransaction(db, async (tx) => {
    const [current] = await tx.select({ updatedAt: questions.updatedAt }).from(questions).where(eq(questions.id, id)).for('update');
    if (!current) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
    if (current.updatedAt.getTime() !== question.updatedAt.getTime()) {
      throw new AppError('CONFLICT', 'The question was changed by someone else meanwhile; reload it and try again');
    }
    const provenAt = proving ? new Date() : judged ? null : question.provenAt;
    await tx
      .update(questions)
      .set({ ...rowOf(content), status, provenAt, updatedBy: admin.userId, updatedAt: new Date() })
      .where(eq(questions.id, id));
    if (casesChanged) {
      await tx.delete(questionCases).where(eq(questionCases.questionId, id));
      await tx.insert(questionCases).values(caseRows(id, content));
    }
    // A largest case was made for the old signature.
    if (!isDeepStrictEqual(question.spec, content.spec)) await dropLargestCase(tx, id);
  });
  return getQuestion(db, admin, id);
}

/** Retires a question: users no longer find or draw it; it is never deleted (submissions refer to it). */
export async function retireQuestion(db: Db, actor: Actor | null, id: number): Promise<QuestionWithCases> {
  const admin = requireQuestionAdmin(actor);
  const [row] = await db
    .update(questions)
    .set({ status: 'retired', updatedBy: admin.userId, updatedAt: new Date() })
    .where(eq(questions.id, id))
    .returning({ id: questions.id });
  if (!row) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  return getQuestion(db, admin, id);
}

/** Runs the proof of a stored question without saving anything. */
export async function proveStoredQuestion(db: Db, actor: Actor | null, id: number): Promise<Proof> {
  const admin = requireQuestionAdmin(actor);
  const { content } = await storedContent(db, id);
  refuseProblems(contentProblems(content, false), 'The question is not valid');
  return proveQuestion(db, admin, subjectOf(content, await largestFor(db, content)));
}

/** Runs the proof of a question as the editor holds it (not saved yet): the spec is checked first. */
export async function proveQuestionDraft(db: Db, actor: Actor | null, content: QuestionContent): Promise<Proof> {
  const admin = requireQuestionAdmin(actor);
  refuseProblems(contentProblems(content, false), 'The question is not valid');
  return proveQuestion(db, admin, subjectOf(content, await largestFor(db, content)));
}

/** The question with every case in the editor's form (args and expected as the judge reads them). */
export function editableContent({ question, cases }: QuestionWithCases): QuestionContent {
  return contentOf(question, cases);
}

/** §3.1's answer as an admin sees it, with the status, the secrets and when its proof last passed. */
export function adminQuestionDetail(found: QuestionWithCases) {
  return {
    ...questionDetail(found, true),
    provenAt: found.question.provenAt?.toISOString() ?? null,
    updatedAt: found.question.updatedAt.toISOString(),
  };
}
