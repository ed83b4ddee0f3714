import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseHost } from '@/lib/http/host';
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

/** What is wrong with a request before any handler may see it: its Host or its path; null when nothing is. */
function malformation(req: IncomingMessage): { field: 'Host' | 'Path'; detail: string } | null {
  if (!parseHost(req.headers.host)) return { field: 'Host', detail: 'The Host header is malformed' };
  if (!pathDecodes(req.url)) return { field: 'Path', detail: 'The request path is not valid percent-encoding' };
  return null;
}

/** Answers a malformed request (its Host, its path) in the shape its path expects. */
function refuseMalformed(req: IncomingMessage, res: ServerResponse, problem: { field: 'Host' | 'Path'; detail: string }): void {
  const path = req.url ?? '/';
  const traceId = traceIdFor(new Headers());
  let type = 'text/plain; charset=utf-8';
  let body = `400 Bad Request: ${problem.detail}\n`;
  if (path.startsWith('/api/v1/')) {
    type = 'application/problem+json';
    body = JSON.stringify({
      type: 'https://tools.ietf.org/html/rfc7807',
      title: 'Bad Request',
      status: 400,
      detail: problem.detail,
      code: 'BAD_REQUEST',
      traceId,
    });
  } else if (path.startsWith('/api/')) {
    type = 'application/json';
    body = JSON.stringify({ message: '資料有誤', errors: { [problem.field]: [problem.detail] } });
  }
  res.writeHead(400, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Trace-Id': traceId,
    Connection: 'close',
  });
  res.end(body);
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
    const problem = malformation(req);
    if (problem) return refuseMalformed(req, res, problem);
    for (const listener of requestListeners) listener.call(server, req, res);
  });
  const upgradeListeners = server.listeners('upgrade') as Array<(req: IncomingMessage, socket: Duplex, head: Buffer) => void>;
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (malformation(req)) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
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
