import 'server-only';
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionCases, questions, submissions, type Question, type QuestionCase } from '@/db/schema';
import { isAdminActor, type Actor, type UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { containsPattern } from '@/lib/search/like';
import { pageWindow, toPage, type Page } from '@/lib/http/pagination';
import type { QuestionListQuery, RandomQuestionQuery } from '@/lib/validation/questions';
import { hasLargestCase } from '@/db/seed/problems';
import type { TestCase } from '@/lib/vocabulary/problems';

export interface QuestionWithCases {
  question: Question;
  cases: QuestionCase[];
  /** Whether the caller has an accepted submission of it. */
  solved: boolean;
}

/** Solved: the caller has an accepted submission of this question. */
function solvedBy(userId: number) {
  return sql<boolean>`exists (select 1 from ${submissions} where ${submissions.userId} = ${userId} and ${submissions.problem} = ${questions.slug} and ${submissions.status} = 'accepted')`;
}

async function withCases(db: Db, question: Question, actor: Actor | null, solved: boolean): Promise<QuestionWithCases> {
  // Hidden cases and their answers leave the server only for admins.
  const where = isAdminActor(actor)
    ? eq(questionCases.questionId, question.id)
    : and(eq(questionCases.questionId, question.id), eq(questionCases.hidden, false));
  const cases = await db.select().from(questionCases).where(where).orderBy(asc(questionCases.position));
  return { question, cases, solved };
}

/** §3.1: a published question (an admin sees drafts and retired ones too); 404 QUESTION_NOT_FOUND otherwise. */
export async function getQuestion(db: Db, actor: Actor | null, id: number): Promise<QuestionWithCases> {
  const userId = actor?.kind === 'user' ? actor.userId : 0;
  const [row] = await db
    .select({ question: questions, solved: solvedBy(userId) })
    .from(questions)
    .where(eq(questions.id, id))
    .limit(1);
  if (!row || (row.question.status !== 'published' && !isAdminActor(actor))) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  return withCases(db, row.question, actor, row.solved);
}

/**
 * §3.2: a random published question of the difficulty and category asked, one the caller has not
 * solved when there is one (the language only has to be one the judge runs: every question of the
 * bank has starter code in each).
 */
export async function randomQuestion(db: Db, actor: UserActor, query: RandomQuestionQuery): Promise<QuestionWithCases> {
  const filters: SQL[] = [eq(questions.status, 'published')];
  if (query.difficulty) filters.push(eq(questions.difficulty, query.difficulty));
  if (query.category) filters.push(eq(questions.category, query.category));
  const solved = solvedBy(actor.userId);
  const [row] = await db
    .select({ question: questions, solved })
    .from(questions)
    .where(and(...filters))
    .orderBy(solved, sql`random()`)
    .limit(1);
  if (!row) throw new AppError('QUESTION_NOT_FOUND', 'No question matches these filters');
  return withCases(db, row.question, actor, row.solved);
}

const SORT_COLUMNS = { createdAt: questions.createdAt, title: questions.titleEn, difficulty: questions.difficulty } as const;

/** §3.3: the admins' search over the whole bank (drafts and retired included), a page at a time. */
export async function listQuestions(db: Db, actor: Actor | null, query: QuestionListQuery): Promise<Page<Question>> {
  if (!isAdminActor(actor)) throw new AppError('FORBIDDEN', 'Administrators only');
  const filters: SQL[] = [];
  if (query.status !== 'all') filters.push(eq(questions.status, query.status));
  if (query.difficulty) filters.push(eq(questions.difficulty, query.difficulty));
  if (query.category) filters.push(eq(questions.category, query.category));
  if (query.q) {
    const like = containsPattern(query.q);
    filters.push(
      or(
        ilike(questions.titleEn, like),
        ilike(questions.titleZh, like),
        ilike(questions.slug, like),
        sql`exists (select 1 from unnest(${questions.tags}) as tag where tag ilike ${like})`,
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const order = query.sortOrder === 'asc' ? asc : desc;
  const { offset, limit } = pageWindow(query);
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    db.select().from(questions).where(where).orderBy(order(SORT_COLUMNS[query.sortBy]), order(questions.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(questions).where(where),
  ]);
  return toPage(items, total, query);
}

/**
 * What the judge needs of a question: its signature, limits and every stored case, hidden ones
 * included. The constraints' largest case is not among them: the runner builds it from the seed
 * file (`hasLargest`), since it can be megabytes.
 */
export interface JudgeableQuestion {
  slug: string;
  spec: Question['spec'];
  limits: { timeLimitMs: number; memoryLimitMb: number };
  testCases: TestCase[];
  hasLargest: boolean;
}

/** A published question to judge against (admins: any), with all its stored cases. */
export async function judgeableQuestion(db: Db, actor: Actor, id: number): Promise<JudgeableQuestion> {
  const [question] = await db.select().from(questions).where(eq(questions.id, id)).limit(1);
  if (!question || (question.status !== 'published' && !isAdminActor(actor)))
    throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  const cases = await db.select().from(questionCases).where(eq(questionCases.questionId, id)).orderBy(asc(questionCases.position));
  return {
    slug: question.slug,
    spec: question.spec,
    limits: { timeLimitMs: question.timeLimitMs, memoryLimitMb: question.memoryLimitMb },
    testCases: cases.map((c) => ({ args: c.args, expected: c.expected, hidden: c.hidden })),
    hasLargest: hasLargestCase(question.slug),
  };
}

export interface BrowseFilters {
  page: number;
  perPage: number;
  difficulty?: Question['difficulty'];
  category?: string;
  q?: string;
}

export interface BrowsedQuestion {
  id: number;
  slug: string;
  titleEn: string;
  titleZh: string;
  difficulty: Question['difficulty'];
  category: string;
  solved: boolean;
}

/** The practice list: published questions, filtered and searched, with the viewer's solved marks. */
export async function browseQuestions(
  db: Db,
  viewerId: number | null,
  filters: BrowseFilters,
): Promise<{ items: BrowsedQuestion[]; total: number }> {
  const conditions: SQL[] = [eq(questions.status, 'published')];
  if (filters.difficulty) conditions.push(eq(questions.difficulty, filters.difficulty));
  if (filters.category) conditions.push(eq(questions.category, filters.category));
  if (filters.q) {
    const like = containsPattern(filters.q);
    conditions.push(
      or(
        ilike(questions.titleEn, like),
        ilike(questions.titleZh, like),
        sql`exists (select 1 from unnest(${questions.tags}) as tag where tag ilike ${like})`,
      )!,
    );
  }
  const where = and(...conditions);
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select({
        id: questions.id,
        slug: questions.slug,
        titleEn: questions.titleEn,
        titleZh: questions.titleZh,
        difficulty: questions.difficulty,
        category: questions.category,
        solved: solvedBy(viewerId ?? 0),
      })
      .from(questions)
      .where(where)
      .orderBy(sql`case ${questions.difficulty} when 'Easy' then 0 when 'Medium' then 1 else 2 end`, asc(questions.titleEn))
      .limit(filters.perPage)
      .offset((filters.page - 1) * filters.perPage),
    db.select({ total: count() }).from(questions).where(where),
  ]);
  return { items, total };
}

/** A published question by its slug (the practice page's address), with its visible cases. */
export async function questionBySlug(db: Db, actor: Actor | null, slug: string): Promise<QuestionWithCases> {
  const [row] = await db.select({ id: questions.id }).from(questions).where(eq(questions.slug, slug)).limit(1);
  if (!row) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  return getQuestion(db, actor, row.id);
}
