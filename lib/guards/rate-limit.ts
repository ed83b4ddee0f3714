import 'server-only';
import { sql } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db';
import { rateLimits } from '@/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/** codemeet-api.md Appendix A: auth endpoints 5 a minute per client address, the rest 100 a minute per user. */
export type RateLimitClass = 'auth' | 'general';

/**
 * Who is calling, as far as the server itself can tell (never from client-written headers
 * unless TRUST_PROXY). Request-scoped: the guards record the last limit counted, so an HTTP
 * adapter can answer RateLimit-* headers.
 */
export interface ClientOrigin {
  ip: string;
  rateLimit?: RateLimitState;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

type Upsert = (key: string, points: number, msDuration: number, forceExpire?: boolean) => Promise<unknown>;

function upsertStatement(db: Db) {
  const expired = sql`${rateLimits.expire} <= now()`;
  return db
    .insert(rateLimits)
    .values({ key: sql.placeholder('key'), points: sql.placeholder('points'), expire: sql.placeholder('expire') })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        points: sql`CASE WHEN ${expired} THEN excluded.points ELSE ${rateLimits.points} + excluded.points END`,
        expire: sql`CASE WHEN ${expired} THEN excluded.expire ELSE ${rateLimits.expire} END`,
      },
    })
    .returning()
    .prepare('rate_limit_consume');
}

/**
 * rate-limiter-flexible's Drizzle store, with its per-request upsert as one prepared statement:
 * the library builds that query anew on every call, which cost more than the rest of a request
 * (bench/users-me.ts). Same table, same semantics (a fixed window that restarts once expired);
 * everything else (reading, deleting, blocking, the result object) is the library's.
 */
class PreparedDrizzleLimiter extends RateLimiterDrizzle {
  private readonly consumeStatement: ReturnType<typeof upsertStatement>;

  constructor(db: Db, options: ConstructorParameters<typeof RateLimiterDrizzle>[0]) {
    super(options);
    this.consumeStatement = upsertStatement(db);
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<unknown> {
    if (forceExpire || msDuration <= 0) {
      const inherited = (RateLimiterDrizzle.prototype as unknown as { _upsert: Upsert })._upsert;
      return inherited.call(this, key, points, msDuration, forceExpire);
    }
    const [row] = await this.consumeStatement.execute({ key, points, expire: new Date(Date.now() + msDuration) });
    return row;
  }
}

type Limiters = Record<RateLimitClass, RateLimiterDrizzle>;
const globalForLimits = globalThis as typeof globalThis & { __codemeetLimiters?: { db: Db; limiters: Limiters } };

// Counters live in the database so every instance on one PostgreSQL shares them.
function limitersFor(db: Db): Limiters {
  const cached = globalForLimits.__codemeetLimiters;
  if (cached?.db === db) return cached.limiters;
  const make = (keyPrefix: string, points: number) =>
    new PreparedDrizzleLimiter(db, {
      storeClient: db,
      schema: rateLimits,
      keyPrefix,
      points,
      duration: 60,
      inMemoryBlockOnConsumed: points,
      inMemoryBlockDuration: 60,
    });
  const limiters = { auth: make('auth', env.RATE_LIMIT_AUTH_PER_MIN), general: make('general', env.RATE_LIMIT_GENERAL_PER_MIN) };
  globalForLimits.__codemeetLimiters = { db, limiters };
  return limiters;
}

async function consumeRateLimit(db: Db, kind: RateLimitClass, key: string): Promise<RateLimitState> {
  const limiter = limitersFor(db)[kind];
  try {
    const res = await limiter.consume(key);
    return { limit: limiter.points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError('RATE_LIMIT_EXCEEDED', `Too many requests; retry in ${retryAfter} s`, {
        retryAfter,
        rateLimit: { limit: limiter.points, remaining: rejection.remainingPoints, resetSeconds: retryAfter },
      });
    }
    throw rejection;
  }
}

/**
 * One attempt at an auth endpoint (log-in, sign-up, token refresh) from this client address.
 * The services behind every entry point call it (both REST contracts, next-auth's authorize,
 * the sign-up server action), so no door is left unguarded. Throws RATE_LIMIT_EXCEEDED.
 */
export async function guardAuthAttempt(db: Db, origin: ClientOrigin): Promise<void> {
  origin.rateLimit = await consumeRateLimit(db, 'auth', `ip:${origin.ip}`);
}

/**
 * One request by a signed-in user (per user, whichever client, route, action or socket), or
 * by an anonymous caller (per address). Throws RATE_LIMIT_EXCEEDED.
 */
export async function guardRequest(db: Db, origin: ClientOrigin, userId: number | null): Promise<RateLimitState> {
  const state = await consumeRateLimit(db, 'general', userId === null ? `ip:${origin.ip}` : `u:${userId}`);
  origin.rateLimit = state;
  return state;
}
