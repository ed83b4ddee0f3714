import { Compass, House, MessagesSquare } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDictionary, getMessages } from '@/app/_lib/i18n';
import { StatusPage } from '@/components/shell/status-page';
import { shell } from '@/lib/i18n/shell';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(shell);
  return { title: d.notFoundTitle };
}

export default async function NotFound() {
  const [{ d }, { t }] = await Promise.all([getDictionary(shell), getMessages()]);
  return (
    <StatusPage icon={<Compass aria-hidden />} code="404" title={d.notFoundTitle} body={d.notFoundBody}>
      <Link href="/" prefetch={false} className="btn gap-2">
        <House className="size-4" aria-hidden />
        {d.backHome}
      </Link>
      <Link href="/forum" prefetch={false} className="btn-secondary gap-2">
        <MessagesSquare className="size-4" aria-hidden />
        {t.navForum}
      </Link>
    </StatusPage>
  );
}
