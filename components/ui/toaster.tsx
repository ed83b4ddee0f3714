'use client';

import { useTheme } from 'next-themes';
import { Toaster as Sonner } from 'sonner';

/** The page's one toast region (sonner), in the theme the page shows. Call `toast()` from 'sonner' anywhere. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return <Sonner theme={resolvedTheme === 'dark' ? 'dark' : 'light'} position="top-center" richColors closeButton />;
}
