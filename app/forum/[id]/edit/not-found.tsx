import Link from 'next/link';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';

/** The edit page of a post that is gone, or that is not the visitor's: the same answer for both. */
export default async function CannotEditDiscussion() {
  const { d: t } = await getDictionary(FORUM);
  return (
    <div className="card mx-auto max-w-lg space-y-4 text-center" data-testid="forum-cannot-edit">
      <h1 className="text-2xl font-semibold">{t.cannotEditTitle}</h1>
      <p className="text-slate-600">{t.cannotEditBody}</p>
      <Link href="/forum" className="btn-secondary">
        {t.backToForum}
      </Link>
    </div>
  );
}
