'use client';

import { ChevronDown, Menu, UserRound } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { lazy, Suspense } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
// clsx, not cn: tailwind-merge (9 kB gzip) would join every page's first load for classes that never clash.
import { clsx } from 'clsx';
import { ACCOUNT_TRIGGER, MENU_TRIGGER, isCurrent, type NavGroup, type NavItem, type NavLabels } from './nav-items';

export type { NavGroup, NavItem, NavLabels } from './nav-items';

// The menus' Radix code (focus trap, popper, portal) is not needed to read a page: it loads after
// hydration, outside every page's first-load JavaScript. Until it arrives each menu shows its
// trigger, disabled, looking the same.
const AccountMenuPanel = lazy(() => import('./menus').then((m) => ({ default: m.AccountMenuPanel })));
const MobileNavSheet = lazy(() => import('./menus').then((m) => ({ default: m.MobileNavSheet })));

/** The sections, one row from lg up; the current one is marked for eyes and screen readers. */
export function DesktopNav({ groups, label }: { groups: NavGroup[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="hidden items-center lg:flex">
      {groups.map((group, i) => (
        <ul
          key={group.label}
          aria-label={group.label}
          className={clsx('flex items-center gap-1', i > 0 && 'ml-2 border-l border-slate-200 pl-2')}
        >
          {group.items.map((item) => {
            const current = isCurrent(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  prefetch={false}
                  aria-current={current ? 'page' : undefined}
                  className={clsx(
                    'rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap transition-colors',
                    current ? 'bg-brand-50 font-medium text-brand-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
                  )}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      ))}
    </nav>
  );
}

/** The signed-in user's pages in one menu; the trigger shows their name. */
export function AccountMenu(props: { name: string; items: NavItem[]; admin: NavItem[]; labels: NavLabels }) {
  const hydrated = useHydrated();
  const placeholder = (
    <button type="button" disabled className={ACCOUNT_TRIGGER} aria-label={props.labels.accountMenu}>
      <UserRound className="size-4 shrink-0 text-slate-500" aria-hidden />
      <span className="truncate" data-testid="nav-profile">
        {props.name}
      </span>
      <ChevronDown className="size-3.5 shrink-0 text-slate-500" aria-hidden />
    </button>
  );
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <AccountMenuPanel {...props} />
    </Suspense>
  );
}

/** Below lg a menu button opens a sheet with every link the header has. */
export function MobileNav(props: { groups: NavGroup[]; labels: NavLabels }) {
  const hydrated = useHydrated();
  const placeholder = (
    <button type="button" disabled className={MENU_TRIGGER} aria-label={props.labels.openMenu} data-testid="nav-menu">
      <Menu className="size-5" aria-hidden />
    </button>
  );
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <MobileNavSheet {...props} />
    </Suspense>
  );
}
