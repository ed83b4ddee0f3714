import 'server-only';
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionCases, questions, roomMembers, rooms, submissions, type Question, type QuestionCase } from '@/db/schema';
import { isAdminActor, type Actor, type UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { containsPattern } from '@/lib/search/like';
import { pageWindow, toPage, type Page } from '@/lib/http/pagination';
import type { QuestionListQuery, RandomQuestionQuery } from '@/lib/validation/questions';
import type { TestCase } from '@/lib/vocabulary/problems';

export interface QuestionWithCases {
  question: Question;
  cases: QuestionCase[];
  /** Whether the caller has an accepted submission of it. */
  solved: boolean;
  /** The caller is the interviewee of a live room on this question: its hints (and an admin's secrets) are left out. */
  hintsWithheld: boolean;
}

// The outer query's question, qualified: inside a subquery drizzle writes a column bare, and a bare "id" is the subquery's own.
const QUESTION_ID = sql.raw('"questions"."id"');

/**
 * Solved: one of these users has an accepted submission judged on this question's own cases (the
 * outer query's question). Nothing else counts: a run, or cases the caller wrote, never solve
 * anything. The one definition for the practice pages, §3 and choosing a room's question.
 */
export function solvedBy(...userIds: number[]) {
  return sql<boolean>`exists (select 1 from ${submissions} as s where s.user_id in ${userIds} and s.question_id = ${QUESTION_ID}
    and s.status = 'accepted' and s.judged_on_question)`;
}

/**
 * The viewer is the interviewee of a room on this question that has not ended (waiting, or
 * active): until it ends, its hints reach them only as the interviewer reveals them in the room
 * (docs/live-interviews.md), so no route or page serves them the question's hints, and an admin
 * in that seat does not get the reference solutions either.
 */
function intervieweeOfLiveRoom(userId: number) {
  return sql<boolean>`exists (select 1 from ${rooms} as r join ${roomMembers} as m on m.room_id = r.id
    where r.question_id = ${QUESTION_ID} and m.user_id = ${userId} and m.role = 'interviewee'
      and (r.status = 'active' or (r.status = 'waiting' and r.expires_at > now())))`;
}

async function withCases(
  db: Db,
  found: Question,
  actor: Actor | null,
  solved: boolean,
  hintsWithheld: boolean,
): Promise<QuestionWithCases> {
  const question = hintsWithheld ? { ...found, hints: [], solutions: {} as Question['solutions'], brute: null } : found;
  // Hidden cases and their answers leave the server only for admins (not while they sit an interview on it).
  const where =
    isAdminActor(actor) && !hintsWithheld
      ? eq(questionCases.questionId, question.id)
      : and(eq(questionCases.questionId, question.id), eq(questionCases.hidden, false));
  const cases = await db.select().from(questionCases).where(where).orderBy(asc(questionCases.position));
  return { question, cases, solved, hintsWithheld };
}

/** §3.1: a published question (an admin sees drafts and retired ones too); 404 QUESTION_NOT_FOUND otherwise. */
export async function getQuestion(db: Db, actor: Actor | null, id: number): Promise<QuestionWithCases> {
  const userId = actor?.kind === 'user' ? actor.userId : 0;
  const [row] = await db
    .select({ question: questions, solved: solvedBy(userId), withheld: intervieweeOfLiveRoom(userId) })
    .from(questions)
    .where(eq(questions.id, id))
    .limit(1);
  if (!row || (row.question.status !== 'published' && !isAdminActor(actor))) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  return withCases(db, row.question, actor, row.solved, row.withheld);
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
    .select({ question: questions, solved, withheld: intervieweeOfLiveRoom(actor.userId) })
    .from(questions)
    .where(and(...filters))
    .orderBy(solved, sql`random()`)
    .limit(1);
  if (!row) throw new AppError('QUESTION_NOT_FOUND', 'No question matches these filters');
  return withCases(db, row.question, actor, row.solved, row.withheld);
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
 * included. The constraints' largest case is not among them: it is megabytes, so the runner reads
 * it by id (lib/questions/largest.ts).
 */
export interface JudgeableQuestion {
  id: number;
  slug: string;
  spec: Question['spec'];
  limits: { timeLimitMs: number; memoryLimitMb: number };
  testCases: TestCase[];
}

/** A published question to judge against (admins: any), by id or by its slug, with all its stored cases. */
export async function judgeableQuestion(db: Db, actor: Actor, key: { id: number } | { slug: string }): Promise<JudgeableQuestion> {
  const [question] = await db
    .select()
    .from(questions)
    .where('id' in key ? eq(questions.id, key.id) : eq(questions.slug, key.slug))
    .limit(1);
  if (!question || (question.status !== 'published' && !isAdminActor(actor)))
    throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  const cases = await db.select().from(questionCases).where(eq(questionCases.questionId, question.id)).orderBy(asc(questionCases.position));
  return {
    id: question.id,
    slug: question.slug,
    spec: question.spec,
    limits: { timeLimitMs: question.timeLimitMs, memoryLimitMb: question.memoryLimitMb },
    testCases: cases.map((c) => ({ args: c.args, expected: c.expected, hidden: c.hidden })),
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
  tags: string[];
  solved: boolean;
  /** Submissions judged on the question's own cases, and how many of them were accepted. */
  judged: number;
  accepted: number;
}

/** Judged submissions of the outer query's question (all of them, or the accepted ones): one index lookup each (submissions_question_judged_idx). */
const judgedCount = (acceptedOnly: boolean) =>
  sql<number>`(select count(*) from ${submissions} as s where s.question_id = ${QUESTION_ID} and s.judged_on_question${
    acceptedOnly ? sql` and s.status = 'accepted'` : sql``
  })`.mapWith(Number);

/** The practice list: published questions by number, filtered and searched, with the viewer's solved marks and each one's acceptance, in one query. */
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
        tags: questions.tags,
        solved: solvedBy(viewerId ?? 0),
        judged: judgedCount(false),
        accepted: judgedCount(true),
      })
      .from(questions)
      .where(where)
      .orderBy(asc(questions.id))
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

/** A retired question's titles, so its old address can say it was retired rather than a bare 404; null for any other slug. */
export async function retiredQuestionTitles(db: Db, slug: string): Promise<{ titleEn: string; titleZh: string } | null> {
  const [row] = await db
    .select({ titleEn: questions.titleEn, titleZh: questions.titleZh })
    .from(questions)
    .where(and(eq(questions.slug, slug), eq(questions.status, 'retired')))
    .limit(1);
  return row ?? null;
}
