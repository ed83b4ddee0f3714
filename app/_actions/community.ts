'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { addFavorite, removeFavoriteOf } from '@/lib/favorites/service';
import { addComment, deleteComment, editComment } from '@/lib/forum/comments';
import { text } from '@/lib/validation/common';

const postRef = z.object({ kind: z.enum(['discussion', 'experience']), id: z.number().int().positive() });

/** The page a post lives on, refreshed after a change to it. */
const pageOf = (ref: z.output<typeof postRef>) => (ref.kind === 'discussion' ? `/forum/${ref.id}` : `/experiences/${ref.id}`);

export const setFavoriteAction = authedAction(postRef.extend({ favorite: z.boolean() }), async (input, { db, actor }) => {
  const ref = { kind: input.kind, id: input.id };
  if (input.favorite) await addFavorite(db, actor, ref);
  else await removeFavoriteOf(db, actor, ref);
  revalidatePath('/favorites');
  return input.favorite;
});

export const addCommentAction = authedAction(postRef.extend({ comment: text('comment', 2000) }), async (input, { db, actor }) => {
  const created = await addComment(db, actor, { kind: input.kind, id: input.id }, input.comment);
  revalidatePath(pageOf(input));
  return created.id;
});

export const editCommentAction = authedAction(
  postRef.extend({ commentId: z.number().int().positive(), comment: text('comment', 2000) }),
  async (input, { db, actor }) => {
    await editComment(db, actor, input.commentId, input.comment);
    revalidatePath(pageOf(input));
    return true;
  },
);

export const deleteCommentAction = authedAction(
  postRef.extend({ commentId: z.number().int().positive() }),
  async (input, { db, actor }) => {
    await deleteComment(db, actor, input.commentId);
    revalidatePath(pageOf(input));
    return true;
  },
);
