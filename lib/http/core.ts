import 'server-only';
import type { z } from 'zod';
import { getDb, type Db } from '@/db';
import type { Actor, UserActor } from '@/lib/auth/actor';
import { actorForSessionCookie } from '@/lib/auth/cookie-session';
import { actorForClaims, readCredential } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { AppError, isAppError, type FieldErrors } from '@/lib/errors';
import { guardRequest, type ClientOrigin, type RateLimitClass, type RateLimitState } from '@/lib/guards/rate-limit';
import { emptyRecord, nulFieldErrors } from '@/lib/validation/hostile';
import { exposedError, rateLimitHeaders } from './problem';
import { clientIp, readJson, readToken, searchParamsObject, traceIdFor } from './request';

/** 'staff': an admin or the system caller (operators' endpoints, such as naming an admin). */
export type AuthMode = 'none' | 'optional' | 'user' | 'admin' | 'system' | 'staff';
export type Contract = 'ai-interview' | 'codemeet-v1';
type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type ActorFor<A extends AuthMode> = A extends 'user' | 'admin' ? UserActor : A extends 'system' | 'staff' ? Actor : Actor | null;

/** One documented answer of a route: what it means and, for a body, its schema. */
export interface ResponseDoc {
  description: string;
  schema?: Schema;
  /** The body's media type when it is not JSON (an image, an event stream). */
  contentType?: string;
}

/**
 * A route's own documentation, declared beside its handler: the OpenAPI document is built from
 * these (lib/openapi/document.ts) and the API tests check every real answer against them.
 * The core adds the error answers its config implies (400, 401, 403, 429, 500).
 */
export interface RouteDocs {
  tag: string;
  summary: string;
  description?: string;
  responses: Record<number, ResponseDoc>;
  /** A multipart/form-data body (uploads), instead of a JSON body schema. */
  multipart?: { field: string; description: string };
}

export interface RouteConfig<A extends AuthMode, B, Q, P> {
  auth: A;
  /**
   * codemeet-api.md Appendix A. 'general' (the default) is counted here, per user or per
   * address; 'auth' routes are counted by their service (lib/guards/rate-limit.ts), which every
   * other entry point to the same rule also passes; 'none' is not limited.
   */
  rateLimit?: RateLimitClass | 'none';
  body?: B;
  query?: Q;
  params?: P;
  /**
   * Also accept the browser's next-auth session cookie when no token is sent, from this app's
   * own pages only (lib/auth/cookie-session.ts): for what a page fetches itself, a stream or an
   * upload a server action cannot carry.
   */
  browser?: boolean;
  docs: RouteDocs;
}

export interface RouteContext<A extends AuthMode, B, Q, P> {
  request: Request;
  db: Db;
  actor: ActorFor<A>;
  origin: ClientOrigin;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  traceId: string;
}

export interface NextRouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

/** What the OpenAPI builder reads off a route handler. */
export interface Operation {
  contract: Contract;
  auth: AuthMode;
  rateLimit: RateLimitClass | 'none';
  browser: boolean;
  body?: Schema;
  query?: Schema;
  params?: Schema;
  docs: RouteDocs;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteHandler = ((request: Request, next: NextRouteContext) => Promise<Response>) & { operation?: Operation };

/** How a contract draws errors; the core decides what went wrong, the renderer how it looks. */
export interface ErrorRenderer {
  contract: Contract;
  render(error: AppError, traceId: string): Response;
}

function keyOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
}

