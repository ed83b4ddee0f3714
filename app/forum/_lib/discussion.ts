import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { viewerIdOf, type UserActor } from '@/lib/auth/actor';
import { getWebActor } from '@/lib/auth/web';
import { isAppError } from '@/lib/errors';
import { getDiscussion, type DiscussionView } from '@/lib/forum/discussions';
import { rowId } from '@/lib/ids';

/**
 * The discussion a /forum/[id] page shows, with the signed-in viewer; a missing or malformed id
 * is the forum's 404. Cached per request, so the page and its metadata read it once.
 */
export const loadDiscussion = cache(async (idParam: string): Promise<{ discussion: DiscussionView; actor: UserActor | null }> => {
  const actor = await getWebActor();
  try {
    const discussion = await getDiscussion(await getDb(), viewerIdOf(actor), rowId(idParam));
    return { discussion, actor };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

/** "Edited" only when the post changed after it was posted, not in the same instant. */
export const wasEdited = (d: DiscussionView) => d.updatedAt.getTime() - d.createdAt.getTime() > 1000;
