import { z } from 'zod';

/** codemeet-api.md Appendix B: page (from 1), pageSize (default 20, at most 100), sortBy, sortOrder (default desc). */
export function paginationQuery<const S extends readonly [string, ...string[]]>(sortFields: S, defaultSort: S[number]) {
  return z.object({
    page: z.coerce
      .number({ error: 'page must be a whole number' })
      .int('page must be a whole number')
      .min(1, 'page starts at 1')
      .default(1),
    pageSize: z.coerce
      .number({ error: 'pageSize must be a whole number' })
      .int('pageSize must be a whole number')
      .min(1, 'pageSize must be at least 1')
      .max(100, 'pageSize must be at most 100')
      .default(20),
    sortBy: z.enum(sortFields, { error: `sortBy must be one of ${sortFields.join(', ')}` }).default(defaultSort),
    sortOrder: z
      .string()
      .toLowerCase()
      .pipe(z.enum(['asc', 'desc'], { error: 'sortOrder must be asc or desc' }))
      .default('desc'),
  });
}

export interface PageRequest<F extends string = string> {
  page: number;
  pageSize: number;
  sortBy: F;
  sortOrder: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  pagination: { page: number; pageSize: number; totalItems: number; totalPages: number };
}

/** The rows to skip and take for a page request. */
export function pageWindow(request: PageRequest): { offset: number; limit: number } {
  return { offset: (request.page - 1) * request.pageSize, limit: request.pageSize };
}

/** The contract's "分頁回應" envelope. */
export function toPage<T>(items: T[], totalItems: number, request: PageRequest): Page<T> {
  return {
    items,
    pagination: {
      page: request.page,
      pageSize: request.pageSize,
      totalItems,
      totalPages: Math.ceil(totalItems / request.pageSize),
    },
  };
}

/**
 * Where a contract answers a list as a bare array, the page travels in headers (as GitHub's API
 * does): X-Total-Count, and Link with rel="next"/"prev" built from the request's own URL.
 */
export function pageHeaders(url: string, page: { page: number; perPage: number; total: number }): Record<string, string> {
  const links: string[] = [];
  const at = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    next.searchParams.set('per_page', String(page.perPage));
    return `<${next.pathname}${next.search}>`;
  };
  const last = Math.max(1, Math.ceil(page.total / page.perPage));
  if (page.page < last) links.push(`${at(page.page + 1)}; rel="next"`);
  if (page.page > 1) links.push(`${at(Math.min(page.page - 1, last))}; rel="prev"`);
  return {
    'X-Total-Count': String(page.total),
    'X-Page': String(page.page),
    'X-Per-Page': String(page.perPage),
    ...(links.length ? { Link: links.join(', ') } : {}),
  };
}
