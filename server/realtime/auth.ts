import type { Db } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { actorForSessionCookie, type HeaderRecord } from '@/lib/auth/cookie-session';
import { authenticateAccessToken } from '@/lib/auth/sessions';

export { cookieOriginAllowed } from '@/lib/auth/cookie-session';

/**
 * A socket is the user behind either a bearer token (handshake `auth.token`, `?token=`, or the
 * Authorization header) or the browser's next-auth session cookie, from this app's own pages.
 */
export async function authenticateHandshake(
  db: Db,
  handshake: { auth: Record<string, unknown>; query: Record<string, unknown>; headers: HeaderRecord },
  appUrl: string | undefined,
): Promise<UserActor | null> {
  const header = handshake.headers.authorization;
  const bearer = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  const token = [handshake.auth.token, handshake.query.token, bearer].find((t): t is string => typeof t === 'string' && t.length > 0);
  if (token) return authenticateAccessToken(db, token.replace(/^Bearer\s+/i, ''));
  return actorForSessionCookie(db, handshake.headers, appUrl);
}
