import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { resumes, type Resume } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { uniqueViolation } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { formatValidationMessage } from '@/lib/i18n/validation-messages';
import type { ResumeInput } from '@/lib/validation/career';

const RESUME_EXISTS = formatValidationMessage('en', { key: 'resumeExists' });

/** The caller's résumé; null before they write one. */
export async function findResume(db: Db, actor: UserActor): Promise<Resume | null> {
  const [row] = await db.select().from(resumes).where(eq(resumes.userId, actor.userId));
  return row ?? null;
}

/** ai-interview-api.md Resumes 1. */
export async function getResume(db: Db, actor: UserActor): Promise<Resume> {
  const row = await findResume(db, actor);
  if (!row) throw new AppError('NOT_FOUND', 'No résumé yet');
  return row;
}

/** ai-interview-api.md Resumes 2: one résumé per user (the unique key decides between two at once). */
export async function createResume(db: Db, actor: UserActor, input: ResumeInput): Promise<Resume> {
  try {
    const [row] = await db
      .insert(resumes)
      .values({ userId: actor.userId, ...input })
      .returning();
    return row!;
  } catch (error) {
    if (uniqueViolation(error) !== null)
      throw new AppError('CONFLICT', RESUME_EXISTS, { fieldMessages: { resume: [{ key: 'resumeExists' }] } });
    throw error;
  }
}

/** ai-interview-api.md Resumes 3: the fields sent replace the stored ones (rows in their new order), in one statement. */
export async function updateResume(db: Db, actor: UserActor, patch: ResumeInput): Promise<Resume> {
  const [row] = await db
    .update(resumes)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(resumes.userId, actor.userId))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', 'No résumé yet');
  return row;
}

/** What the résumé page saves: the whole résumé, created on first save. */
export async function saveResume(db: Db, actor: UserActor, input: Required<ResumeInput>): Promise<Resume> {
  const [row] = await db
    .insert(resumes)
    .values({ userId: actor.userId, ...input })
    .onConflictDoUpdate({ target: resumes.userId, set: { ...input, updatedAt: sql`now()` } })
    .returning();
  return row!;
}
