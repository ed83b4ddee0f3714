import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { BodyTooLargeError } from '@/lib/http/request';
import { API_DIR, listRouteFiles, type RouteFile } from '@/lib/http/route-files';
import { logger } from '@/lib/logger';

/** No API body is larger: JSON is capped at 1 MB and avatars at 2 MB by their routes. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

interface ApiRoute extends RouteFile {
  module?: Promise<Record<string, unknown>>;
  /** Failed imports so far: Node keeps a module that threw, so a retry imports it under a new URL. */
  failures: number;
}

/**
 * The REST contracts' route handlers (app/api/**\/route.ts) are plain Request → Response
 * functions. The custom server calls them directly, with the App Router's file-system matching
 * rules, in development and production alike: one request path, so a handler behaves the same
 * under `npm run dev` and `npm start`, and Next's pipeline (which costs more than the handlers,
 * bench/users-me.ts) stays out of the way. Pages, server actions and next-auth go through Next.
 */
export class ApiRouter {
  private readonly routes: ApiRoute[];

  constructor(
    /** Routes left to Next, by their App Router path (e.g. /api/auth/[...nextauth]). */
    private readonly skip: (routePath: string) => boolean,
    apiDir = API_DIR,
  ) {
    this.routes = listRouteFiles(apiDir).map((route) => ({ ...route, failures: 0 }));
  }

  /** True when it answered the request; false leaves it to Next. */
  async handle(req: IncomingMessage, res: ServerResponse, origin: string): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://internal');
    if (!url.pathname.startsWith('/api/')) return false;
    const found = this.match(url.pathname);
    // Judged on the route that matched, so an encoded path (/api/%61uth/…) cannot slip past.
    if (!found || this.skip(found.route.pattern)) return false;
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    const handler = (await this.load(found.route))[method] as Handler | undefined;
    if (typeof handler !== 'function') return false;
    const response = await handler(toRequest(req, url, origin), { params: Promise.resolve(found.params) });
    const unread = unreadBody(req);
    await writeResponse(res, response, req.method === 'HEAD', unread === 'close');
    if (unread === 'drop') dropRestOfBody(req);
    return true;
  }

  /**
   * A module whose import failed (it threw while loading, say on a fault that has since passed)
   * is imported again on the next request, instead of answering 500 until a restart.
   */
  private load(route: ApiRoute): Promise<Record<string, unknown>> {
    if (!route.module) {
      const url = pathToFileURL(route.file);
      if (route.failures > 0) url.searchParams.set('attempt', String(route.failures));
      route.module = import(url.href) as Promise<Record<string, unknown>>;
      route.module.catch((error: unknown) => {
        logger.error({ err: error, route: route.pattern }, 'route module failed to load');
        route.failures += 1;
        route.module = undefined;
      });
    }
    return route.module;
  }

  private match(pathname: string): { route: ApiRoute; params: Record<string, string | string[]> } | null {
    const parts = pathname.split('/').filter(Boolean).map(safeDecode);
    for (const route of this.routes) {
      const params: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
      let ok = true;
      for (let i = 0; i < route.segments.length && ok; i++) {
        const seg = route.segments[i]!;
        const part = parts[i];
        if (seg.kind === 'catchAll') {
          if (i >= parts.length) ok = false;
          else params[seg.name] = parts.slice(i);
          break;
        }
        if (part === undefined) ok = false;
        else if (seg.kind === 'static') ok = seg.value === part;
        else params[seg.name] = part;
      }
      const last = route.segments.at(-1);
      if (ok && (last?.kind === 'catchAll' || route.segments.length === parts.length)) return { route, params };
    }
    return null;
  }
}

/**
 * A handler may answer before reading the whole body (a 413 past the cap, a 401 before the
 * body). A client still sending reads that answer only if the server lets it finish writing:
 * closing at once resets the connection under it (EPIPE). So the rest of the body is read and
 * dropped, up to a bound in bytes and time, as a lingering close does; a body declared larger
 * than the bound closes the connection at once.
 */
const LINGER_BYTES = 2 * MAX_BODY_BYTES;
const LINGER_MS = 5_000;

/** What to do with a body the handler left unread: nothing (it was all read), drop the rest, or close now. */
function unreadBody(req: IncomingMessage): 'none' | 'drop' | 'close' {
  if (req.complete) return 'none';
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) && length > LINGER_BYTES ? 'close' : 'drop';
}

/** Reads and drops the rest of a body nobody wants, then the connection may serve the next request; past the bound, it closes. */
function dropRestOfBody(req: IncomingMessage): void {
  if (req.complete) return;
  let dropped = 0;
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) req.socket.destroy();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** `origin` is this server's own, already checked (server/http-guards.ts): the Host header is never pasted into a URL unchecked. */
function toRequest(req: IncomingMessage, url: URL, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`${origin}${url.pathname}${url.search}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req.pipe(bodyLimit())) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

/** Counts body bytes as they stream in (Content-Length may be absent or false) and stops at the cap. */
function bodyLimit(): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > MAX_BODY_BYTES) done(new BodyTooLargeError(`Request body is larger than ${MAX_BODY_BYTES} bytes`));
      else done(null, chunk);
    },
  });
}

/**
 * Writes a handler's Response. A body that is complete after its first chunk (every JSON
 * answer) goes out with a Content-Length; anything longer is streamed as it is produced
 * (server-sent events, run output), flushed chunk by chunk, and cancelled if the client leaves.
 */
async function writeResponse(res: ServerResponse, response: Response, headOnly: boolean, closeAfter: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  if (closeAfter) headers.connection = 'close';
  if (headOnly || !response.body) {
    await response.body?.cancel();
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const first = await reader.read();
  const next = first.done ? null : reader.read();
  // Give the stream one turn of the event loop: a body already complete ends by then.
  const settled = next ? await Promise.race([next, new Promise<null>((resolve) => setImmediate(resolve, null))]) : null;
  if (!next || settled?.done) {
    const body = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
    headers['content-length'] = String(body.byteLength);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  delete headers['content-length'];
  res.writeHead(response.status, headers);
  res.flushHeaders();
  let left = false;
  res.once('close', () => {
    if (res.writableFinished) return;
    left = true;
    reader.cancel().catch(() => undefined);
  });
  try {
    res.write(first.value);
    for (let chunk = await next; !chunk.done && !left; chunk = await reader.read()) res.write(chunk.value);
  } catch (error) {
    if (!left) logger.warn({ err: error }, 'response stream failed');
  }
  res.end();
}
