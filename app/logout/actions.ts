'use server';

import { getDb } from '@/db';
import { revokeSession } from '@/lib/auth/sessions';
import { getWebActor } from '@/app/_lib/auth';

/** Revokes the browser's session server-side; the page then clears next-auth's cookie. */
export async function logoutAction(): Promise<void> {
  const actor = await getWebActor();
  if (actor) await revokeSession(await getDb(), actor.sessionId, 'logout');
}
