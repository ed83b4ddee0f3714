'use client';

import { Monitor } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { useHydrated } from './use-hydrated';

export type ThemeSwitcherLabels = { theme: string; system: string; light: string; dark: string };

// The menu's Radix code loads after hydration, outside every page's first load; until then the
// trigger shows, disabled, with the neutral icon the server renders anyway.
const ThemeMenu = lazy(() => import('./theme-menu').then((m) => ({ default: m.ThemeMenu })));

const PLACEHOLDER = 'inline-flex size-9 items-center justify-center rounded-md text-slate-700 disabled:opacity-60';

/** System, light or dark (next-themes keeps the choice); the icon shows what is in effect. */
export function ThemeSwitcher({ labels }: { labels: ThemeSwitcherLabels }) {
  const hydrated = useHydrated();
  const placeholder = (
    // The trigger's look without Button's tailwind-merge, which would join every page's first load.
    <button type="button" className={PLACEHOLDER} aria-label={labels.theme} title={labels.theme} data-testid="theme-switch" disabled>
      <Monitor className="size-4" aria-hidden />
    </button>
  );
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ThemeMenu labels={labels} />
    </Suspense>
  );
}
