import type { Metadata } from 'next';
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { orNotFound } from '@/app/_lib/pages';
import { FeedbackView } from '@/components/interview/feedback-view';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { rowId } from '@/lib/ids';
import { fill } from '@/lib/i18n/fill';
import { INTERVIEW } from '@/lib/i18n/interview';
import { getDictionary } from '@/app/_lib/i18n';
import { presentInterview, taipeiDate } from '@/lib/interviews/present';
import { getInterview } from '@/lib/interviews/service';
import { DeleteRecordButton } from '../../_components/delete-record-button';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW);
  return { title: d.recordsTitle };
}

export default async function InterviewRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [actor, { locale, d }] = await Promise.all([
    requireWebActor(`/interview/records/${encodeURIComponent(id)}`),
    getDictionary(INTERVIEW),
  ]);
  const db = await getDb();
  const record = await orNotFound(() => getInterview(db, actor, rowId(id)), { hideForbidden: true });
  const view = presentInterview(record);
  const lang = locale === 'en' ? 'en' : 'zh';
  return (
    <div className="space-y-6">
      <Link href="/interview/records" prefetch={false} className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline">
        <ArrowLeft className="size-4" aria-hidden />
        {d.backToRecords}
      </Link>
      <div className="card space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h1 className="text-2xl font-semibold">{view.position || d.title}</h1>
            <p className="text-sm text-slate-500">
              {taipeiDate(record.createdAt)}
              {view.status === 'in_progress' && ` · ${d.inProgress}`}
            </p>
          </div>
          {view.score !== null && (
            <div className="text-right">
              <p className="text-xs text-slate-500">{d.overall}</p>
              <p className="text-3xl font-bold" data-testid="record-score">
                {fill(d.scoreOf, { n: view.score })}
              </p>
            </div>
          )}
        </div>
        {view.improved.length > 0 && (
          <div data-testid="record-improved">
            <p className="font-medium">{d.improved}</p>
            <ul className="list-inside list-disc text-sm text-slate-700">
              {view.improved.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        )}
        <DeleteRecordButton id={view.interview_id} d={d} />
      </div>
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{d.questions}</h2>
        {view.questions.map((q) => (
          <article key={q.index} className="card space-y-3" data-testid="record-answer">
            <h3 className="font-medium">
              {q.index + 1}. {q.question}
            </h3>
            <p className="whitespace-pre-wrap text-sm text-slate-700">{q.answer || d.unanswered}</p>
            {q.recording_url && (
              <div className="text-sm">
                <p className="font-medium">{d.playRecording}</p>
                <audio controls preload="none" src={q.recording_url} data-testid="recording-player" />
              </div>
            )}
            {q.feedback && <FeedbackView feedback={q.feedback} d={d} lang={lang} />}
            {q.coach && (
              <div className="rounded border border-indigo-200 bg-indigo-50 p-3 text-sm">
                <p className="font-medium">{d.coach}</p>
                <p className="whitespace-pre-wrap">{q.coach.feedback}</p>
                {q.coach.follow_up && (
                  <p className="mt-2">
                    <span className="font-medium">{d.followUp}：</span>
                    {q.coach.follow_up}
                  </p>
                )}
              </div>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
