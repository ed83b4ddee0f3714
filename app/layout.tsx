import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { ThemeProvider } from '@/components/ui/theme-provider';
import { Toaster } from '@/components/ui/toaster';
import { getLocale } from '@/app/_lib/i18n';
import { NONCE_HEADER } from '@/lib/http/request';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'CodeMeet 面試練習平台', template: '%s · CodeMeet' },
  description: 'AI 模擬面試、求職社群與同儕程式面試 — AI mock interviews, community and peer coding interviews.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  return (
    // next-themes sets the class on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <body>
        <ThemeProvider nonce={requestHeaders.get(NONCE_HEADER) ?? undefined}>
          <SiteHeader />
          {/* Reading pages keep a comfortable column; a page whose root is a [data-workspace] fills the screen. */}
          <main className="mx-auto max-w-5xl px-4 py-10 has-[>[data-workspace]]:max-w-none has-[>[data-workspace]]:p-0">{children}</main>
          <Toaster />
        </ThemeProvider>
      </body>
    </html>
  );
}
