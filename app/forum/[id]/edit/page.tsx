import type { Metadata } from 'next';
import { BackLink } from '@/components/back-link';
import { notFound } from 'next/navigation';
import { requireWebActor } from '@/app/_lib/auth';
import { COMMUNITY } from '@/lib/i18n/community';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';
import { DiscussionForm } from '../../_components/discussion-form';
import { loadDiscussion } from '../../_lib/discussion';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(FORUM);
  return { title: d.editPostTitle };
}

export default async function EditDiscussionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireWebActor(`/forum/${encodeURIComponent(id)}/edit`);
  const [{ discussion: d }, { d: t }, { d: c }] = await Promise.all([loadDiscussion(id), getDictionary(FORUM), getDictionary(COMMUNITY)]);
  // Someone else's post gets this segment's not-found page, never the form; the action's service refuses them too.
  if (d.authorId !== actor.userId) notFound();
  return (
    <div className="space-y-4">
      <BackLink href={`/forum/${d.id}`}>{d.title}</BackLink>
      <div className="card space-y-6">
        <h1 className="text-2xl font-semibold">{t.editPostTitle}</h1>
        <DiscussionForm id={d.id} initial={{ title: d.title, content: d.content, tags: d.tags }} t={t} c={c} />
      </div>
    </div>
  );
}
