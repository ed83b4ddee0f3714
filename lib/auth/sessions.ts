import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { authSessions, refreshTokens, users, type User } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { publish, type DomainEventPayload } from '@/lib/events';
import { guardAuthAttempt, type ClientOrigin } from '@/lib/guards/rate-limit';
import type { UserActor } from './actor';
import {
  hashToken,
  newRefreshToken,
  readAccessToken,
  readRoomToken,
  signAccessToken,
  type AccessClaims,
  type RoomTokenScope,
} from './tokens';

export type SessionClient = 'api' | 'v1' | 'web';

export interface IssuedTokens {
  sessionId: string;
  generation: number;
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken?: string;
  sessionExpiresAt: Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function sessionLifetimeMs(client: SessionClient, keepLoggedIn: boolean): number {
  if (client === 'v1' || client === 'web' || keepLoggedIn) return env.REFRESH_TOKEN_TTL_DAYS * DAY;
  return env.SESSION_TTL_HOURS * HOUR;
}

/**
 * The ai-interview contract has one token and no refresh token, so its token lives as long as
 * its session; v1 access tokens are short-lived and renewed with a refresh token. Either way
 * every token names its session and generation, which are checked on each request.
 */
function accessExpiry(client: SessionClient, sessionExpiresAt: Date): Date {
  if (client === 'api') return sessionExpiresAt;
  return new Date(Math.min(sessionExpiresAt.getTime(), Date.now() + env.ACCESS_TOKEN_TTL_SECONDS * 1000));
}

async function issueRefreshToken(db: Db, sessionId: string, expiresAt: Date): Promise<string> {
  const token = newRefreshToken();
  await db.insert(refreshTokens).values({ sessionId, tokenHash: hashToken(token), expiresAt });
  return token;
}

export async function startSession(
  db: Db,
  userId: number,
  options: { client: SessionClient; keepLoggedIn?: boolean },
): Promise<IssuedTokens> {
  const keepLoggedIn = options.keepLoggedIn ?? false;
  const sessionExpiresAt = new Date(Date.now() + sessionLifetimeMs(options.client, keepLoggedIn));
  const sessionId = randomBytes(18).toString('base64url');
  await db.insert(authSessions).values({
    id: sessionId,
    userId,
    keepLoggedIn,
    client: options.client,
    expiresAt: sessionExpiresAt,
  });
  const accessExpiresAt = accessExpiry(options.client, sessionExpiresAt);
  const accessToken = await signAccessToken({ userId, sessionId, generation: 1 }, accessExpiresAt);
  const refreshToken = options.client === 'v1' ? await issueRefreshToken(db, sessionId, sessionExpiresAt) : undefined;
  return { sessionId, generation: 1, accessToken, accessExpiresAt, refreshToken, sessionExpiresAt };
}

function liveSessionQuery(db: Db) {
  return db
    .select({ user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(
      and(
        eq(authSessions.id, sql.placeholder('sessionId')),
        eq(authSessions.generation, sql.placeholder('generation')),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, sql`now()`),
      ),
    )
    .limit(1)
    .prepare('find_live_session');
}

// Every authenticated request runs this: a prepared statement is built once per database handle
// and planned once per connection.
const liveSessionQueries = new WeakMap<Db, ReturnType<typeof liveSessionQuery>>();

/** The live session named by (sessionId, generation), with its user; null once revoked, expired or rotated. */
export async function findLiveSession(db: Db, sessionId: string, generation: number): Promise<{ user: User; sessionId: string } | null> {
  let query = liveSessionQueries.get(db);
  if (!query) liveSessionQueries.set(db, (query = liveSessionQuery(db)));
  const [row] = await query.execute({ sessionId, generation });
  return row ? { user: row.user, sessionId } : null;
}

export async function authenticateAccessToken(db: Db, token: string): Promise<UserActor | null> {
  const claims = await readAccessToken(token);
  return claims ? actorForClaims(db, claims) : null;
}

/** The user behind verified token claims, if their session is still live at that generation. */
export async function actorForClaims(db: Db, claims: AccessClaims): Promise<UserActor | null> {
  const live = await findLiveSession(db, claims.sessionId, claims.generation);
  if (!live || live.user.id !== claims.userId) return null;
  return { kind: 'user', userId: live.user.id, role: live.user.role, sessionId: live.sessionId, user: live.user };
}

/**
 * The user behind a room token (4.2's accessToken/editorToken) while the log-in it was issued
 * to lasts, at whatever generation its refresh token has reached since.
 */
export async function actorForRoomToken(db: Db, token: string): Promise<(UserActor & { roomId: number; scope: RoomTokenScope }) | null> {
  const claims = await readRoomToken(token);
  if (!claims) return null;
  const [row] = await db
    .select({ user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, claims.sessionId), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, sql`now()`)))
    .limit(1);
  if (!row || row.user.id !== claims.userId) return null;
  return {
    kind: 'user',
    userId: row.user.id,
    role: row.user.role,
    sessionId: claims.sessionId,
    user: row.user,
    roomId: claims.roomId,
    scope: claims.scope,
  };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** SYSTEM_TOKEN or CRON_SECRET from the environment identify the scheduler and other internal callers. */
export function isSystemToken(token: string): boolean {
  return [env.SYSTEM_TOKEN, env.CRON_SECRET].some((secret) => secret !== undefined && safeEqual(token, secret));
}

/** A credential, checked as far as needs no database: the system secret, or a token's signature and expiry. */
export type Credential = { kind: 'system' } | { kind: 'token'; claims: AccessClaims } | { kind: 'invalid' } | null;

export async function readCredential(token: string | null): Promise<Credential> {
  if (!token) return null;
  if (isSystemToken(token)) return { kind: 'system' };
  const claims = await readAccessToken(token);
  return claims ? { kind: 'token', claims } : { kind: 'invalid' };
}

export type RevokeReason = DomainEventPayload<'session.revoked'>['reason'];

/** Ends a session and everything issued under it; its live connections, on any instance, are told once it commits. */
export async function revokeSession(db: Db, sessionId: string, reason: RevokeReason): Promise<void> {
  await withTransaction(db, async (tx) => {
    const revoked = await tx
      .update(authSessions)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)))
      .returning({ userId: authSessions.userId });
    for (const { userId } of revoked) await publish(tx, 'session.revoked', { userId, sessionId, reason });
  });
}

