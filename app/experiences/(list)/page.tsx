import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { listExperiences } from '@/lib/experiences/service';
import { COMMUNITY } from '@/lib/i18n/community';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { getDictionary } from '@/app/_lib/i18n';
import { ExperienceItem } from '../_components/experience-item';
import { ExperienceFilters } from '../_components/filters';
import { type SearchParams } from '@/app/_lib/pages';
import { listQueryOf } from '../_components/list-query';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(EXPERIENCES);
  return { title: d.experiencesTitle };
}

export default async function ExperiencesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [{ d }, { d: c }, actor, db, params] = await Promise.all([
    getDictionary(EXPERIENCES),
    getDictionary(COMMUNITY),
    getWebActor(),
    getDb(),
    searchParams,
  ]);
  const query = listQueryOf(params);
  const page = await listExperiences(db, actor?.userId ?? null, query);
  const filtered = Boolean(query.company || query.position || query.result || query.difficulty);
  const shareHref = actor ? '/experiences/new' : `/login?next=${encodeURIComponent('/experiences/new')}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{d.experiencesTitle}</h1>
          <p className="text-sm text-slate-600">{d.experiencesIntro}</p>
        </div>
        <Link href={shareHref} className="btn">
          {d.shareExperience}
        </Link>
      </div>
      <ExperienceFilters query={query} d={d} />
      {page.items.length === 0 ? (
        <p className="card text-center text-slate-500" data-testid="experiences-empty">
          {filtered ? d.noMatches : d.noExperiences}
        </p>
      ) : (
        <ul className="space-y-4">
          {page.items.map((experience) => (
            <ExperienceItem key={experience.id} experience={experience} signedIn={actor !== null} d={d} c={c} />
          ))}
        </ul>
      )}
      <Pagination
        path="/experiences"
        params={{ company: query.company, position: query.position, result: query.result, difficulty: query.difficulty }}
        page={page.page}
        perPage={page.perPage}
        total={page.total}
        t={c}
      />
    </div>
  );
}
