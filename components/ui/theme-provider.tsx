'use client';

import { ThemeProvider as NextThemes } from 'next-themes';
import type { ReactNode } from 'react';

/** Light or dark, as the system says until the user picks one (kept by next-themes in localStorage). */
export function ThemeProvider({ children, nonce }: { children: ReactNode; nonce: string | undefined }) {
  // The theme script runs before paint, so the page never flashes the wrong theme; it carries the CSP nonce.
  return (
    <NextThemes nonce={nonce} attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
    </NextThemes>
  );
}
