'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { createDiscussion, deleteDiscussion, updateDiscussion } from '@/lib/forum/discussions';
import { discussionBody } from '@/lib/validation/career';

const discussionId = z.object({ id: z.number().int().positive().max(2_147_483_647) });

export const createDiscussionAction = authedAction(discussionBody, async (input, { db, actor }) => {
  const { id } = await createDiscussion(db, actor, input);
  revalidatePath('/forum');
  redirect(`/forum/${id}`);
});

// The form sends every field, so the post's body schema applies whole; the service checks the author.
export const updateDiscussionAction = authedAction(discussionBody.extend(discussionId.shape), async ({ id, ...patch }, { db, actor }) => {
  await updateDiscussion(db, actor, id, patch);
  revalidatePath('/forum');
  revalidatePath(`/forum/${id}`);
  redirect(`/forum/${id}`);
});

export const deleteDiscussionAction = authedAction(discussionId, async ({ id }, { db, actor }) => {
  await deleteDiscussion(db, actor, id);
  revalidatePath('/forum');
  redirect('/forum');
});
