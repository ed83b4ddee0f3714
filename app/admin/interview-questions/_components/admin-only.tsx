import Link from 'next/link';
import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';

/**
 * What a signed-in user who is not an admin sees on a bank page. The header links admins only,
 * so anyone else arrives by a typed or shared address: telling them why beats a 404 that reads
 * as a broken link. No question is read for them.
 */
export function AdminOnly({ d }: { d: InterviewBankStrings }) {
  return (
    <div className="card mx-auto max-w-xl space-y-4" data-testid="bank-admin-only">
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
