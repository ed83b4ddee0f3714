import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArrowLeft, CheckCircle2 } from 'lucide-react';
import { Markdown } from '@/components/markdown';
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { isAppError } from '@/lib/errors';
import { submissionOutput } from '@/lib/execution/present';
import { fill } from '@/lib/i18n/fill';
import { PRACTICE, tagLabel } from '@/lib/i18n/practice';
import { getDictionary } from '@/app/_lib/i18n';
import { encodeId } from '@/lib/ids';
import { listDrafts } from '@/lib/practice/drafts';
import { openingLanguage } from '@/lib/practice/opening-language';
import { questionBySlug, retiredQuestionTitles, type QuestionWithCases } from '@/lib/questions/service';
import { mySubmissionsOf } from '@/lib/submissions/service';
import { LANGUAGES, type LanguageId } from '@/lib/vocabulary/languages';
import { Workspace } from '../_components/workspace';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ slug }, { d }] = await Promise.all([params, getDictionary(PRACTICE)]);
  return { title: `${slug} · ${d.title}` };
}

const DIFFICULTY_COLOR = {
  Easy: 'text-emerald-700 dark:text-emerald-400',
  Medium: 'text-amber-700 dark:text-amber-400',
  Hard: 'text-red-700 dark:text-red-400',
};

/** A question users can no longer open: found, unless it was retired, in which case the page says so. */
async function findQuestion(slug: string, load: () => Promise<QuestionWithCases>) {
  try {
    return { found: await load() };
  } catch (error) {
    if (!isAppError(error) || error.status !== 404) throw error;
    const retired = await retiredQuestionTitles(await getDb(), slug);
    if (!retired) notFound();
    return { retired };
  }
}

export default async function PracticeQuestionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [actor, { locale, d }] = await Promise.all([getWebActor(), getDictionary(PRACTICE)]);
  const db = await getDb();
  const zh = locale !== 'en';
  const lookup = await findQuestion(slug, () => questionBySlug(db, actor, slug));
  if (!lookup.found) {
    return (
      <div className="card space-y-3" role="status" data-testid="retired">
        <h1 className="text-xl font-semibold">{d.retiredTitle}</h1>
        <p className="text-slate-600">{fill(d.retiredBody, { title: zh ? lookup.retired.titleZh : lookup.retired.titleEn })}</p>
        <Link href="/practice" prefetch={false} className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline">
          <ArrowLeft className="size-4" aria-hidden />
          {d.backToList}
        </Link>
      </div>
    );
  }
  const { question, solved, hintsWithheld } = lookup.found;
  const [submissions, drafts] = actor
    ? await Promise.all([
        mySubmissionsOf(db, actor, question.id).then((rows) => rows.map((row) => submissionOutput(row))),
        listDrafts(db, actor, question.id),
      ])
    : [[], []];
  const difficultyLabel = { Easy: d.easy, Medium: d.medium, Hard: d.hard }[question.difficulty];
  const supported = Object.keys(question.starter) as LanguageId[];
  const languages = supported.map((id) => ({ id, name: LANGUAGES[id].displayName }));
  const initialLanguage = openingLanguage(
    supported,
    actor?.user.preferences.languages ?? [],
    drafts.map((draft) => draft.language),
  );
  const statement = (
    <article className="space-y-4 p-4" data-testid="statement">
      <Link href="/practice" prefetch={false} className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline">
        <ArrowLeft className="size-4" aria-hidden />
        {d.backToList}
      </Link>
      <h1 className="text-xl font-semibold">{zh ? question.titleZh : question.titleEn}</h1>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className={DIFFICULTY_COLOR[question.difficulty]}>{difficultyLabel}</span>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          {tagLabel(d, question.category)}
        </span>
        {solved && (
          <span
            className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
            data-testid="solved-badge"
          >
            <CheckCircle2 className="size-4" aria-hidden />
            {d.solved}
          </span>
        )}
      </div>
      <Markdown source={zh ? question.statementZh : question.statementEn} />
      <section className="space-y-2">
        <h2 className="font-semibold">{d.examples}</h2>
        {question.examples.map((example, i) => (
          <div key={i} className="space-y-0.5 rounded bg-slate-50 p-3 font-mono text-sm dark:bg-slate-900">
            <p className="font-sans font-medium">{fill(d.example, { n: i + 1 })}</p>
            <p className="break-all">
              {d.input}
              {zh ? '：' : ': '}
              {example.input}
            </p>
            <p className="break-all">
              {d.output}
              {zh ? '：' : ': '}
              {example.output}
            </p>
            {example.explanation && (
              <p className="font-sans">
                {d.explanation}
                {zh ? '：' : ': '}
                {zh ? example.explanation.zh : example.explanation.en}
              </p>
            )}
          </div>
        ))}
      </section>
      <section>
        <h2 className="font-semibold">{d.constraints}</h2>
        <ul className="list-inside list-disc font-mono text-sm break-all">
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
  );
  return (
    <Workspace
      statement={statement}
      questionId={encodeId('question', question.id)}
      slug={question.slug}
      starter={question.starter}
      languages={languages}
      initialLanguage={initialLanguage}
      savedDrafts={Object.fromEntries(drafts.map((draft) => [draft.language, draft.code]))}
      signedIn={actor !== null}
      initialSubmissions={submissions}
      d={d}
    />
  );
}
