import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { getLocale } from '@/app/_lib/i18n';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'CodeMeet 面試練習平台', template: '%s · CodeMeet' },
  description: 'AI 模擬面試、求職社群與同儕程式面試 — AI mock interviews, community and peer coding interviews.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <SiteHeader />
        <main className="mx-auto max-w-5xl px-4 py-10">{children}</main>
      </body>
    </html>
  );
}
