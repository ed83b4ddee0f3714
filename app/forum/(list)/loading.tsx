import { COMMUNITY } from '@/lib/i18n/community';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';

// The list's own loading state: a post's page has none, so its 404 is sent before anything streams.
export default async function ForumLoading() {
  const [{ d: t }, { d: c }] = await Promise.all([getDictionary(FORUM), getDictionary(COMMUNITY)]);
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-sm text-slate-500" role="status">
        {c.loading}
      </p>
      <ol className="space-y-4" aria-hidden="true">
        {[0, 1, 2].map((n) => (
          <li key={n} className="card animate-pulse space-y-3 p-5">
            <div className="h-5 w-2/3 rounded bg-slate-200" />
            <div className="h-4 w-full rounded bg-slate-100" />
            <div className="h-4 w-5/6 rounded bg-slate-100" />
          </li>
        ))}
      </ol>
    </div>
  );
}
