import { FileCode, Languages } from 'lucide-react';
import Link from 'next/link';
import { setLocaleAction } from '@/app/_actions/locale';
import { getWebActor } from '@/app/_lib/auth';
import { getMessages } from '@/app/_lib/i18n';
import { AccountMenu, DesktopNav, MobileNav, type NavGroup, type NavItem, type NavLabels } from '@/components/header/site-nav';
import { ThemeSwitcher } from '@/components/ui/theme-switcher';
import { MESSAGES } from '@/lib/i18n/messages';
import { shell } from '@/lib/i18n/shell';

/**
 * Server-rendered; only the parts that need the current path or open a menu are client components.
 * Every page here is rendered per visitor, so no link prefetches (prefetching all of them on every
 * page view rendered each one on the server and threw the work away).
 */
export async function SiteHeader() {
  const [{ locale, t }, actor] = await Promise.all([getMessages(), getWebActor()]);
  const s = shell[locale];
  const other = locale === 'zh-TW' ? 'en' : 'zh-TW';
  const labels: NavLabels = {
    mainNav: s.mainNav,
    openMenu: s.openMenu,
    closeMenu: s.closeMenu,
    menuTitle: s.menuTitle,
    accountMenu: s.accountMenu,
    admin: s.admin,
  };
  const sections: NavGroup[] = [
    {
      label: s.groupPractice,
      items: [
        { href: '/interview', label: t.navInterview, icon: 'interview' },
        { href: '/practice', label: t.navPractice, icon: 'practice' },
        { href: '/live', label: t.navLive, icon: 'live' },
      ],
    },
    {
      label: s.groupCommunity,
      items: [
        { href: '/forum', label: t.navForum, icon: 'forum' },
        { href: '/experiences', label: t.navExperiences, icon: 'experiences' },
        { href: '/companies', label: t.navCompanies, icon: 'companies' },
      ],
    },
  ];
  const account: NavItem[] = actor
    ? [
        { href: '/profile', label: s.profile, icon: 'profile' },
        { href: '/resume', label: t.navResume, icon: 'resume' },
        { href: '/favorites', label: t.navFavorites, icon: 'favorites' },
        { href: '/opportunities', label: t.opportunities, icon: 'opportunities' },
        { href: '/preferences', label: t.preferences, icon: 'preferences' },
        { href: '/docs', label: t.apiDocs, icon: 'docs' },
        { href: '/logout', label: t.logout, icon: 'logout' },
      ]
    : [
        { href: '/login', label: t.login, icon: 'login' },
        { href: '/signup', label: t.signup, icon: 'signup' },
        { href: '/docs', label: t.apiDocs, icon: 'docs' },
      ];
  const admin: NavItem[] =
    actor?.role === 'admin'
      ? [
          { href: '/admin/interview-questions', label: t.navInterviewBank, icon: 'interviewBank' },
          { href: '/admin/questions', label: t.navQuestionAdmin, icon: 'questionAdmin' },
        ]
      : [];
  const sheet: NavGroup[] = [
    ...sections,
    { label: actor ? actor.user.name : MESSAGES[locale].account, items: account },
    ...(admin.length > 0 ? [{ label: s.admin, items: admin }] : []),
  ];

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4 text-sm">
        <Link href="/" prefetch={false} className="shrink-0 text-lg font-bold text-brand-600">
          {t.brand}
        </Link>
        <DesktopNav groups={sections} label={s.mainNav} />
        <div className="ml-auto flex items-center gap-1">
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={other} />
            <button
              type="submit"
              className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              aria-label={t.language}
              data-testid="locale-switch"
              lang={other}
            >
              <Languages className="size-4" aria-hidden />
              {other === 'en' ? 'English' : '中文'}
            </button>
          </form>
          <ThemeSwitcher labels={{ theme: s.theme, system: s.themeSystem, light: s.themeLight, dark: s.themeDark }} />
          {!actor && (
            <Link
              href="/docs"
              prefetch={false}
              className="hidden size-9 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 lg:inline-flex"
              aria-label={t.apiDocs}
              title={t.apiDocs}
            >
              <FileCode className="size-4" aria-hidden />
            </Link>
          )}
          {actor ? (
            <div className="hidden md:block">
              <AccountMenu name={actor.user.name} items={account} admin={admin} labels={labels} />
            </div>
          ) : (
            <div className="hidden items-center gap-2 md:flex">
              <Link
                href="/login"
                prefetch={false}
                className="rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                {t.login}
              </Link>
              <Link href="/signup" prefetch={false} className="btn">
                {t.signup}
              </Link>
            </div>
          )}
          <MobileNav groups={sheet} labels={labels} />
        </div>
      </div>
    </header>
  );
}
