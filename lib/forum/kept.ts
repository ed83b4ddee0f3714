import 'server-only';
import { subscribe } from '@/lib/events';

/**
 * What the forum's pages show that costs more to count than the page itself (bench/forum.ts):
 * the totals of its lists (by tag, by search) and the popular tags. A value is kept until any
 * discussion is created, edited or deleted anywhere (the discussion.changed event reaches every
 * instance; this instance forgets at commit), or for a minute at most. Shared through
 * globalThis by every module graph of this process (route handlers and pages alike).
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 1000;

interface Kept {
  entries: Map<string, { value: unknown; at: number }>;
  unsubscribe: () => void;
}

const globalForKept = globalThis as typeof globalThis & { __codemeetForumKept?: Kept };

function kept(): Kept {
  globalForKept.__codemeetForumKept ??= {
    entries: new Map(),
    unsubscribe: subscribe('discussion.changed', () => forgetKept()),
  };
  return globalForKept.__codemeetForumKept;
}

/** The value for a key, computed once and then kept until the forum changes. */
export async function keptUntilChange<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const { entries } = kept();
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as T;
  const value = await compute();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { value, at: Date.now() });
  return value;
}

/** Drops every kept value (this instance at once after a change commits; the others on the event). */
export function forgetKept(): void {
  kept().entries.clear();
}
