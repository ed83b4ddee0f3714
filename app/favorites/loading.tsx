import { COMMUNITY } from '@/lib/i18n/community';
import { getDictionary } from '@/app/_lib/i18n';

/** Placeholders while the favorites load. */
export default async function Loading() {
  const { d: c } = await getDictionary(COMMUNITY);
  return (
    <div className="space-y-4" aria-busy="true" role="status">
      <span className="sr-only">{c.loading}</span>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      {[0, 1].map((n) => (
        <div key={n} className="card space-y-3 p-5">
          <div className="h-5 w-1/2 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-full animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
