import 'server-only';
import { subscribe } from '@/lib/events';

/**
 * Totals of the forum's lists (by tag, by search), for their pagination headers. Counting every
 * matching post on every page view costs more than the page itself (bench/forum.ts), so a total
 * is kept until any discussion is created, edited or deleted anywhere (the discussion.changed
 * event reaches every instance), or for a minute at most. Shared through globalThis by every
 * module graph of this process (route handlers and pages alike).
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 1000;

interface Totals {
  entries: Map<string, { total: number; at: number }>;
  unsubscribe: () => void;
}

const globalForTotals = globalThis as typeof globalThis & { __codemeetForumTotals?: Totals };

function totals(): Totals {
  globalForTotals.__codemeetForumTotals ??= {
    entries: new Map(),
    unsubscribe: subscribe('discussion.changed', () => forgetTotals()),
  };
  return globalForTotals.__codemeetForumTotals;
}

/** The total for a list's filter, counted once and then kept until the forum changes. */
export async function cachedTotal(key: string, count: () => Promise<number>): Promise<number> {
  const { entries } = totals();
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.total;
  const total = await count();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { total, at: Date.now() });
  return total;
}

/** Drops every kept total (this instance at once after a change commits; the others on the event). */
export function forgetTotals(): void {
  totals().entries.clear();
}
