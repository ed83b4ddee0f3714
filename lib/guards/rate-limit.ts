import 'server-only';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { RateLimiterRes } from 'rate-limiter-flexible';
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js';
import type { Db } from '@/db';
import { rateLimits } from '@/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { processSingleton } from '@/lib/process-singletons';

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

type StoreRow = typeof rateLimits.$inferSelect;

/** The store's statements, prepared once per database handle: building a query per request cost more than the rest of it (bench/users-me.ts). */
function storeStatements(db: Db) {
  const expired = sql`${rateLimits.expire} <= now()`;
  const values = { key: sql.placeholder('key'), points: sql.placeholder('points'), expire: sql.placeholder('expire') };
  return {
    // A fixed window: points add up until the row expires, then the window restarts with these points.
    add: db
      .insert(rateLimits)
      .values(values)
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          points: sql`CASE WHEN ${expired} THEN excluded.points ELSE ${rateLimits.points} + excluded.points END`,
          expire: sql`CASE WHEN ${expired} THEN excluded.expire ELSE ${rateLimits.expire} END`,
        },
      })
      .returning()
      .prepare('rate_limit_add'),
    overwrite: db
      .insert(rateLimits)
      .values(values)
      .onConflictDoUpdate({ target: rateLimits.key, set: { points: sql`excluded.points`, expire: sql`excluded.expire` } })
      .returning()
      .prepare('rate_limit_overwrite'),
    read: db
      .select()
      .from(rateLimits)
      .where(and(eq(rateLimits.key, sql.placeholder('key')), or(gt(rateLimits.expire, sql`now()`), isNull(rateLimits.expire))))
      .limit(1)
      .prepare('rate_limit_read'),
    remove: db
      .delete(rateLimits)
      .where(eq(rateLimits.key, sql.placeholder('key')))
      .returning({ key: rateLimits.key })
      .prepare('rate_limit_remove'),
  };
}

const SWEEP_EVERY_MS = 5 * 60_000;
const SWEEP_AFTER_MS = 60 * 60_000;

/**
 * A store of rate-limiter-flexible's own kind (its documented interface for one: extend
 * RateLimiterStoreAbstract with _upsert, _get, _delete and _getRateLimiterRes), on the table its
 * Drizzle store used, with the same semantics. Everything else (consuming, in-memory blocks, the
 * result object) is the library's.
 */
class DatabaseLimiter extends RateLimiterStoreAbstract {
  private readonly statements: ReturnType<typeof storeStatements>;

  constructor(
    db: Db,
    options: { keyPrefix: string; points: number; duration: number; inMemoryBlockOnConsumed: number; inMemoryBlockDuration: number },
  ) {
    super({ ...options, storeClient: db });
    this.statements = storeStatements(db);
    // Rows an hour past their window are swept, as the library's store does.
    setInterval(() => {
      db.delete(rateLimits)
        .where(lt(rateLimits.expire, new Date(Date.now() - SWEEP_AFTER_MS)))
        .catch((error: unknown) => logger.warn({ err: error }, 'rate limit sweep failed'));
    }, SWEEP_EVERY_MS).unref();
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: StoreRow): RateLimiterRes {
    const msBeforeNext = row.expire ? Math.max(row.expire.getTime() - Date.now(), 0) : -1;
    return new RateLimiterRes(Math.max(this.points - row.points, 0), msBeforeNext, row.points, row.points === changedPoints);
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<StoreRow | undefined> {
    const expire = msDuration > 0 ? new Date(Date.now() + msDuration) : null;
    const [row] = await (forceExpire ? this.statements.overwrite : this.statements.add).execute({ key, points, expire });
    return row;
  }

  async _get(key: string): Promise<StoreRow | null> {
    const [row] = await this.statements.read.execute({ key });
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const [row] = await this.statements.remove.execute({ key });
    return row !== undefined;
  }
}

type Limiters = Record<RateLimitClass, DatabaseLimiter>;

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    rateLimiters: WeakMap<Db, Limiters>;
  }
}

// Counters live in the database so every instance on one PostgreSQL shares them.
function limitersFor(db: Db): Limiters {
  const perDb = processSingleton('rateLimiters', () => new WeakMap());
  let limiters = perDb.get(db);
  if (!limiters) {
    const make = (keyPrefix: string, points: number) =>
      new DatabaseLimiter(db, { keyPrefix, points, duration: 60, inMemoryBlockOnConsumed: points, inMemoryBlockDuration: 60 });
    limiters = { auth: make('auth', env.RATE_LIMIT_AUTH_PER_MIN), general: make('general', env.RATE_LIMIT_GENERAL_PER_MIN) };
    perDb.set(db, limiters);
  }
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
