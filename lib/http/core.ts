import 'server-only';
import type { z } from 'zod';
import { getDb, type Db } from '@/db';
import type { Actor, UserActor } from '@/lib/auth/actor';
import { actorForClaims, readCredential, type Credential } from '@/lib/auth/sessions';
import { AppError, isAppError, type FieldErrors } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { consumeRateLimit, type RateLimitClass, type RateLimitState } from './rate-limit';
import { clientIp, readJson, readToken, searchParamsObject, traceIdFor } from './request';

export type AuthMode = 'none' | 'optional' | 'user' | 'admin' | 'system';
type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type ActorFor<A extends AuthMode> = A extends 'user' | 'admin' ? UserActor : A extends 'system' ? Actor : Actor | null;

export interface RouteConfig<A extends AuthMode, B, Q, P> {
  auth: A;
  /** codemeet-api.md Appendix A; defaults to 'general'. */
  rateLimit?: RateLimitClass | 'none';
  body?: B;
  query?: Q;
  params?: P;
}

export interface RouteContext<A extends AuthMode, B, Q, P> {
  request: Request;
  db: Db;
  actor: ActorFor<A>;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  traceId: string;
}

export interface NextRouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

/** How a contract draws errors; the core decides what went wrong, the renderer how it looks. */
export interface ErrorRenderer {
  render(error: AppError, traceId: string): Response;
}

/** Turns a zod error into per-field messages keyed by path ("languages[0]"), keeping every issue. */
export function fieldErrorsOf(error: z.ZodError, where?: string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    let key = issue.path.reduce<string>(
      (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
      '',
    );
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

function parseWith<S extends Schema | undefined>(schema: S, value: unknown, where: string): Out<S> {
  if (!schema) return undefined as Out<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_ERROR', 'One or more validation errors occurred.', {
      fieldErrors: fieldErrorsOf(parsed.error, where),
    });
  }
  return parsed.data as Out<S>;
}

/** General limits are per user (once the token's signature checks out), everything else per client address. */
function rateKey(kind: RateLimitClass, credential: Credential, request: Request): string {
  if (kind === 'general' && credential?.kind === 'token') return `u:${credential.claims.userId}`;
  return `ip:${clientIp(request.headers)}`;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

function withRateHeaders(response: Response, state: RateLimitState | null): Response {
  if (!state) return response;
  try {
    response.headers.set('RateLimit-Limit', String(state.limit));
    response.headers.set('RateLimit-Remaining', String(state.remaining));
    response.headers.set('RateLimit-Reset', String(state.resetSeconds));
  } catch {
    // Immutable headers (a Response built elsewhere): rate headers are advisory.
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
): (request: Request, next: NextRouteContext) => Promise<Response> {
  return async (request, next) => {
    const traceId = traceIdFor(request.headers);
    let rate: RateLimitState | null = null;
    try {
      const db = await getDb();
      const credential = config.auth === 'none' ? null : await readCredential(readToken(request.headers));
      const kind = config.rateLimit ?? 'general';
      // The session lookup and the rate-limit count are independent round trips: run them together.
      const [session, counted] = await Promise.all([
        settle<Actor | null>(
          credential?.kind === 'token'
            ? actorForClaims(db, credential.claims)
            : Promise.resolve(credential?.kind === 'system' ? credential : null),
        ),
        kind === 'none' ? null : settle(consumeRateLimit(db, kind, rateKey(kind, credential, request))),
      ]);
      if (!session.ok) throw session.error;
      const actor: Actor | null = session.value;
      if (config.auth !== 'none' && config.auth !== 'optional') {
        if (!actor) throw new AppError('UNAUTHORIZED', 'Authentication token is missing, invalid or expired');
        if (config.auth === 'system' && actor.kind !== 'system') throw new AppError('FORBIDDEN', 'Only the system may call this endpoint');
        if ((config.auth === 'user' || config.auth === 'admin') && actor.kind !== 'user') {
          throw new AppError('FORBIDDEN', 'This endpoint is for signed-in users');
        }
        if (config.auth === 'admin' && (actor.kind !== 'user' || actor.role !== 'admin')) {
          throw new AppError('FORBIDDEN', 'Administrators only');
        }
      }
      if (counted && !counted.ok) throw counted.error;
      rate = counted?.value ?? null;
      const params = (config.params ? parseWith(config.params, await next.params, 'path') : undefined) as Out<P>;
      const query = (config.query ? parseWith(config.query, searchParamsObject(request.url), 'query') : undefined) as Out<Q>;
      let body = undefined as Out<B>;
      if (config.body) {
        const json = await readJson(request);
        if (!json.ok) {
          throw json.reason === 'too_large'
            ? new AppError('PAYLOAD_TOO_LARGE', 'Request body is larger than 1 MB')
            : new AppError('VALIDATION_ERROR', 'Request body must be valid JSON', {
                fieldErrors: { $: ['Request body must be valid JSON'] },
              });
        }
        body = parseWith(config.body, json.value, '$');
      }
      const response = await handler({ request, db, actor: actor as ActorFor<A>, body, query, params, traceId });
      return withRateHeaders(response, rate);
    } catch (error) {
      if (isAppError(error)) {
        if (error.status >= 500) logger.error({ traceId, code: error.code, msg: error.message }, 'request failed');
        return withRateHeaders(renderer.render(error, traceId), rate);
      }
      logger.error({ traceId, method: request.method, path: new URL(request.url).pathname, err: error }, 'unhandled error');
      return renderer.render(new AppError('INTERNAL_SERVER_ERROR', 'An unexpected error occurred'), traceId);
    }
  };
}

/** The 405 stand-ins made below, so a test can tell implemented methods from the rest. */
export const NOT_ALLOWED_HANDLERS = new WeakSet<RouteHandler>();

/** Answers the methods a route file does not implement with a 405 in the contract's shape. */
export function methodsFor<H extends Partial<Record<Method, RouteHandler>>>(
  renderer: ErrorRenderer,
  handlers: H,
): Record<Method, RouteHandler> {
  const allow = Object.keys(handlers).join(', ');
  const notAllowed: RouteHandler = async (request) => {
    const response = renderer.render(
      new AppError('METHOD_NOT_ALLOWED', `Method ${request.method} is not allowed here`),
      traceIdFor(request.headers),
    );
    response.headers.set('Allow', allow);
    return response;
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

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteHandler = (request: Request, next: NextRouteContext) => Promise<Response>;

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}