/** Turns a zod error into per-field messages keyed by path ("languages[0]"), keeping every issue. */
export function fieldErrorsOf(error: z.ZodError, where?: string): FieldErrors {
  // Keys come from the client ("__proto__", "constructor"): a record without a prototype holds them safely.
  const out = emptyRecord<string[]>();
  for (const issue of error.issues) {
    let key = keyOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) (out[key ? `${key}.${k}` : k] ??= []).push('Unknown field');
      continue;
    }
    if (!key) key = where ?? '$';
    const messages = (out[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return out;
}

function invalid(fieldErrors: FieldErrors): AppError {
  return new AppError('VALIDATION_ERROR', 'One or more validation errors occurred.', { fieldErrors });
}

function parseWith<S extends Schema | undefined>(schema: S, value: unknown, where: string): Out<S> {
  if (!schema) return undefined as Out<S>;
  const nul = nulFieldErrors(value);
  if (nul) throw invalid(nul);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(fieldErrorsOf(parsed.error, where));
  return parsed.data as Out<S>;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/**
 * Headers every API answer carries; a handler's own choice (an avatar's long cache) wins, and so
 * does the quota of a limit that refused (a 429 says which limit it hit).
 */
function finish(response: Response, traceId: string, state: RateLimitState | undefined): Response {
  try {
    const headers = response.headers;
    if (state && !headers.has('RateLimit-Limit')) {
      for (const [name, value] of Object.entries(rateLimitHeaders(state))) headers.set(name, value);
    }
    // Answers depend on the `token` header, which shared caches do not treat as a credential.
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
    if (!headers.has('X-Trace-Id')) headers.set('X-Trace-Id', traceId);
  } catch {
    // Immutable headers (a Response built elsewhere): these headers are advisory.
  }
  return response;
}

/**
 * The one place requests are authenticated, rate limited and parsed, for both contracts.
 * Order: auth (401 before anything else), rate limit, params, query, body.
 */
export function createRoute<A extends AuthMode, B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined>(
  renderer: ErrorRenderer,
  config: RouteConfig<A, B, Q, P>,
  handler: (ctx: RouteContext<A, B, Q, P>) => Promise<Response>,
): RouteHandler {
  const rateLimit = config.rateLimit ?? 'general';
  const route: RouteHandler = async (request, next) => {
    const traceId = traceIdFor(request.headers);
    const origin: ClientOrigin = { ip: clientIp(request.headers) };
    try {
      const db = await getDb();
      const token = config.auth === 'none' ? null : readToken(request.headers);
      const credential = token === null ? null : await readCredential(token);
      const cookieActor =
        config.browser && token === null ? await actorForSessionCookie(db, Object.fromEntries(request.headers), env.APP_URL) : null;
      const userId = credential?.kind === 'token' ? credential.claims.userId : (cookieActor?.userId ?? null);
      // The session lookup and the rate-limit count are independent round trips: run them together.
      const [session, counted] = await Promise.all([
        settle<Actor | null>(
          credential?.kind === 'token'
            ? actorForClaims(db, credential.claims)
            : Promise.resolve(credential?.kind === 'system' ? credential : cookieActor),
        ),
        rateLimit === 'general' ? settle(guardRequest(db, origin, userId)) : null,
      ]);
      if (!session.ok) throw session.error;
      const actor: Actor | null = session.value;
      if (config.auth !== 'none' && config.auth !== 'optional') {
        if (!actor) throw new AppError('UNAUTHORIZED', 'Authentication token is missing, invalid or expired');
        if (config.auth === 'system' && actor.kind !== 'system') throw new AppError('FORBIDDEN', 'Only the system may call this endpoint');
        if (config.auth === 'staff' && actor.kind === 'user' && actor.role !== 'admin') {
          throw new AppError('FORBIDDEN', 'Administrators or the system only');
        }
        if ((config.auth === 'user' || config.auth === 'admin') && actor.kind !== 'user') {
          throw new AppError('FORBIDDEN', 'This endpoint is for signed-in users');
        }
        if (config.auth === 'admin' && (actor.kind !== 'user' || actor.role !== 'admin')) {
          throw new AppError('FORBIDDEN', 'Administrators only');
        }
      }
      if (counted && !counted.ok) throw counted.error;
      const params = (config.params ? parseWith(config.params, await next.params, 'path') : undefined) as Out<P>;
      const query = (config.query ? parseWith(config.query, searchParamsObject(request.url), 'query') : undefined) as Out<Q>;
      let body = undefined as Out<B>;
      if (config.body) {
        const json = await readJson(request);
        if (!json.ok) {
          throw json.reason === 'too_large'
            ? new AppError('PAYLOAD_TOO_LARGE', 'Request body is larger than 1 MB')
            : invalid({ $: ['Request body must be valid JSON'] });
        }
        body = parseWith(config.body, json.value, '$');
      }
      const response = await handler({ request, db, actor: actor as ActorFor<A>, origin, body, query, params, traceId });
      return finish(response, traceId, origin.rateLimit);
    } catch (error) {
      const exposed = exposedError(error, traceId, { method: request.method, path: new URL(request.url).pathname });
      return finish(renderer.render(exposed, traceId), traceId, isAppError(error) ? origin.rateLimit : undefined);
    }
  };
  route.operation = {
    contract: renderer.contract,
    auth: config.auth,
    rateLimit,
    browser: config.browser ?? false,
    body: config.body,
    query: config.query,
    params: config.params,
    docs: config.docs,
  };
  return route;
}

/** The 405 stand-ins made below, so the OpenAPI builder and tests can tell implemented methods from the rest. */
export const NOT_ALLOWED_HANDLERS = new WeakSet<RouteHandler>();

/** Answers the methods a route file does not implement with a 405 in the contract's shape. */
export function methodsFor<H extends Partial<Record<Method, RouteHandler>>>(
  renderer: ErrorRenderer,
  handlers: H,
): Record<Method, RouteHandler> {
  const allow = Object.keys(handlers).join(', ');
  const notAllowed: RouteHandler = async (request) => {
    const traceId = traceIdFor(request.headers);
    const response = renderer.render(new AppError('METHOD_NOT_ALLOWED', `Method ${request.method} is not allowed here`), traceId);
    response.headers.set('Allow', allow);
    return finish(response, traceId, undefined);
  };
  NOT_ALLOWED_HANDLERS.add(notAllowed);
  return {
    GET: handlers.GET ?? notAllowed,
    POST: handlers.POST ?? notAllowed,
    PUT: handlers.PUT ?? notAllowed,
    PATCH: handlers.PATCH ?? notAllowed,
    DELETE: handlers.DELETE ?? notAllowed,
  };
}

/** A path no route serves: a 404 in the contract's shape, for the catch-all route files. */
export function notFoundFor(renderer: ErrorRenderer): RouteHandler {
  const notFound: RouteHandler = async (request) => {
    const traceId = traceIdFor(request.headers);
    return finish(
      renderer.render(new AppError('NOT_FOUND', `No endpoint at ${new URL(request.url).pathname}`), traceId),
      traceId,
      undefined,
    );
  };
  NOT_ALLOWED_HANDLERS.add(notFound);
  return notFound;
}

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}
