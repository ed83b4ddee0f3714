'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions';
import { deleteDiscussion } from '@/lib/forum/discussions';

const discussionId = z.object({ id: z.number().int().positive().max(2_147_483_647) });

export const deleteDiscussionAction = authedAction(discussionId, async ({ id }, { db, actor }) => {
  await deleteDiscussion(db, actor, id);
  revalidatePath('/forum');
  redirect('/forum');
});
