import { randomBytes } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '@/lib/errors';
import { parseHost } from '@/lib/http/host';
import { legacyRenderer } from '@/lib/http/legacy';
import { problemResponse } from '@/lib/http/problem';
import { NONCE_HEADER, traceIdFor } from '@/lib/http/request';

export { parseHost };

/** Who is calling, as the socket says (or the reverse proxy in front, with TRUST_PROXY): never a header the client wrote. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    // The rightmost entry is the one our proxy appended; anything left of it the client wrote.
    const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** The origin this request reached, built only from a host parseHost accepted. */
export function requestOrigin(req: IncomingMessage, host: string, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-proto'] : undefined;
  const proto =
    typeof forwarded === 'string' && /^https?$/.test(forwarded.split(',')[0]!.trim()) ? forwarded.split(',')[0]!.trim() : 'http';
  return `${proto}://${host}`;
}

/** Whether every segment of the request's path decodes ("/a%zz" does not: Next would answer it with a 500). */
export function pathDecodes(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The trace id of a request no route sees (an upgrade, a malformed one): its caller's trace continued, as the routes do. */
export function traceIdOf(req: IncomingMessage): string {
  const traceparent = req.headers.traceparent;
  return traceIdFor({ get: (name) => (name === 'traceparent' && typeof traceparent === 'string' ? traceparent : null) });
}

/** What is wrong with a request before any handler may see it (its Host or its path, as a 400 naming the field), or null. */
function malformation(req: IncomingMessage): AppError | null {
  const refuse = (field: 'Host' | 'Path', detail: string) => new AppError('BAD_REQUEST', detail, { fieldErrors: { [field]: [detail] } });
  if (!parseHost(req.headers.host)) return refuse('Host', 'The Host header is malformed');
  if (!pathDecodes(req.url)) return refuse('Path', 'The request path is not valid percent-encoding');
  return null;
}

/** A malformed request's answer, in the shape its path expects: each contract's own renderer for the API, plain text for pages. */
function refusalFor(path: string, error: AppError, traceId: string): Response {
  if (path.startsWith('/api/v1/')) return problemResponse(error, traceId);
  if (path.startsWith('/api/')) return legacyRenderer().render(error, traceId);
  return new Response(`400 Bad Request: ${error.message}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Trace-Id': traceId },
  });
}

/** Headers of every answer written here, beside what the renderer set: nothing caches or sniffs it, and the connection ends. */
const RAW_ANSWER_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'close' };

async function answer(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...RAW_ANSWER_HEADERS, 'content-length': body.byteLength });
  res.end(body);
}

/** Answers a refused upgrade (a WebSocket handshake) on its raw socket, in HTTP/1.1, and closes it. */
export async function answerUpgrade(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers = { ...Object.fromEntries(response.headers), ...RAW_ANSWER_HEADERS, 'content-length': String(body.byteLength) };
  const head = [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
}

/**
 * Puts the Host and path checks in front of every listener the server has (the app, Socket.IO,
 * which installs its own request and upgrade listeners, and Next's dev HMR): nothing sees a
 * request whose Host is malformed or whose path does not decode. Call once every listener is attached.
 */
export function refuseMalformedFirst(server: Server): void {
  const requestListeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const refused = malformation(req);
    if (refused) return void answer(res, refusalFor(req.url ?? '/', refused, traceIdOf(req)));
    for (const listener of requestListeners) listener.call(server, req, res);
  });
  const upgradeListeners = server.listeners('upgrade') as Array<(req: IncomingMessage, socket: Duplex, head: Buffer) => void>;
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Upgrades are the WebSocket endpoints (/ws/rooms, Socket.IO): codemeet-api.md's ProblemDetails.
    const refused = malformation(req);
    if (refused) return void answerUpgrade(socket, problemResponse(refused, traceIdOf(req)));
    for (const listener of upgradeListeners) listener.call(server, req, socket, head);
  });
}

/**
 * Headers of every answer. API answers are data, never documents: nothing may run or frame
 * them. Pages get a per-request nonce CSP: Next.js takes the nonce from the request's
 * Content-Security-Policy header and puts it on its own scripts; 'strict-dynamic' lets those
 * scripts load the rest (Monaco's loader, Swagger UI), nothing else runs.
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, options: { dev: boolean; https: boolean }): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  if (options.https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  const path = req.url ?? '/';
  if (path.startsWith('/api/') && !path.startsWith('/api/auth/')) {
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    return;
  }
  const nonce = randomBytes(16).toString('base64');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  req.headers['content-security-policy'] = policy;
  req.headers[NONCE_HEADER] = nonce;
  res.setHeader('Content-Security-Policy', policy);
  // The camera and microphone serve interview video and spoken answers, on this origin only.
  res.setHeader('Permissions-Policy', 'camera=(self), microphone=(self), geolocation=(), payment=()');
}
