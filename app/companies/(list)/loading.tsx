import { COMMUNITY } from '@/lib/i18n/community';
import { getDictionary } from '@/app/_lib/i18n';

/** Placeholders while the companies load; in the (list) group so a company's 404 stays a 404 (see app/experiences). */
export default async function Loading() {
  const { d: c } = await getDictionary(COMMUNITY);
  return (
    <div className="space-y-4" aria-busy="true" role="status">
      <span className="sr-only">{c.loading}</span>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2, 3, 4, 5].map((n) => (
          <div key={n} className="card h-16 animate-pulse bg-slate-100 p-4" />
        ))}
      </div>
    </div>
  );
}
