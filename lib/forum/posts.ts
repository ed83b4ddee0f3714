import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { discussions, experiences } from '@/db/schema';
import { AppError } from '@/lib/errors';

/** What a comment or a favorite is about: a discussion or an interview experience. */
export type PostRef = { kind: 'discussion' | 'experience'; id: number };

export const postTable = (kind: PostRef['kind']) => (kind === 'discussion' ? discussions : experiences);

export const postNotFound = (kind: PostRef['kind']) =>
  new AppError('NOT_FOUND', kind === 'discussion' ? 'Discussion not found' : 'Experience not found');

/**
 * Moves one of a post's counters by `delta` inside the caller's transaction; the update proves
 * the post exists and locks it until the change commits. 404 when there is no such post.
 */
export async function bumpCounter(tx: Db, target: PostRef, counter: 'commentsCount' | 'favoritesCount', delta: 1 | -1): Promise<void> {
  const table = postTable(target.kind);
  const [row] = await tx
    .update(table)
    .set({ [counter]: sql`${table[counter]} + ${delta}` })
    .where(eq(table.id, target.id))
    .returning({ id: table.id });
  if (!row) throw postNotFound(target.kind);
}
