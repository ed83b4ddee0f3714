import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { interviewQuestions, type InterviewQuestion } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { isAdminActor, type Actor, type UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { containsPattern } from '@/lib/search/like';
import { publish } from '@/lib/events';
import { forgetBankIndex } from './bank-index';
import type { BankListQuery, BankQuestionBody, BankQuestionPatch } from '@/lib/validation/interviews';

/** The bank's one role rule: only admins write it, and only they see retired questions. */
export function requireBankAdmin(actor: Actor | null): asserts actor is UserActor {
  if (!actor || actor.kind !== 'user') throw new AppError('UNAUTHORIZED', 'Sign in to change the question bank');
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', 'Only administrators may change the question bank');
}

/** A page of the bank, filtered by family, kind and text; retired questions only for admins. */
export async function listBank(
  db: Db,
  actor: Actor | null,
  query: BankListQuery,
): Promise<{ items: InterviewQuestion[]; total: number; page: number; perPage: number }> {
  if (query.status !== 'published') requireBankAdmin(actor);
  const filters: SQL[] = [];
  if (query.status !== 'all') filters.push(eq(interviewQuestions.status, query.status));
  if (query.family) filters.push(eq(interviewQuestions.family, query.family));
  if (query.kind) filters.push(eq(interviewQuestions.kind, query.kind));
  if (query.q) {
    // The bank is a few hundred rows: a substring match over both languages and the tags is enough for an editor.
    const like = containsPattern(query.q);
    filters.push(
      or(
        ilike(interviewQuestions.textZh, like),
        ilike(interviewQuestions.textEn, like),
        ilike(interviewQuestions.key, like),
        sql`exists (select 1 from jsonb_array_elements_text(${interviewQuestions.tags}) as tag where tag ilike ${like})`,
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select()
      .from(interviewQuestions)
      .where(where)
      .orderBy(asc(interviewQuestions.family), asc(interviewQuestions.kind), asc(interviewQuestions.id))
      .limit(query.per_page)
      .offset((query.page - 1) * query.per_page),
    db.select({ total: count() }).from(interviewQuestions).where(where),
  ]);
  return { items, total, page: query.page, perPage: query.per_page };
}

export async function getBankQuestion(db: Db, actor: Actor | null, id: number): Promise<InterviewQuestion> {
  const [row] = await db.select().from(interviewQuestions).where(eq(interviewQuestions.id, id)).limit(1);
  if (!row || (row.status === 'retired' && !isAdminActor(actor))) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  return row;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');

/** Adds a question (published at once); its key is made from its family and English text. */
export async function createBankQuestion(db: Db, actor: Actor | null, input: BankQuestionBody): Promise<InterviewQuestion> {
  requireBankAdmin(actor);
  const key = [input.family, slug(input.en) || 'question', randomBytes(3).toString('hex')].join('-');
  return withTransaction(db, async (tx, scope) => {
    const [row] = await tx
      .insert(interviewQuestions)
      .values({
        key,
        family: input.family,
        kind: input.kind,
        textZh: input.zh,
        textEn: input.en,
        tags: input.tags,
        points: input.points,
        secondsMin: input.seconds[0],
        secondsMax: input.seconds[1],
        updatedBy: actor.userId,
      })
      .returning();
    await publish(tx, 'interview_question.changed', { questionId: row!.id });
    // This instance forgets at once; the others when the event reaches them.
    scope.afterCommit(forgetBankIndex);
    return row!;
  });
}

/** Edits, retires (status 'retired') or restores a question; interviews already given keep the text they asked. */
export async function updateBankQuestion(db: Db, actor: Actor | null, id: number, patch: BankQuestionPatch): Promise<InterviewQuestion> {
  requireBankAdmin(actor);
  return withTransaction(db, async (tx, scope) => {
    const [current] = await tx.select().from(interviewQuestions).where(eq(interviewQuestions.id, id)).for('update').limit(1);
    if (!current) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
    const seconds = patch.seconds ?? [current.secondsMin, current.secondsMax];
    const [row] = await tx
      .update(interviewQuestions)
      .set({
        ...(patch.family !== undefined ? { family: patch.family } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.zh !== undefined ? { textZh: patch.zh } : {}),
        ...(patch.en !== undefined ? { textEn: patch.en } : {}),
        ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
        ...(patch.points !== undefined ? { points: patch.points } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        secondsMin: seconds[0],
        secondsMax: seconds[1],
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(interviewQuestions.id, id))
      .returning();
    await publish(tx, 'interview_question.changed', { questionId: id });
    scope.afterCommit(forgetBankIndex);
    return row!;
  });
}

/** Retires a question: never chosen again, kept for the records that asked it. */
export function retireBankQuestion(db: Db, actor: Actor | null, id: number): Promise<InterviewQuestion> {
  return updateBankQuestion(db, actor, id, { status: 'retired' });
}
