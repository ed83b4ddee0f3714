import 'server-only';
import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { experiences, favorites, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { containsPattern } from '@/lib/search/like';
import { foldText } from '@/lib/search/tokens';
import type { ExperienceInput, ExperienceListQuery } from '@/lib/validation/career';

/**
 * One company, however people type it: case, full-width letters (ＴＳＭＣ), spaces and the
 * punctuation around them do not make another company.
 */
export const companyKeyOf = (name: string) => foldText(name).replace(/[\s\p{P}\p{S}]+/gu, '');

export interface ExperienceView {
  id: number;
  authorId: number;
  authorName: string;
  company: string;
  companyKey: string;
  position: string;
  interviewDate: string;
  sharing: string;
  result: ExperienceInput['result'];
  difficulty: ExperienceInput['difficulty'];
  evaluation: number | null;
  questions: string[];
  favorites: number;
  comments: number;
  createdAt: Date;
  updatedAt: Date;
  favoriteId?: number | null;
}

export interface ExperiencePage {
  items: ExperienceView[];
  total: number;
  page: number;
  perPage: number;
}

/** The columns of an ExperienceView (the favorites list reuses them). */
export const experienceViewColumns = {
  id: experiences.id,
  authorId: experiences.userId,
  authorName: users.name,
  company: experiences.company,
  companyKey: experiences.companyKey,
  position: experiences.position,
  interviewDate: experiences.interviewDate,
  sharing: experiences.sharing,
  result: experiences.result,
  difficulty: experiences.difficulty,
  evaluation: experiences.evaluation,
  questions: experiences.questions,
  favorites: experiences.favoritesCount,
  comments: experiences.commentsCount,
  createdAt: experiences.createdAt,
  updatedAt: experiences.updatedAt,
};

function viewQuery(db: Db, viewerId: number | null) {
  const base = db
    .select(viewerId === null ? experienceViewColumns : { ...experienceViewColumns, favoriteId: favorites.id })
    .from(experiences)
    .innerJoin(users, eq(users.id, experiences.userId));
  if (viewerId === null) return base;
  return base.leftJoin(favorites, and(eq(favorites.experienceId, experiences.id), eq(favorites.userId, viewerId)));
}

export async function shareExperience(db: Db, actor: UserActor, input: ExperienceInput): Promise<{ id: number }> {
  const [row] = await db
    .insert(experiences)
    .values({ userId: actor.userId, ...input, companyKey: companyKeyOf(input.company) })
    .returning({ id: experiences.id });
  return row!;
}

/** ai-interview-api.md Experiences 2, with filters (company matched loosely, position by any part, result, difficulty) and pages. */
export async function listExperiences(db: Db, viewerId: number | null, query: ExperienceListQuery): Promise<ExperiencePage> {
  const conditions: SQL[] = [];
  if (query.company) conditions.push(eq(experiences.companyKey, companyKeyOf(query.company)));
  // A position is found by any part of it ("工程師" finds 後端工程師), ignoring case.
  if (query.position) conditions.push(ilike(experiences.position, containsPattern(query.position)));
  if (query.result) conditions.push(eq(experiences.result, query.result));
  if (query.difficulty) conditions.push(eq(experiences.difficulty, query.difficulty));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    viewQuery(db, viewerId)
      .where(where)
      .orderBy(desc(experiences.createdAt), desc(experiences.id))
      .limit(query.per_page)
      .offset((query.page - 1) * query.per_page),
    db.select({ n: count() }).from(experiences).where(where),
  ]);
  return { items: items as ExperienceView[], total: total?.n ?? 0, page: query.page, perPage: query.per_page };
}

export async function getExperience(db: Db, viewerId: number | null, id: number): Promise<ExperienceView> {
  const [row] = await viewQuery(db, viewerId).where(eq(experiences.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'Experience not found');
  return row as ExperienceView;
}

export async function listMyExperiences(db: Db, actor: UserActor): Promise<ExperienceView[]> {
  const rows = await viewQuery(db, actor.userId)
    .where(eq(experiences.userId, actor.userId))
    .orderBy(desc(experiences.createdAt), desc(experiences.id));
  return rows as ExperienceView[];
}

async function ownExperience(tx: Db, actor: UserActor, id: number) {
  const [row] = await tx.select().from(experiences).where(eq(experiences.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', 'Experience not found');
  if (row.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its author may change an experience');
  return row;
}

export async function updateExperience(db: Db, actor: UserActor, id: number, patch: Partial<ExperienceInput>): Promise<void> {
  await withTransaction(db, async (tx) => {
    await ownExperience(tx, actor, id);
    await tx
      .update(experiences)
      .set({ ...patch, ...(patch.company ? { companyKey: companyKeyOf(patch.company) } : {}), updatedAt: new Date() })
      .where(eq(experiences.id, id));
  });
}

/** Deletes an experience with its comments and favorites (foreign keys cascade within the one statement). */
export async function deleteExperience(db: Db, actor: UserActor, id: number): Promise<void> {
  await withTransaction(db, async (tx) => {
    await ownExperience(tx, actor, id);
    await tx.delete(experiences).where(eq(experiences.id, id));
  });
}
