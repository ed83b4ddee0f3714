import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { authOptions } from './next-auth';
import { findLiveSession } from '@/lib/auth/sessions';

/** The signed-in user of a page or server action, checked against the live session; null when signed out or revoked. */
export async function getWebActor(): Promise<UserActor | null> {
  const session = await getServerSession(authOptions());
  if (!session?.sid) return null;
  const live = await findLiveSession(await getDb(), session.sid, session.gen);
  if (!live || live.user.id !== session.userId) return null;
  return { kind: 'user', userId: live.user.id, role: live.user.role, sessionId: live.sessionId, user: live.user };
}

/** The signed-in user of a page that needs one; anyone else is sent to log in and brought back to `next`. */
export async function requireWebActor(next: string): Promise<UserActor> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(next)}`);
  return actor;
}
