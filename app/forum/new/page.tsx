import type { Metadata } from 'next';
import { BackLink } from '@/components/back-link';
import { requireWebActor } from '@/app/_lib/auth';
import { COMMUNITY } from '@/lib/i18n/community';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';
import { DiscussionForm } from '../_components/discussion-form';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(FORUM);
  return { title: d.newPostTitle };
}

export default async function NewDiscussionPage() {
  await requireWebActor('/forum/new');
  const [{ d: t }, { d: c }] = await Promise.all([getDictionary(FORUM), getDictionary(COMMUNITY)]);
  return (
    <div className="space-y-4">
      <BackLink href="/forum">{t.backToForum}</BackLink>
      <div className="card space-y-6">
        <h1 className="text-2xl font-semibold">{t.newPostTitle}</h1>
        <DiscussionForm initial={{ title: '', content: '', tags: [] }} t={t} c={c} />
      </div>
    </div>
  );
}
