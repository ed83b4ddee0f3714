/**
 * State that must exist once per process although the code that holds it is loaded twice.
 *
 * Next bundles pages, server actions and route handlers into its own module graph, while the
 * custom server (server/index.ts, the realtime layer, the API router, the schedulers) runs the
 * same source as plain Node modules: a module-level variable would exist once in each graph.
 * Everything that must be one per process is kept here instead, under a single `globalThis`
 * symbol that both graphs see:
 *
 * | key            | owner                         | what                                                        |
 * | -------------- | ----------------------------- | ----------------------------------------------------------- |
 * | `database`     | db/index.ts                   | the open database (PGlite opens a folder once per process)  |
 * | `eventHandlers`| lib/events.ts                 | this instance's domain-event subscribers                    |
 * | `rateLimiters` | lib/guards/rate-limit.ts      | the limiters per database handle (with their in-memory blocks) |
 * | `logger`       | lib/logger.ts                 | the one pino logger (one stream, one level)                 |
 * | `sandbox`      | server/sandbox/sandbox.ts     | the sandbox and its warm jails                              |
 * | `openApi`      | lib/openapi/document.ts       | the OpenAPI document, built once                            |
 * | `forumKept`    | lib/forum/kept.ts             | the forum's kept totals (an LRU cache)                      |
 * | `bankIndex`    | lib/interviews/bank-index.ts  | the interview bank's search index (an LRU cache)            |
 * | `blobStores`   | lib/storage/blob-store.ts     | one blob store per kind (files or S3)                       |
 *
 * Each owner declares its key's type beside its state, by augmenting `ProcessSingletons`
 * (`declare module '@/lib/process-singletons'`), so a key has one type wherever it is read.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each owner's module augmentation
export interface ProcessSingletons {}

export type ProcessSingletonKey = keyof ProcessSingletons;

const REGISTRY = Symbol.for('codemeet.process-singletons');
type Holder = typeof globalThis & { [REGISTRY]?: Map<ProcessSingletonKey, unknown> };

function registry(): Map<ProcessSingletonKey, unknown> {
  const holder = globalThis as Holder;
  return (holder[REGISTRY] ??= new Map());
}

/** The process's one value for this key, created by the first caller in either module graph. */
export function processSingleton<K extends ProcessSingletonKey>(key: K, create: () => ProcessSingletons[K]): ProcessSingletons[K] {
  const values = registry();
  if (values.has(key)) return values.get(key) as ProcessSingletons[K];
  const value = create();
  values.set(key, value);
  return value;
}

/**
 * Forgets the value (a closed database, a build that failed), or only `expected` when given (so a
 * late failure does not drop its replacement): the next caller creates it again. Returns what it forgot.
 */
export function dropProcessSingleton<K extends ProcessSingletonKey>(
  key: K,
  expected?: ProcessSingletons[K],
): ProcessSingletons[K] | undefined {
  const values = registry();
  if (!values.has(key)) return undefined;
  const value = values.get(key) as ProcessSingletons[K];
  if (expected !== undefined && value !== expected) return undefined;
  values.delete(key);
  return value;
}
