import 'server-only';
import { nulPaths } from '@/lib/validation/hostile';
import { discussionListQuery, type DiscussionListQuery } from '@/lib/validation/career';

export const PER_PAGE = 20;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * The list's query from the address bar, through the API's own schema. A page is a link people
 * edit and share: a parameter that does not parse (or carries a NUL) is left out, not an error page.
 */
export function forumListQuery(params: SearchParams): DiscussionListQuery {
  const raw = {
    page: first(params.page),
    tag: first(params.tag),
    q: first(params.q)?.trim() || undefined,
    sort: first(params.sort),
  };
  const without = (keys: string[]) => Object.fromEntries(Object.entries(raw).filter(([key]) => !keys.includes(key)));
  const clean = without(nulPaths(raw));
  const parsed = discussionListQuery.safeParse({ ...clean, per_page: PER_PAGE });
  if (parsed.success) return parsed.data;
  const refused = [...nulPaths(raw), ...parsed.error.issues.map((issue) => String(issue.path[0]))];
  return discussionListQuery.parse({ ...without(refused), per_page: PER_PAGE });
}

/** A /forum address with the given filters; defaults (newest, page 1) stay out of it. */
export function forumHref(query: { q?: string; tag?: string; sort?: DiscussionListQuery['sort']; page?: number }): string {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.tag) search.set('tag', query.tag);
  if (query.sort && query.sort !== 'newest') search.set('sort', query.sort);
  if (query.page && query.page > 1) search.set('page', String(query.page));
  const text = search.toString();
  return text ? `/forum?${text}` : '/forum';
}
