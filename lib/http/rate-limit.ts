import 'server-only';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db';
import { rateLimits } from '@/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/** codemeet-api.md Appendix A. */
export type RateLimitClass = 'auth' | 'general';

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

type Limiters = Record<RateLimitClass, RateLimiterDrizzle>;
const globalForLimits = globalThis as typeof globalThis & { __codemeetLimiters?: { db: Db; limiters: Limiters } };

// Counters live in the database so every instance on one PostgreSQL shares them.
function limitersFor(db: Db): Limiters {
  const cached = globalForLimits.__codemeetLimiters;
  if (cached?.db === db) return cached.limiters;
  const make = (keyPrefix: string, points: number) =>
    new RateLimiterDrizzle({
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

export async function consumeRateLimit(db: Db, kind: RateLimitClass, key: string): Promise<RateLimitState> {
  const limiter = limitersFor(db)[kind];
  try {
    const res = await limiter.consume(key);
    return { limit: limiter.points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError('RATE_LIMIT_EXCEEDED', `Too many requests; retry in ${retryAfter} s`, { retryAfter });
    }
    throw rejection;
  }
}
