import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { fill } from '@/lib/i18n/fill';
import { INTERVIEW } from '@/lib/i18n/interview';
import { getDictionary } from '@/app/_lib/i18n';
import { lastInterviewLanguage, listUnfinished } from '@/lib/interviews/service';
import { findResume } from '@/lib/resumes/service';
import { QUESTION_COUNT, SECONDS_PER_ANSWER } from '@/lib/validation/interviews';
import { SetupForm } from './_components/setup-form';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW);
  return { title: d.title };
}

export default async function InterviewSetupPage() {
  const [actor, { locale, d }] = await Promise.all([requireWebActor('/interview'), getDictionary(INTERVIEW)]);
  const db = await getDb();
  const [progress, resume, lastLanguage] = await Promise.all([
    listUnfinished(db, actor),
    findResume(db, actor),
    lastInterviewLanguage(db, actor),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{d.title}</h1>
        <Link href="/interview/records" prefetch={false} className="btn-secondary">
          {d.records}
        </Link>
      </div>
      <p className="text-slate-600">{d.intro}</p>
      {progress.length > 0 && (
        <section className="card space-y-2" data-testid="unfinished">
          <h2 className="font-semibold">{d.resumeTitle}</h2>
          <ul className="space-y-1">
            {progress.map(({ interview, answered, total }) => (
              <li key={interview.id} className="flex items-center justify-between gap-2 text-sm">
                <span>{fill(d.resumeItem, { position: interview.position, answered, total })}</span>
                <Link href={`/interview/${interview.id}`} prefetch={false} className="btn-secondary">
                  {d.resumeAction}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(resume?.skills.length ?? 0) === 0 && (
        <p className="text-sm text-slate-600">
          {d.noResumeTip}{' '}
          <Link href="/resume" prefetch={false} className="text-brand-600 underline">
            {d.goToResume}
          </Link>
        </p>
      )}
      <SetupForm
        d={d}
        defaultLanguage={lastLanguage ?? (locale === 'en' ? 'en' : 'zh')}
        counts={Array.from({ length: QUESTION_COUNT.max - QUESTION_COUNT.min + 1 }, (_, i) => QUESTION_COUNT.min + i)}
        defaultCount={QUESTION_COUNT.default}
        secondsChoices={[60, 90, 120, 180, 300].filter((s) => s >= SECONDS_PER_ANSWER.min && s <= SECONDS_PER_ANSWER.max)}
        defaultSeconds={SECONDS_PER_ANSWER.default}
      />
    </div>
  );
}
