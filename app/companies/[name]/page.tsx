import type { Metadata } from 'next';
import { BackLink } from '@/components/back-link';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { companyProfile } from '@/lib/experiences/companies';
import { listExperiences } from '@/lib/experiences/service';
import { COMMUNITY } from '@/lib/i18n/community';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/app/_lib/i18n';
import { Stars } from '@/app/experiences/_components/badges';
import { ExperienceItem } from '@/app/experiences/_components/experience-item';
import { companyHref, difficultyLabel, resultLabel } from '@/app/experiences/_components/labels';
import { orNotFound, type SearchParams } from '@/app/_lib/pages';
import { listQueryOf } from '@/app/experiences/_components/list-query';
import { ShareBars } from '../_components/share-bars';

type Props = { params: Promise<{ name: string }>; searchParams: Promise<SearchParams> };

/** A path segment as typed: Next hands non-ASCII segments over still percent-encoded. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The company named in the path, however it was typed; a name no list could hold is nobody's company. */
async function companyNameOf(params: Props['params']): Promise<string> {
  const { name } = await params;
  const trimmed = decodedSegment(name).trim();
  if (!trimmed || trimmed.length > 100 || trimmed.includes('\u0000')) notFound();
  return trimmed;
}

const RESULT_COLOURS = { 已錄取: 'bg-green-500', 未錄取: 'bg-rose-500', 等待中: 'bg-amber-400' } as const;
const DIFFICULTY_COLOURS = { 簡單: 'bg-sky-500', 中等: 'bg-violet-500', 困難: 'bg-red-500' } as const;

/** The company's profile, read once per request for the page and its title. */
const loadProfile = cache(async (name: string) => orNotFound(async () => companyProfile(await getDb(), name)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile(await companyNameOf(params));
  return { title: profile.name };
}

export default async function CompanyPage({ params, searchParams }: Props) {
  const [name, query, { d }, { d: c }, actor, db] = await Promise.all([
    companyNameOf(params),
    searchParams,
    getDictionary(EXPERIENCES),
    getDictionary(COMMUNITY),
    getWebActor(),
    getDb(),
  ]);
  const profile = await loadProfile(name);
  const page = await listExperiences(db, actor?.userId ?? null, listQueryOf({ page: query.page, company: name }));
  return (
    <div className="space-y-6">
      <BackLink href="/companies">{d.companiesTitle}</BackLink>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{profile.name}</h1>
        <p className="text-slate-600" data-testid="company-count">
          {fill(d.experiencesCount, { n: profile.experiences })}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card space-y-3">
          <h2 className="font-semibold">{d.resultShares}</h2>
          <ShareBars
            label={d.resultShares}
            testId="result-shares"
            rows={profile.results.map((r) => ({
              key: r.result,
              label: resultLabel(d, r.result),
              count: r.count,
              share: r.share,
              colour: RESULT_COLOURS[r.result],
            }))}
          />
        </section>
        <section className="card space-y-3">
          <h2 className="font-semibold">{d.difficultySpread}</h2>
          <ShareBars
            label={d.difficultySpread}
            testId="difficulty-shares"
            rows={profile.difficulties.map((r) => ({
              key: r.difficulty,
              label: difficultyLabel(d, r.difficulty),
              count: r.count,
              share: r.share,
              colour: DIFFICULTY_COLOURS[r.difficulty],
            }))}
          />
        </section>
        <section className="card space-y-2" data-testid="company-evaluation">
          <h2 className="font-semibold">{d.averageEvaluation}</h2>
          {profile.averageEvaluation === null ? (
            <p className="text-sm text-slate-500">{d.noEvaluations}</p>
          ) : (
            <>
              <p className="flex items-center gap-3">
                <span className="text-3xl font-semibold">{profile.averageEvaluation.toFixed(1)}</span>
                <span className="text-slate-500">/ 5</span>
                <Stars value={Math.round(profile.averageEvaluation)} d={d} />
              </p>
              <p className="text-sm text-slate-500">{fill(d.evaluationsCount, { n: profile.evaluations })}</p>
            </>
          )}
        </section>
        <section className="card space-y-2">
          <h2 className="font-semibold">{d.positions}</h2>
          <ul className="space-y-1 text-sm" data-testid="company-positions">
            {profile.positions.map((p) => (
              <li key={p.position} className="flex justify-between gap-3">
                <Link
                  href={`/experiences?${new URLSearchParams({ company: profile.name, position: p.position })}`}
                  className="text-brand-600 hover:underline"
                >
                  {p.position}
                </Link>
                <span className="text-slate-500">{fill(d.experiencesCount, { n: p.count })}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {profile.topQuestions.length > 0 && (
        <section className="card space-y-3">
          <h2 className="font-semibold">{d.topQuestions}</h2>
          <ol className="list-decimal space-y-1 pl-6 text-sm" data-testid="company-questions">
            {profile.topQuestions.map((q) => (
              <li key={q.question}>
                <span>{q.question}</span> <span className="text-xs text-slate-500">({fill(d.askedTimes, { n: q.count })})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className="space-y-4">
        <h2 className="text-xl font-semibold">{fill(d.companyExperiences, { name: profile.name })}</h2>
        <ul className="space-y-4">
          {page.items.map((experience) => (
            <ExperienceItem key={experience.id} experience={experience} signedIn={actor !== null} d={d} c={c} />
          ))}
        </ul>
        <Pagination path={companyHref(profile.name)} params={{}} page={page.page} perPage={page.perPage} total={page.total} t={c} />
      </section>
    </div>
  );
}
