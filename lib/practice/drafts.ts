import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { practiceDrafts, questions, type PracticeDraft } from '@/db/schema';
import { isAdminActor, type UserActor } from '@/lib/auth/actor';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import { AppError } from '@/lib/errors';
import { encodeId } from '@/lib/ids';
import type { LanguageId } from '@/lib/vocabulary/languages';

export interface DraftKey {
  questionId: number;
  language: LanguageId;
}

/** Drafts belong to questions their author can open: published ones (an admin's: any). */
function visibleQuestion(actor: UserActor, questionId: number) {
  return isAdminActor(actor) ? eq(questions.id, questionId) : and(eq(questions.id, questionId), eq(questions.status, 'published'));
}

async function assertQuestionVisible(db: Db, actor: UserActor, questionId: number): Promise<void> {
  const [row] = await db.select({ id: questions.id }).from(questions).where(visibleQuestion(actor, questionId)).limit(1);
  if (!row) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
}

/** The caller's drafts of one question, the most recently saved first (the page reopens that language). */
export async function listDrafts(db: Db, actor: UserActor, questionId: number): Promise<PracticeDraft[]> {
  await assertQuestionVisible(db, actor, questionId);
  return db
    .select()
    .from(practiceDrafts)
    .where(and(eq(practiceDrafts.userId, actor.userId), eq(practiceDrafts.questionId, questionId)))
    .orderBy(desc(practiceDrafts.updatedAt), desc(practiceDrafts.id));
}

/** The caller's draft of one question in one language; 404 NOT_FOUND when there is none. */
export async function readDraft(db: Db, actor: UserActor, key: DraftKey): Promise<PracticeDraft> {
  await assertQuestionVisible(db, actor, key.questionId);
  const [draft] = await db
    .select()
    .from(practiceDrafts)
    .where(
      and(
        eq(practiceDrafts.userId, actor.userId),
        eq(practiceDrafts.questionId, key.questionId),
        eq(practiceDrafts.language, key.language),
      ),
    )
    .limit(1);
  if (!draft) throw new AppError('NOT_FOUND', 'No draft of this question in this language');
  return draft;
}

/** A NOT NULL violation (SQLSTATE 23502), whichever driver raised it. */
function notNullViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23502') return true;
  }
  return false;
}

/**
 * Saves the caller's draft, replacing the one before, in one statement: the question's id comes
 * from a subquery that finds only a question they can open (none: null, which the column refuses),
 * and the user–question–language key updates in place.
 */
export async function saveDraft(db: Db, actor: UserActor, input: DraftKey & { code: string }): Promise<PracticeDraft> {
  // The schemas hold this too; the service holds it for every caller (a socket, a script).
  if (input.code.length > MAX_CODE_LENGTH) {
    throw new AppError('VALIDATION_ERROR', CODE_TOO_LONG, { fieldErrors: { code: [CODE_TOO_LONG] } });
  }
  const questionId = sql<number>`(${db.select({ id: questions.id }).from(questions).where(visibleQuestion(actor, input.questionId))})`;
  try {
    const [saved] = await db
      .insert(practiceDrafts)
      .values({ userId: actor.userId, questionId, language: input.language, code: input.code })
      .onConflictDoUpdate({
        target: [practiceDrafts.userId, practiceDrafts.questionId, practiceDrafts.language],
        set: { code: sql`excluded.code`, updatedAt: sql`now()` },
      })
      .returning();
    return saved!;
  } catch (error) {
    if (notNullViolation(error)) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
    throw error;
  }
}

/** Discards the caller's draft (the editor goes back to the starter code); discarding none is no error. */
export async function discardDraft(db: Db, actor: UserActor, key: DraftKey): Promise<void> {
  await assertQuestionVisible(db, actor, key.questionId);
  await db
    .delete(practiceDrafts)
    .where(
      and(
        eq(practiceDrafts.userId, actor.userId),
        eq(practiceDrafts.questionId, key.questionId),
        eq(practiceDrafts.language, key.language),
      ),
    );
}

/** A draft as the API and the page read it. */
export const draftOutput = (draft: PracticeDraft) => ({
  questionId: encodeId('question', draft.questionId),
  language: draft.language,
  code: draft.code,
  updatedAt: draft.updatedAt.toISOString(),
});
