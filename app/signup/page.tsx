import type { Metadata } from 'next';
import Link from 'next/link';
import { getMessages } from '@/app/_lib/i18n';
import { SignupForm } from './_components/signup-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.signup };
}

export default async function SignupPage() {
  const { t } = await getMessages();
  return (
    <div className="card mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">{t.signup}</h1>
      <SignupForm t={t} />
      <p className="text-sm text-slate-600">
        {t.haveAccount}{' '}
        <Link href="/login" className="text-brand-600 hover:underline">
          {t.login}
        </Link>
      </p>
    </div>
  );
}
