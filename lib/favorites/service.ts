import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { discussions, experiences, favorites, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { discussionViewColumns, type DiscussionView } from '@/lib/forum/discussions';
import { bumpCounter, postNotFound, postTable, type PostRef } from '@/lib/forum/posts';
import { experienceViewColumns, type ExperienceView } from '@/lib/experiences/service';

const columnOf = (kind: PostRef['kind']) => (kind === 'discussion' ? favorites.discussionId : favorites.experienceId);

/**
 * ai-interview-api.md Favorites 1 and 2. Idempotent: favoriting twice keeps one favorite and
 * counts it once. Answers the favorite's id (new or existing).
 */
export async function addFavorite(db: Db, actor: UserActor, target: PostRef): Promise<{ id: number; created: boolean }> {
  return withTransaction(db, async (tx) => {
    // Locks the post first, so the insert and the count move together however many clicks arrive at once.
    const table = postTable(target.kind);
    const [post] = await tx.select({ id: table.id }).from(table).where(eq(table.id, target.id)).for('update');
    if (!post) throw postNotFound(target.kind);
    const [inserted] = await tx
      .insert(favorites)
      .values({ userId: actor.userId, ...(target.kind === 'discussion' ? { discussionId: target.id } : { experienceId: target.id }) })
      .onConflictDoNothing()
      .returning({ id: favorites.id });
    if (inserted) {
      await bumpCounter(tx, target, 'favoritesCount', 1);
      return { id: inserted.id, created: true };
    }
    const [existing] = await tx
      .select({ id: favorites.id })
      .from(favorites)
      .where(and(eq(favorites.userId, actor.userId), eq(columnOf(target.kind), target.id)));
    return { id: existing!.id, created: false };
  });
}

async function removeWhere(tx: Db, actor: UserActor, row: typeof favorites.$inferSelect): Promise<void> {
  if (row.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its owner may remove a favorite');
  await tx.delete(favorites).where(eq(favorites.id, row.id));
  const target: PostRef =
    row.discussionId !== null ? { kind: 'discussion', id: row.discussionId } : { kind: 'experience', id: row.experienceId! };
  await bumpCounter(tx, target, 'favoritesCount', -1);
}

/** ai-interview-api.md Favorites 5: by the favorite's id; only its owner. */
export async function removeFavorite(db: Db, actor: UserActor, favoriteId: number): Promise<void> {
  await withTransaction(db, async (tx) => {
    const [row] = await tx.select().from(favorites).where(eq(favorites.id, favoriteId)).for('update');
    if (!row) throw new AppError('NOT_FOUND', 'Favorite not found');
    await removeWhere(tx, actor, row);
  });
}

/** Un-favorites a post by the post (what a toggle does); nothing to remove is not an error. */
export async function removeFavoriteOf(db: Db, actor: UserActor, target: PostRef): Promise<void> {
  await withTransaction(db, async (tx) => {
    const [row] = await tx
      .select()
      .from(favorites)
      .where(and(eq(favorites.userId, actor.userId), eq(columnOf(target.kind), target.id)))
      .for('update');
    if (row) await removeWhere(tx, actor, row);
  });
}

/** ai-interview-api.md Favorites 3: the caller's favorite discussions, most recently favorited first. */
export async function listFavoriteDiscussions(db: Db, actor: UserActor): Promise<DiscussionView[]> {
  return db
    .select({ ...discussionViewColumns, favoriteId: favorites.id })
    .from(favorites)
    .innerJoin(discussions, eq(discussions.id, favorites.discussionId))
    .innerJoin(users, eq(users.id, discussions.userId))
    .where(eq(favorites.userId, actor.userId))
    .orderBy(desc(favorites.createdAt), desc(favorites.id));
}

/** ai-interview-api.md Favorites 4: the caller's favorite experiences, most recently favorited first. */
export async function listFavoriteExperiences(db: Db, actor: UserActor): Promise<ExperienceView[]> {
  return db
    .select({ ...experienceViewColumns, favoriteId: favorites.id })
    .from(favorites)
    .innerJoin(experiences, eq(experiences.id, favorites.experienceId))
    .innerJoin(users, eq(users.id, experiences.userId))
    .where(eq(favorites.userId, actor.userId))
    .orderBy(desc(favorites.createdAt), desc(favorites.id));
}
