import type { Metadata } from 'next';
import Link from 'next/link';
import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { COMMUNITY } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import { INTERVIEW } from '@/lib/i18n/interview';
import { getDictionary } from '@/app/_lib/i18n';
import { taipeiDate } from '@/lib/interviews/present';
import { listRecords, recentRecords } from '@/lib/interviews/service';
import { trendPoints } from '@/lib/interviews/trends';
import { recordListQuery } from '@/lib/validation/interviews';
import { TrendCharts } from '../_components/trend-charts';

const PER_PAGE = 10;

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW);
  return { title: d.recordsTitle };
}

export default async function InterviewRecordsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, { d }, { d: c }, params] = await Promise.all([
    requireWebActor('/interview/records'),
    getDictionary(INTERVIEW),
    getDictionary(COMMUNITY),
    searchParams,
  ]);
  const query = lenientQuery(recordListQuery, params, ['page'], { per_page: PER_PAGE });
  const db = await getDb();
  const [page, recent] = await Promise.all([listRecords(db, actor, { page: query.page, perPage: PER_PAGE }), recentRecords(db, actor)]);
  const points = trendPoints(recent);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{d.recordsTitle}</h1>
        <Link href="/interview" prefetch={false} className="btn">
          {d.newInterview}
        </Link>
      </div>
      <p className="text-slate-600">{d.recordsIntro}</p>
      <section className="card space-y-3" data-testid="trends">
        <h2 className="font-semibold">{d.trends}</h2>
        {points.length >= 2 ? (
          <TrendCharts
            points={points}

            labels={{
              score: d.trendScore,
              rate: d.trendRate,
              cpm: fill(d.cpm, { n: '' }).trim(),
              wpm: fill(d.wpm, { n: '' }).trim(),
              fillers: d.trendFillers,
              axisScore: d.axisScore,
              axisRate: [
                ...new Set(points.flatMap((p) => [...(p.cpm !== null ? [d.axisCpm] : []), ...(p.wpm !== null ? [d.axisWpm] : [])])),
              ].join('、'),
              axisFillers: d.axisFillers,
            }}
          />
        ) : (
          <p className="text-sm text-slate-500">{d.trendNeedMore}</p>
        )}
      </section>
      {page.total === 0 ? (
        <p className="card text-slate-600">{d.noRecords}</p>
      ) : (
        <ul className="space-y-3" data-testid="records">
          {page.items.map((record) => {
            const answered = record.answers.filter((a) => a.answer !== null && a.answer !== '').length;
            return (
              <li key={record.id} className="card flex flex-wrap items-center justify-between gap-2" data-testid="record">
                <div>
                  <Link href={`/interview/records/${record.id}`} prefetch={false} className="font-medium text-brand-600 hover:underline">
                    {record.position || d.title}
                  </Link>
                  <p className="text-sm text-slate-500">
                    {taipeiDate(record.createdAt)} · {answered}/{record.answers.length} {d.questions}
                  </p>
                </div>
                {record.score !== null && (
                  <p className="text-lg font-semibold" aria-label={d.overall}>
                    {fill(d.scoreOf, { n: record.score })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination path="/interview/records" params={{}} page={query.page} perPage={PER_PAGE} total={page.total} t={c} />
    </div>
  );
}
