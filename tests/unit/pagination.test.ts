import { describe, expect, it } from 'vitest';
import { pageWindow, paginationQuery, toPage } from '@/lib/http/pagination';

const query = paginationQuery(['createdAt', 'title'], 'createdAt');

describe('pagination (codemeet-api.md Appendix B)', () => {
  it('defaults to page 1 of 20, newest first', () => {
    expect(query.parse({})).toEqual({ page: 1, pageSize: 20, sortBy: 'createdAt', sortOrder: 'desc' });
  });

  it('reads query-string values', () => {
    expect(query.parse({ page: '2', pageSize: '10', sortBy: 'title', sortOrder: 'ASC' })).toEqual({
      page: 2,
      pageSize: 10,
      sortBy: 'title',
      sortOrder: 'asc',
    });
  });

  it.each([
    ['page 0', { page: '0' }, 'page'],
    ['a fractional page', { page: '1.5' }, 'page'],
    ['pageSize over 100', { pageSize: '101' }, 'pageSize'],
    ['an unknown sort field', { sortBy: 'password' }, 'sortBy'],
    ['a bad sort order', { sortOrder: 'up' }, 'sortOrder'],
  ])('refuses %s', (_, input, field) => {
    const result = query.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });

  it('turns a page into offset and limit, and builds the envelope with the page count', () => {
    const request = query.parse({ page: '3', pageSize: '10' });
    expect(pageWindow(request)).toEqual({ offset: 20, limit: 10 });
    expect(toPage(['a'], 21, request)).toEqual({ items: ['a'], pagination: { page: 3, pageSize: 10, totalItems: 21, totalPages: 3 } });
    expect(toPage([], 0, request).pagination.totalPages).toBe(0);
  });
});
