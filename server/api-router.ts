import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { BodyTooLargeError } from '@/lib/http/request';

/** No API body is larger: JSON is capped at 1 MB and avatars at 2 MB by their routes. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Segment = { kind: 'static'; value: string } | { kind: 'param'; name: string } | { kind: 'catchAll'; name: string };

interface ApiRoute {
  file: string;
  /** The route's path as the App Router writes it, e.g. /api/auth/[...nextauth]. */
  pattern: string;
  segments: Segment[];
  module?: Promise<Record<string, unknown>>;
}

/**
 * The REST contracts' route handlers (app/api/**\/route.ts) are plain Request → Response
 * functions. The custom server calls them directly, with the App Router's file-system matching
 * rules, instead of through Next's request pipeline, which costs more than the handlers
 * themselves (bench/users-me.ts). Pages, server actions and next-auth still go through Next.
 */
export class ApiRouter {
  private readonly routes: ApiRoute[];

  constructor(
    apiDir: string,
    /** Routes left to Next, by their App Router path (e.g. /api/auth/[...nextauth]). */
    private readonly skip: (routePath: string) => boolean,
  ) {
    this.routes = (fs.readdirSync(apiDir, { recursive: true }) as string[])
      .filter((rel) => path.basename(rel) === 'route.ts')
      .map((rel): ApiRoute => {
        const parts = [
          'api',
          ...path
            .dirname(rel)
            .split(path.sep)
            .filter((s) => s !== '.'),
        ];
        return { file: path.join(apiDir, rel), pattern: `/${parts.join('/')}`, segments: parts.map(parseSegment) };
      })
      .sort(bySpecificity);
  }

  /** True when it answered the request; false leaves it to Next. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://internal');
    if (!url.pathname.startsWith('/api/')) return false;
    const found = this.match(url.pathname);
    // Judged on the route that matched, so an encoded path (/api/%61uth/…) cannot slip past.
    if (!found || this.skip(found.route.pattern)) return false;
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    found.route.module ??= import(pathToFileURL(found.route.file).href) as Promise<Record<string, unknown>>;
    const handler = (await found.route.module)[method] as Handler | undefined;
    if (typeof handler !== 'function') return false;
    const response = await handler(toRequest(req, url), { params: Promise.resolve(found.params) });
    // A handler that answered before reading the whole body (413) leaves bytes on the socket: close it.
    await writeResponse(res, response, req.method === 'HEAD', !req.complete);
    return true;
  }

  private match(pathname: string): { route: ApiRoute; params: Record<string, string | string[]> } | null {
    const parts = pathname.split('/').filter(Boolean).map(safeDecode);
    for (const route of this.routes) {
      const params: Record<string, string | string[]> = {};
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

function parseSegment(value: string): Segment {
  const catchAll = /^\[\.\.\.(\w+)\]$/.exec(value);
  if (catchAll) return { kind: 'catchAll', name: catchAll[1]! };
  const param = /^\[(\w+)\]$/.exec(value);
  if (param) return { kind: 'param', name: param[1]! };
  return { kind: 'static', value };
}

const RANK = { static: 0, param: 1, catchAll: 2 } as const;

/** Static segments before dynamic ones before catch-alls, position by position, as the App Router does. */
function bySpecificity(a: ApiRoute, b: ApiRoute): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    if (!x) return 1;
    if (!y) return -1;
    if (RANK[x.kind] !== RANK[y.kind]) return RANK[x.kind] - RANK[y.kind];
  }
  return b.segments.length - a.segments.length;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function toRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const host = req.headers.host ?? 'localhost';
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`http://${host}${url.pathname}${url.search}`, {
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

async function writeResponse(res: ServerResponse, response: Response, headOnly: boolean, closeAfter: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  const body = headOnly || !response.body ? null : Buffer.from(await response.arrayBuffer());
  if (body) headers['content-length'] = String(body.byteLength);
  if (closeAfter) headers.connection = 'close';
  res.writeHead(response.status, headers);
  res.end(body);
}
