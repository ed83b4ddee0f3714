'use client';

import { useTheme } from 'next-themes';
import { Toaster as Sonner } from 'sonner';

export function ToastRegion() {
  const { resolvedTheme } = useTheme();
  return <Sonner theme={resolvedTheme === 'dark' ? 'dark' : 'light'} position="top-center" richColors closeButton />;
}
