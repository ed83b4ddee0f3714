'use client';

import { lazy, Suspense } from 'react';
import { useHydrated } from './use-hydrated';

// sonner loads after hydration, outside every page's first load. It arrives within moments of
// hydration; a toast() fired before that is not shown, so what a toast announces (a hint, a
// partner's feedback) is always on the page as well.
const ToastRegion = lazy(() => import('./toast-region').then((m) => ({ default: m.ToastRegion })));

/** The page's one toast region (sonner), in the theme the page shows. Call `toast()` from 'sonner' anywhere. */
export function Toaster() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <ToastRegion />
    </Suspense>
  );
}
