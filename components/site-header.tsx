import Link from 'next/link';
import { setLocaleAction } from '@/app/_actions/locale';
import { getWebActor } from '@/lib/auth/web';
import { getMessages } from '@/lib/i18n/server';

export async function SiteHeader() {
  const [{ locale, t }, actor] = await Promise.all([getMessages(), getWebActor()]);
  const other = locale === 'zh-TW' ? 'en' : 'zh-TW';
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <Link href="/" className="text-lg font-bold text-brand-600">
          {t.brand}
        </Link>
        {[
          ['/forum', t.navForum],
          ['/experiences', t.navExperiences],
          ['/companies', t.navCompanies],
          ['/favorites', t.navFavorites],
          ['/resume', t.navResume],
          ['/docs', t.apiDocs],
        ].map(([href, label]) => (
          <Link key={href} href={href!} className="text-slate-600 hover:text-slate-900">
            {label}
          </Link>
        ))}
        <div className="ml-auto flex items-center gap-3">
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={other} />
            <button type="submit" className="text-slate-600 hover:text-slate-900" aria-label={t.language} data-testid="locale-switch">
              {other === 'en' ? 'English' : '中文'}
            </button>
          </form>
          {actor ? (
            <>
              <Link href="/profile" className="text-slate-700 hover:text-slate-900" data-testid="nav-profile">
                {actor.user.name}
              </Link>
              <Link href="/preferences" className="text-slate-600 hover:text-slate-900">
                {t.preferences}
              </Link>
              <Link href="/logout" className="btn-secondary">
                {t.logout}
              </Link>
            </>
          ) : (
            <>
              <Link href="/login" className="text-slate-700 hover:text-slate-900">
                {t.login}
              </Link>
              <Link href="/signup" className="btn">
                {t.signup}
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
