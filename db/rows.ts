/** drizzle's execute() answers an array (postgres-js) or { rows } (PGlite): the rows either way. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
