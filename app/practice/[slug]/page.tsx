import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound } from '@/app/_lib/pages';
import { Markdown } from '@/components/markdown';
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { submissionOutput } from '@/lib/execution/present';
import { fill } from '@/lib/i18n/fill';
import { PRACTICE } from '@/lib/i18n/practice';
import { getDictionary } from '@/app/_lib/i18n';
import { encodeId } from '@/lib/ids';
import { categoryLabel } from '@/lib/questions/present';
import { questionBySlug } from '@/lib/questions/service';
import { mySubmissionsOf } from '@/lib/submissions/service';
import { LANGUAGES, type LanguageId } from '@/lib/vocabulary/languages';
import { Workspace } from '../_components/workspace';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ slug }, { d }] = await Promise.all([params, getDictionary(PRACTICE)]);
  return { title: `${slug} · ${d.title}` };
}

export default async function PracticeQuestionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [actor, { locale, d }] = await Promise.all([getWebActor(), getDictionary(PRACTICE)]);
  const db = await getDb();
  const { question, solved, hintsWithheld } = await orNotFound(() => questionBySlug(db, actor, slug));
  const submissions = actor ? (await mySubmissionsOf(db, actor, question.id)).map((row) => submissionOutput(row)) : [];
  const zh = locale !== 'en';
  const difficultyLabel = { Easy: d.easy, Medium: d.medium, Hard: d.hard }[question.difficulty];
  const languages = (Object.keys(question.starter) as LanguageId[]).map((id) => ({ id, name: LANGUAGES[id].displayName }));
  return (
    <div className="space-y-4">
      <Link href="/practice" prefetch={false} className="text-sm text-brand-600 hover:underline">
        ← {d.backToList}
      </Link>
      <div className="grid gap-4 lg:grid-cols-2">
        <article className="card space-y-4" data-testid="statement">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h1 className="text-xl font-semibold">{zh ? question.titleZh : question.titleEn}</h1>
            <div className="flex items-center gap-2 text-sm">
              {solved && (
                <span className="rounded bg-emerald-100 px-2 py-0.5 text-emerald-800" data-testid="solved-badge">
                  ✓ {d.solved}
                </span>
              )}
              <span>{difficultyLabel}</span>
              <span className="text-slate-500">{categoryLabel(question.category)}</span>
            </div>
          </div>
          <Markdown source={zh ? question.statementZh : question.statementEn} />
          <section className="space-y-2">
            <h2 className="font-semibold">{d.examples}</h2>
            {question.examples.map((example, i) => (
              <div key={i} className="rounded bg-slate-50 p-3 font-mono text-sm">
                <p className="font-sans font-medium">{fill(d.example, { n: i + 1 })}</p>
                <p>
                  {d.input}: {example.input}
                </p>
                <p>
                  {d.output}: {example.output}
                </p>
                {example.explanation && (
                  <p className="font-sans">
                    {d.explanation}: {zh ? example.explanation.zh : example.explanation.en}
                  </p>
                )}
              </div>
            ))}
          </section>
          <section>
            <h2 className="font-semibold">{d.constraints}</h2>
            <ul className="list-inside list-disc font-mono text-sm">
              {question.constraints.map((constraint) => (
                <li key={constraint}>{constraint}</li>
              ))}
            </ul>
            <p className="mt-1 text-xs text-slate-500">{fill(d.limits, { time: question.timeLimitMs, memory: question.memoryLimitMb })}</p>
          </section>
          <section className="space-y-1">
            <h2 className="font-semibold">{d.hints}</h2>
            {hintsWithheld && (
              <p className="text-sm text-slate-600" data-testid="hints-withheld">
                {d.hintsWithheld}
              </p>
            )}
            {question.hints.map((hint, i) => (
              <details key={i} className="text-sm">
                <summary className="cursor-pointer">{fill(d.hint, { n: i + 1 })}</summary>
                <p className="mt-1 text-slate-700">{zh ? hint.zh : hint.en}</p>
              </details>
            ))}
          </section>
        </article>
        <Workspace
          questionId={encodeId('question', question.id)}
          slug={question.slug}
          starter={question.starter}
          languages={languages}
          signedIn={actor !== null}
          initialSubmissions={submissions}
          d={d}
        />
      </div>
    </div>
  );
}
