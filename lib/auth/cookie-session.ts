import { parseCookie } from 'cookie';
import { decode } from 'next-auth/jwt';
import type { Db } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { authSecret } from '@/lib/auth/secret';
import { findLiveSession } from '@/lib/auth/sessions';
import { parseHost } from '@/lib/http/host';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

export type HeaderRecord = Record<string, string | string[] | undefined>;

/**
 * A browser sends its cookies with a cross-site WebSocket or polling request as readily as
 * with a same-site one, so a cookie alone proves nothing about who opened the page. A
 * cookie-authenticated request must come from this app's own origin: APP_URL's when set,
 * else the host the request reached. A request with no Origin is not a browser's cross-site one.
 */
export function cookieOriginAllowed(headers: HeaderRecord, appUrl: string | undefined): boolean {
  const origin = headers.origin;
  if (origin === undefined) return headers['sec-fetch-site'] !== 'cross-site';
  if (typeof origin !== 'string') return false;
  let host: string;
  try {
    const parsed = new URL(origin);
    if (parsed.origin === 'null' || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false;
    if (appUrl) return parsed.origin === new URL(appUrl).origin;
    host = parsed.host;
  } catch {
    return false;
  }
  const own = parseHost(headers.host);
  return own !== null && own === host.toLowerCase();
}

/** The user behind the browser's next-auth session cookie, sent from this app's own pages; null otherwise. */
export async function actorForSessionCookie(db: Db, headers: HeaderRecord, appUrl: string | undefined): Promise<UserActor | null> {
  const cookieHeader = headers.cookie;
  if (typeof cookieHeader !== 'string') return null;
  if (!cookieOriginAllowed(headers, appUrl)) return null;
  const cookies = parseCookie(cookieHeader);
  const raw = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
  if (!raw) return null;
  const jwt = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!jwt?.sid || typeof jwt.gen !== 'number') return null;
  const live = await findLiveSession(db, jwt.sid, jwt.gen);
  if (!live || live.user.id !== jwt.uid) return null;
  return { kind: 'user', userId: live.user.id, role: live.user.role, sessionId: live.sessionId, user: live.user };
}
