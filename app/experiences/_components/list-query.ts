import { experienceListQuery, type ExperienceListQuery } from '@/lib/validation/career';

export type SearchParams = Record<string, string | string[] | undefined>;

export const EXPERIENCES_PER_PAGE = 20;

const FILTERS = ['company', 'position', 'result', 'difficulty', 'page'] as const;

/**
 * A list's filters and page from the address. A value the shared schema refuses (or one with a
 * NUL) is left out rather than failing the page: an old or hand-typed link still shows a list.
 */
export function listQueryOf(params: SearchParams): ExperienceListQuery {
  const input: Partial<Record<(typeof FILTERS)[number], string>> = {};
  for (const key of FILTERS) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!value || value.includes('\u0000')) continue;
    if (experienceListQuery.shape[key].safeParse(value).success) input[key] = value;
  }
  return experienceListQuery.parse({ ...input, per_page: EXPERIENCES_PER_PAGE });
}
