import Link from 'next/link';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';

/** A discussion that does not exist (deleted, or an id that is not one). */
export default async function DiscussionNotFound() {
  const { d: t } = await getDictionary(FORUM);
  return (
    <div className="card mx-auto max-w-lg space-y-4 text-center" data-testid="forum-not-found">
      <h1 className="text-2xl font-semibold">{t.notFoundTitle}</h1>
      <p className="text-slate-600">{t.notFoundBody}</p>
      <Link href="/forum" className="btn-secondary">
        {t.backToForum}
      </Link>
    </div>
  );
}
