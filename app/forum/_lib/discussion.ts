import 'server-only';
import { cache } from 'react';
import { orNotFound } from '@/app/_lib/pages';
import { getDb } from '@/db';
import { viewerIdOf, type UserActor } from '@/lib/auth/actor';
import { getWebActor } from '@/app/_lib/auth';
import { getDiscussion, type DiscussionView } from '@/lib/forum/discussions';
import { rowId } from '@/lib/ids';

/**
 * The discussion a /forum/[id] page shows, with the signed-in viewer; a missing or malformed id
 * is the forum's 404. Cached per request, so the page and its metadata read it once.
 */
export const loadDiscussion = cache(async (idParam: string): Promise<{ discussion: DiscussionView; actor: UserActor | null }> => {
  const actor = await getWebActor();
  const discussion = await orNotFound(async () => getDiscussion(await getDb(), viewerIdOf(actor), rowId(idParam)));
  return { discussion, actor };
});
