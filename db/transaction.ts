import 'server-only';
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import { logger } from '@/lib/logger';
import type { Db } from './index';

/** What a transaction's work may ask for beside the handle. */
export interface TransactionScope {
  /**
   * Runs once the outermost transaction has committed (deleting a replaced file, say): never
   * for work that rolled back. Failures are logged, not thrown: the data is already saved.
   */
  afterCommit(effect: () => Promise<void> | void): void;
}

const scopes = new WeakMap<Db, Array<() => Promise<void> | void>>();

// Serialization failures and deadlocks mean "try again", not "wrong": retried a few times.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 3;

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Every write that depends on a read happens in here (or in one statement). Nested calls
 * become savepoints of the outer transaction. Domain events published with the handle
 * (lib/events.ts) are delivered only when the outermost transaction commits.
 */
export async function withTransaction<T>(
  db: Db,
  work: (tx: Db, scope: TransactionScope) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  const outer = scopes.get(db);
  if (outer) {
    // A savepoint: its effects join the outer transaction's only if it succeeds.
    const effects: Array<() => Promise<void> | void> = [];
    const result = await db.transaction(async (tx) => {
      const handle = tx as unknown as Db;
      scopes.set(handle, effects);
      return work(handle, { afterCommit: (effect) => effects.push(effect) });
    });
    outer.push(...effects);
    return result;
  }
  for (let attempt = 1; ; attempt++) {
    const effects: Array<() => Promise<void> | void> = [];
    try {
      const result = await db.transaction(async (tx) => {
        const handle = tx as unknown as Db;
        scopes.set(handle, effects);
        return work(handle, { afterCommit: (effect) => effects.push(effect) });
      }, config);
      for (const effect of effects) {
        try {
          await effect();
        } catch (error) {
          logger.error({ err: error }, 'after-commit effect failed');
        }
      }
      return result;
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= MAX_ATTEMPTS || !state || !RETRYABLE.has(state)) throw error;
    }
  }
}
