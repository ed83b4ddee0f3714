import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { comments, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { bumpCounter, postNotFound, postTable, type PostRef } from './posts';

export interface CommentView {
  id: number;
  authorId: number;
  authorName: string;
  content: string;
  createdAt: Date;
  updatedAt: Date;
}

const columnOf = (kind: PostRef['kind']) => (kind === 'discussion' ? comments.discussionId : comments.experienceId);

/** ai-interview-api.md Comments 1: a post's comments, oldest first. */
export async function listComments(db: Db, target: PostRef): Promise<CommentView[]> {
  const table = postTable(target.kind);
  const [post] = await db.select({ id: table.id }).from(table).where(eq(table.id, target.id));
  if (!post) throw postNotFound(target.kind);
  return db
    .select({
      id: comments.id,
      authorId: comments.userId,
      authorName: users.name,
      content: comments.content,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(eq(columnOf(target.kind), target.id))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** ai-interview-api.md Comments 2: the comment and the post's count change together. */
export async function addComment(db: Db, actor: UserActor, target: PostRef, content: string): Promise<{ id: number }> {
  return withTransaction(db, async (tx) => {
    await bumpCounter(tx, target, 'commentsCount', 1);
    const [row] = await tx
      .insert(comments)
      .values({
        userId: actor.userId,
        content,
        ...(target.kind === 'discussion' ? { discussionId: target.id } : { experienceId: target.id }),
      })
      .returning({ id: comments.id });
    return row!;
  });
}

async function ownComment(tx: Db, actor: UserActor, id: number) {
  const [row] = await tx.select().from(comments).where(eq(comments.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', 'Comment not found');
  if (row.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its author may change a comment');
  return row;
}

/** ai-interview-api.md Comments 3: only the author edits. */
export async function editComment(db: Db, actor: UserActor, id: number, content: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    await ownComment(tx, actor, id);
    await tx
      .update(comments)
      .set({ content, updatedAt: sql`now()` })
      .where(eq(comments.id, id));
  });
}

/** ai-interview-api.md Comments 4: only the author deletes; the post's count follows. */
export async function deleteComment(db: Db, actor: UserActor, id: number): Promise<void> {
  await withTransaction(db, async (tx) => {
    const row = await ownComment(tx, actor, id);
    await tx.delete(comments).where(eq(comments.id, id));
    const target: PostRef =
      row.discussionId !== null ? { kind: 'discussion', id: row.discussionId } : { kind: 'experience', id: row.experienceId! };
    await bumpCounter(tx, target, 'commentsCount', -1);
  });
}