/**
 * ai-interview-api.md Users 6: a valid token is exchanged for a new one; the old one stops
 * working (the session's generation moves on) and a kept session slides forward. Only the
 * contract's own sessions: a v1 access token is renewed with its refresh token, a browser
 * session by next-auth, never here.
 */
export async function rotateSessionToken(db: Db, origin: ClientOrigin, token: string): Promise<IssuedTokens> {
  await guardAuthAttempt(db, origin);
  const claims = await readAccessToken(token);
  if (!claims) throw new AppError('UNAUTHORIZED', 'Token is missing, invalid or expired');
  return withTransaction(db, async (tx) => {
    const [session] = await tx
      .update(authSessions)
      .set({ generation: sql`${authSessions.generation} + 1` })
      .where(
        and(
          eq(authSessions.id, claims.sessionId),
          eq(authSessions.generation, claims.generation),
          eq(authSessions.userId, claims.userId),
          eq(authSessions.client, 'api'),
          isNull(authSessions.revokedAt),
          gt(authSessions.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!session) throw new AppError('UNAUTHORIZED', 'Token is missing, invalid or expired');
    let expiresAt = session.expiresAt;
    if (session.client === 'api') {
      expiresAt = new Date(Date.now() + sessionLifetimeMs('api', session.keepLoggedIn));
      await tx.update(authSessions).set({ expiresAt }).where(eq(authSessions.id, session.id));
    }
    const accessExpiresAt = accessExpiry(session.client, expiresAt);
    const accessToken = await signAccessToken(
      { userId: session.userId, sessionId: session.id, generation: session.generation },
      accessExpiresAt,
    );
    return { sessionId: session.id, generation: session.generation, accessToken, accessExpiresAt, sessionExpiresAt: expiresAt };
  });
}

/**
 * codemeet-api.md auth flow: a refresh token is good once. Using it again means it was stolen
 * (or replayed), so the whole family — the session and all its tokens — is revoked.
 */
export async function rotateRefreshToken(
  db: Db,
  origin: ClientOrigin,
  refreshToken: string,
): Promise<IssuedTokens & { refreshToken: string }> {
  await guardAuthAttempt(db, origin);
  const tokenHash = hashToken(refreshToken);
  const outcome = await withTransaction(db, async (tx) => {
    const [claimed] = await tx
      .update(refreshTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt), gt(refreshTokens.expiresAt, sql`now()`)))
      .returning({ sessionId: refreshTokens.sessionId });
    if (!claimed) {
      const [known] = await tx
        .select({ sessionId: refreshTokens.sessionId, usedAt: refreshTokens.usedAt })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash));
      if (known?.usedAt) return { kind: 'reuse', sessionId: known.sessionId } as const;
      return { kind: 'invalid' } as const;
    }
    const [session] = await tx
      .update(authSessions)
      .set({ generation: sql`${authSessions.generation} + 1` })
      .where(and(eq(authSessions.id, claimed.sessionId), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, sql`now()`)))
      .returning();
    if (!session) return { kind: 'invalid' } as const;
    const accessExpiresAt = accessExpiry('v1', session.expiresAt);
    const accessToken = await signAccessToken(
      { userId: session.userId, sessionId: session.id, generation: session.generation },
      accessExpiresAt,
    );
    const next = await issueRefreshToken(tx, session.id, session.expiresAt);
    return {
      kind: 'issued',
      issued: {
        sessionId: session.id,
        generation: session.generation,
        accessToken,
        accessExpiresAt,
        refreshToken: next,
        sessionExpiresAt: session.expiresAt,
      },
    } as const;
  });
  if (outcome.kind === 'reuse') {
    await revokeSession(db, outcome.sessionId, 'refresh_token_reuse');
    throw new AppError('UNAUTHORIZED', 'Refresh token was already used; the session has been revoked');
  }
  if (outcome.kind === 'invalid') throw new AppError('UNAUTHORIZED', 'Refresh token is invalid or expired');
  return outcome.issued;
}
