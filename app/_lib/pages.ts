import 'server-only';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { isAppError } from '@/lib/errors';

/** A page's query string, as Next hands it over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A service's "not found" (any 404 code: a missing row, a company nobody shared, a retired
 * question) as the page's 404; with
 * `hideForbidden`, someone else's private row too (an interview), so a page does not tell that it exists.
 */
export async function orNotFound<T>(work: () => T | Promise<T>, { hideForbidden = false } = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && (error.status === 404 || (hideForbidden && error.code === 'FORBIDDEN'))) notFound();
    throw error;
  }
}

/** "Edited" only when a post or comment changed after it was written, not in the same instant. */
export const wasEdited = (row: { createdAt: Date; updatedAt: Date }) => row.updatedAt.getTime() - row.createdAt.getTime() > 1000;

/**
 * A list page's filters from the address, through the API's own query schema. A page is a link
 * people edit and share: a value the schema refuses (or one with a NUL) is left out rather than
 * failing the page. `fixed` sets what the page decides itself (its page size).
 */
export function lenientQuery<S extends z.ZodObject>(
  schema: S,
  params: SearchParams,
  keys: ReadonlyArray<keyof S['shape'] & string>,
  fixed: Record<string, unknown>,
): z.output<S> {
  const input: Record<string, string> = {};
  for (const key of keys) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!value || value.includes('\u0000')) continue;
    if ((schema.shape[key] as z.ZodType).safeParse(value).success) input[key] = value;
  }
  return schema.parse({ ...input, ...fixed });
}
