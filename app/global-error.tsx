'use client';

import { RotateCw, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { StatusPage } from '@/components/shell/status-page';
import { useClientLocale } from '@/components/shell/use-client-locale';
import { buttonVariants } from '@/components/ui/button-variants';
import { shell } from '@/lib/i18n/shell';
import './globals.css';

/** When the root layout itself fails: its own document, so no header, theme class or server strings. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = useClientLocale();
  const d = shell[locale];
  return (
    <html lang={locale}>
      <body>
        <title>{`${d.errorTitle} · CodeMeet`}</title>
        <main className="mx-auto max-w-5xl px-4 py-10">
          <StatusPage icon={<TriangleAlert aria-hidden />} title={d.errorTitle} body={d.errorBody}>
            <button type="button" className={buttonVariants()} onClick={() => retry()}>
              <RotateCw aria-hidden />
              {d.retry}
            </button>
            <Link href="/" className="btn-secondary">
              {d.backHome}
            </Link>
          </StatusPage>
        </main>
      </body>
    </html>
  );
}
