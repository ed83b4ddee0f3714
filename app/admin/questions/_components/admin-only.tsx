import Link from 'next/link';
import type { QuestionAdminStrings } from '@/lib/i18n/question-admin';

/** What a signed-in user who is not an admin sees: why, rather than a 404 that reads as a broken link. */
export function AdminOnly({ d }: { d: QuestionAdminStrings }) {
  return (
    <div className="card mx-auto max-w-xl space-y-4" data-testid="questions-admin-only">
      <h1 className="text-2xl font-semibold">{d.adminOnlyTitle}</h1>
      <p className="text-slate-700" role="alert">
        {d.adminOnly}
      </p>
      <Link href="/" className="btn-secondary">
        {d.backHome}
      </Link>
    </div>
  );
}
