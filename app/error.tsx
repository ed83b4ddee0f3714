'use client';

import { House, RotateCw, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { useEffect } from 'react';
import { StatusPage } from '@/components/shell/status-page';
import { useClientLocale } from '@/components/shell/use-client-locale';
import { buttonVariants } from '@/components/ui/button-variants';
import { shell } from '@/lib/i18n/shell';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const d = shell[useClientLocale()];
  useEffect(() => {
    console.error(error);
  }, [error]);
  // A server error arrives masked, with only its digest: shown so a report can name it.
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  return (
    <StatusPage icon={<TriangleAlert aria-hidden />} title={d.errorTitle} body={d.errorBody}>
      <button type="button" className={buttonVariants()} onClick={() => retry()}>
        <RotateCw aria-hidden />
        {d.retry}
      </button>
      <Link href="/" prefetch={false} className={buttonVariants({ variant: 'secondary' })}>
        <House aria-hidden />
        {d.backHome}
      </Link>
      {digest && (
        <p className="w-full text-xs text-slate-500">
          {d.errorRef}：<code>{digest}</code>
        </p>
      )}
    </StatusPage>
  );
}
