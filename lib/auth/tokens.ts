import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { authSecret } from './secret';

export interface AccessClaims {
  userId: number;
  sessionId: string;
  generation: number;
}

const ISSUER = 'codemeet';
let cachedKey: { secret: string; key: Promise<CryptoKey> } | undefined;

/** Imported once: jose would otherwise import the raw secret on every sign and verify. */
function signingKey(): Promise<CryptoKey> {
  const secret = authSecret();
  if (cachedKey?.secret !== secret) {
    const key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

export async function signAccessToken(claims: AccessClaims, expiresAt: Date): Promise<string> {
  return new SignJWT({ sid: claims.sessionId, gen: claims.generation })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(claims.userId))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(await signingKey());
}

/** Checks signature and expiry only; the session's state is checked against the database by the caller. */
export async function readAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), { issuer: ISSUER, algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    // A token with an audience is some other credential (a room token), never an API one.
    if (payload.aud !== undefined) return null;
    if (!Number.isSafeInteger(userId) || typeof payload.sid !== 'string' || typeof payload.gen !== 'number') return null;
    return { userId, sessionId: payload.sid, generation: payload.gen };
  } catch {
    return null;
  }
}

export type RoomTokenScope = 'room' | 'video' | 'editor';

export interface RoomClaims {
  userId: number;
  roomId: number;
  scope: RoomTokenScope;
  /** The log-in it was issued to: the token dies with it (log-out anywhere ends the room connection too). */
  sessionId: string;
}

const ROOM_AUDIENCE = 'codemeet-room';

/** A room's own credential (4.2's accessToken, videoToken, editorToken): one user, one room, one log-in. */
export async function signRoomToken(claims: RoomClaims, expiresAt: Date): Promise<string> {
  return new SignJWT({ room: claims.roomId, scope: claims.scope, sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(claims.userId))
    .setIssuer(ISSUER)
    .setAudience(ROOM_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(await signingKey());
}

/** Signature, audience and expiry only: membership is checked against the database by the caller. */
export async function readRoomToken(token: string): Promise<RoomClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), { issuer: ISSUER, audience: ROOM_AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    const scope = payload.scope;
    if (
      !Number.isSafeInteger(userId) ||
      typeof payload.room !== 'number' ||
      typeof payload.sid !== 'string' ||
      (scope !== 'room' && scope !== 'video' && scope !== 'editor')
    )
      return null;
    return { userId, roomId: payload.room, scope, sessionId: payload.sid };
  } catch {
    return null;
  }
}

export function newRefreshToken(): string {
  return `rt_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
