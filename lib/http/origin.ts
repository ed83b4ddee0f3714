import 'server-only';
import { env } from '@/lib/env';

/**
 * This app's public origin, for absolute links in answers: APP_URL's when set, else the origin
 * the request reached, which the server built from a Host header it had checked (and, behind a
 * trusted proxy, its X-Forwarded-Proto) before any route saw the request (server/http-guards.ts).
 */
export function publicOrigin(request: Request): string {
  return new URL(env.APP_URL ?? request.url).origin;
}

/** The WebSocket origin beside an HTTP one: ws:// for http://, wss:// for https://. */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}
