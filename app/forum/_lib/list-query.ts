import 'server-only';
import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { discussionListQuery, type DiscussionListQuery } from '@/lib/validation/career';

export const PER_PAGE = 20;

/** The list's query from the address bar (a parameter the schema refuses is left out, not an error page). */
export const forumListQuery = (params: SearchParams): DiscussionListQuery =>
  lenientQuery(discussionListQuery, params, ['page', 'tag', 'q', 'sort'], { per_page: PER_PAGE });

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
