import { COMMUNITY } from '@/lib/i18n/community';
import { getDictionary } from '@/app/_lib/i18n';

/**
 * Placeholders in the shape of the list while it loads. It lives in the (list) group so it wraps
 * the list alone: an experience's page under a loading boundary would stream, and its notFound()
 * would then answer 200 instead of 404.
 */
export default async function Loading() {
  const { d: c } = await getDictionary(COMMUNITY);
  return (
    <div className="space-y-4" aria-busy="true" role="status">
      <span className="sr-only">{c.loading}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      {[0, 1, 2].map((n) => (
        <div key={n} className="card space-y-3 p-5">
          <div className="h-5 w-2/3 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-1/3 animate-pulse rounded bg-slate-100" />
          <div className="h-4 w-full animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
