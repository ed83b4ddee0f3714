import Link from 'next/link';
import type { CommunityStrings } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';

/** Previous / next links of a list page, keeping the list's other query parameters. */
export function Pagination({
  path,
  params,
  page,
  perPage,
  total,
  t,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  perPage: number;
  total: number;
  t: CommunityStrings;
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    query.set('page', String(n));
    return `${path}?${query}`;
  };
  return (
    <nav className="flex items-center justify-between text-sm" aria-label="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary" rel="prev">
          {t.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-500">{fill(t.pageOf, { page: Math.min(page, pages), pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn-secondary" rel="next">
          {t.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
