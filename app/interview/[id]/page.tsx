import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { orNotFound } from '@/app/_lib/pages';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { rowId } from '@/lib/ids';
import { INTERVIEW } from '@/lib/i18n/interview';
import { getDictionary } from '@/app/_lib/i18n';
import { presentInterview } from '@/lib/interviews/present';
import { getInterview } from '@/lib/interviews/service';
import { InterviewRunnerClient } from '../_components/interview-runner-client';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW);
  return { title: d.title };
}

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [actor, { locale, d }] = await Promise.all([requireWebActor(`/interview/${encodeURIComponent(id)}`), getDictionary(INTERVIEW)]);
  const db = await getDb();
  const interview = await orNotFound(() => getInterview(db, actor, rowId(id)), { hideForbidden: true });
  if (interview.status === 'completed') redirect(`/interview/records/${interview.id}`);
  return <InterviewRunnerClient interview={presentInterview(interview)} d={d} lang={locale === 'en' ? 'en' : 'zh'} />;
}
