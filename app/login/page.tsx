import Link from 'next/link';
import { safeNextPath } from '@/lib/http/safe-redirect';
import { getMessages } from '@/app/_lib/i18n';
import { LoginForm } from './_components/login-form';

export const metadata = { title: '登入 Log in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t }, params] = await Promise.all([getMessages(), searchParams]);
  return (
    <div className="card mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">{t.login}</h1>
      {params.registered && <p className="rounded-md bg-green-50 p-3 text-sm text-green-700">{t.signupDone}</p>}
      {params.loggedOut && <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700">{t.loggedOut}</p>}
      <LoginForm t={t} next={safeNextPath(params.next, '/profile')} />
      <p className="text-sm text-slate-600">
        {t.noAccount}{' '}
        <Link href="/signup" className="text-brand-600 hover:underline">
          {t.signup}
        </Link>
      </p>
    </div>
  );
}
