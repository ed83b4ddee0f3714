import Link from 'next/link';
import { setLocaleAction } from '@/app/_actions/locale';
import { getWebActor } from '@/app/_lib/auth';
import { getMessages } from '@/app/_lib/i18n';

export async function SiteHeader() {
  const [{ locale, t }, actor] = await Promise.all([getMessages(), getWebActor()]);
  const other = locale === 'zh-TW' ? 'en' : 'zh-TW';
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <Link href="/" prefetch={false} className="text-lg font-bold text-brand-600">
          {t.brand}
        </Link>
        {[
          ['/interview', t.navInterview],
          ['/practice', t.navPractice],
          ['/live', t.navLive],
          ['/forum', t.navForum],
          ['/experiences', t.navExperiences],
          ['/companies', t.navCompanies],
          ['/favorites', t.navFavorites],
          ['/resume', t.navResume],
          ...(actor ? [['/opportunities', t.opportunities]] : []),
          ...(actor?.role === 'admin'
            ? [
                ['/admin/interview-questions', t.navInterviewBank],
                ['/admin/questions', t.navQuestionAdmin],
              ]
            : []),
          ['/docs', t.apiDocs],
        ].map(([href, label]) => (
          // Every page here is rendered per visitor: prefetching all of them on every page view
          // rendered each one on the server and threw the work away.
          <Link key={href} href={href!} prefetch={false} className="text-slate-600 hover:text-slate-900">
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
              <Link href="/profile" prefetch={false} className="text-slate-700 hover:text-slate-900" data-testid="nav-profile">
                {actor.user.name}
              </Link>
              <Link href="/preferences" prefetch={false} className="text-slate-600 hover:text-slate-900">
                {t.preferences}
              </Link>
              <Link href="/logout" prefetch={false} className="btn-secondary">
                {t.logout}
              </Link>
            </>
          ) : (
            <>
              <Link href="/login" prefetch={false} className="text-slate-700 hover:text-slate-900">
                {t.login}
              </Link>
              <Link href="/signup" prefetch={false} className="btn">
                {t.signup}
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
