import 'server-only';
import { randomUUID } from 'node:crypto';
import { env } from '@/lib/env';
import { emptyRecord } from '@/lib/validation/hostile';

/** Set by server/index.ts from the socket (or X-Forwarded-For when TRUST_PROXY): never trusted from the client. */
export const CLIENT_IP_HEADER = 'x-codemeet-client-ip';
/** Set by server/http-guards.ts on page requests: the nonce of this response's Content-Security-Policy. */
export const NONCE_HEADER = 'x-nonce';
const MAX_JSON_BYTES = 1_000_000;

/** Both contracts' credentials: the ai-interview `token` header and `Authorization: Bearer`. */
export function readToken(headers: Headers): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (bearer) return bearer[1]!;
  const token = headers.get('token')?.trim();
  if (!token) return null;
  // Some clients send the legacy header as "Bearer <jwt>" too.
  return /^Bearer\s+(\S+)$/i.exec(token)?.[1] ?? token;
}

export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}

/** W3C trace-context style id ("00-<trace>-<span>-01"), continuing the caller's trace when it sent one. */
export function traceIdFor(headers: Pick<Headers, 'get'>): string {
  const parent = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(headers.get('traceparent') ?? '');
  // randomUUID draws from a cached entropy pool: far cheaper per request than randomBytes.
  const fresh = randomUUID().replaceAll('-', '');
  const trace = parent?.[1] ?? fresh;
  return `00-${trace}-${fresh.slice(parent ? 0 : 16, parent ? 16 : 32)}-01`;
}

/** Raised by the body stream once a request carries more than the server accepts. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

export function isBodyTooLarge(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (e.name === 'BodyTooLargeError') return true;
  }
  return false;
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: 'invalid' | 'too_large' };

/** An absent body reads as undefined, so optional bodies validate as "nothing sent". */
export async function readJson(request: Request): Promise<JsonBody> {
  let raw: string;
  try {
    raw = await request.text();
  } catch (error) {
    if (isBodyTooLarge(error)) return { ok: false, reason: 'too_large' };
    throw error;
  }
  if (raw.length > MAX_JSON_BYTES) return { ok: false, reason: 'too_large' };
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

/** The query string as a record (first value of each name), safe for any name a client sends. */
export function searchParamsObject(url: string): Record<string, string> {
  const out = emptyRecord<string>();
  for (const [key, value] of new URL(url).searchParams) out[key] ??= value;
  return out;
}

/**
 * The origin to build this app's absolute URLs from: APP_URL's when set (the public one, behind
 * any proxy), else the one the request reached (the server builds it from a Host it has checked,
 * and X-Forwarded-Proto only with TRUST_PROXY).
 */
export function publicOrigin(request: Request): string {
  return new URL(env.APP_URL ?? request.url).origin;
}
