import 'server-only';
import { LRUCache } from 'lru-cache';
import { subscribe } from '@/lib/events';
import { processSingleton } from '@/lib/process-singletons';

/**
 * What the forum's pages show that costs more to count than the page itself (bench/forum.ts):
 * the totals of its lists (by tag, by search) and the popular tags. A value is kept until any
 * discussion is created, edited or deleted anywhere (the discussion.changed event reaches every
 * instance; this instance forgets at commit), or for a minute at most; the least recently used
 * go first past a thousand. One cache per process, shared by route handlers and pages alike.
 */
type Kept = LRUCache<string, { value: unknown }>;

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    forumKept: Kept;
  }
}

function kept(): Kept {
  return processSingleton('forumKept', () => {
    const cache: Kept = new LRUCache({ max: 1000, ttl: 60_000 });
    subscribe('discussion.changed', () => cache.clear());
    return cache;
  });
}

/** The value for a key, computed once and then kept until the forum changes. */
export async function keptUntilChange<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const cache = kept();
  const hit = cache.get(key);
  if (hit) return hit.value as T;
  const value = await compute();
  cache.set(key, { value });
  return value;
}

/** Drops every kept value (this instance at once after a change commits; the others on the event). */
export function forgetKept(): void {
  kept().clear();
}
