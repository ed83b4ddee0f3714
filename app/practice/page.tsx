import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckCircle2 } from 'lucide-react';
import { z } from 'zod';
import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { CATEGORIES } from '@/db/seed/problems/source';
import { getWebActor } from '@/app/_lib/auth';
import { COMMUNITY } from '@/lib/i18n/community';
import { percent } from '@/lib/i18n/format';
import { PRACTICE, tagLabel } from '@/lib/i18n/practice';
import { getDictionary } from '@/app/_lib/i18n';
import { browseQuestions } from '@/lib/questions/service';
import { page, perPage } from '@/lib/validation/career';

const PER_PAGE = 20;

const listQuery = z.object({
  page,
  per_page: perPage,
  difficulty: z.enum(['Easy', 'Medium', 'Hard']).optional(),
  category: z.enum(CATEGORIES).optional(),
  q: z.string().trim().max(100).optional(),
});

const DIFFICULTY_COLOR = {
  Easy: 'text-emerald-700 dark:text-emerald-400',
  Medium: 'text-amber-700 dark:text-amber-400',
  Hard: 'text-red-700 dark:text-red-400',
};

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(PRACTICE);
  return { title: d.title };
}

export default async function PracticeListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, { locale, d }, { d: c }, params] = await Promise.all([
    getWebActor(),
    getDictionary(PRACTICE),
    getDictionary(COMMUNITY),
    searchParams,
  ]);
  const query = lenientQuery(listQuery, params, ['page', 'difficulty', 'category', 'q'], { per_page: PER_PAGE });
  const { items, total } = await browseQuestions(await getDb(), actor?.userId ?? null, {
    page: query.page,
    perPage: PER_PAGE,
    difficulty: query.difficulty,
    category: query.category,
    q: query.q,
  });
  const difficultyLabel = { Easy: d.easy, Medium: d.medium, Hard: d.hard };
  const acceptance = (q: { judged: number; accepted: number }) => (q.judged === 0 ? d.noAcceptance : percent(q.accepted / q.judged));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{d.title}</h1>
      <p className="text-slate-600">{d.intro}</p>
      <form className="card flex flex-wrap items-end gap-3" method="get" data-testid="practice-filters">
        <label className="min-w-40 flex-1 space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{d.search}</span>
          <input name="q" defaultValue={query.q ?? ''} className="field" maxLength={100} />
        </label>
        <select name="difficulty" defaultValue={query.difficulty ?? ''} className="field w-auto" aria-label={d.anyDifficulty}>
          <option value="">{d.anyDifficulty}</option>
          {(['Easy', 'Medium', 'Hard'] as const).map((level) => (
            <option key={level} value={level}>
              {difficultyLabel[level]}
            </option>
          ))}
        </select>
        <select name="category" defaultValue={query.category ?? ''} className="field w-auto" aria-label={d.anyCategory}>
          <option value="">{d.anyCategory}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {tagLabel(d, category)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn">
          {d.filter}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="card text-slate-600">{d.noQuestions}</p>
      ) : (
        <div className="card overflow-hidden p-0">
          <table className="w-full table-fixed text-sm" data-testid="practice-list">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-500 dark:border-slate-700 dark:bg-slate-900">
              <tr>
                <th scope="col" className="w-10 px-3 py-2">
                  <span className="sr-only">{d.status}</span>
                </th>
                <th scope="col" className="hidden w-16 px-2 py-2 md:table-cell">
                  {d.number}
                </th>
                <th scope="col" className="px-2 py-2">
                  {d.problem}
                </th>
                <th scope="col" className="hidden w-20 px-2 py-2 md:table-cell">
                  {d.difficulty}
                </th>
                <th scope="col" className="hidden w-20 px-2 py-2 md:table-cell">
                  {d.acceptance}
                </th>
                <th scope="col" className="hidden w-2/5 px-2 py-2 md:table-cell">
                  {d.tags}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {items.map((q) => {
                const tags = [...new Set([q.category, ...q.tags])];
                return (
                  <tr key={q.id} className="align-top hover:bg-slate-50 dark:hover:bg-slate-900" data-testid="practice-item">
                    <td className="px-3 py-3">
                      {q.solved ? (
                        <CheckCircle2
                          className="size-5 text-emerald-600 dark:text-emerald-400"
                          role="img"
                          aria-label={d.solved}
                          data-testid="solved-mark"
                        />
                      ) : (
                        <span className="sr-only">{d.unsolved}</span>
                      )}
                    </td>
                    <td className="hidden px-2 py-3 text-slate-500 tabular-nums md:table-cell">{q.id}</td>
                    <td className="px-2 py-3">
                      <Link
                        href={`/practice/${q.slug}`}
                        prefetch={false}
                        className="font-medium break-words text-brand-600 hover:underline"
                      >
                        <span className="text-slate-500 tabular-nums md:hidden">{q.id}. </span>
                        {locale === 'en' ? q.titleEn : q.titleZh}
                      </Link>
                      {/* On a phone the other columns fold under the title. */}
                      <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs md:hidden">
                        <span className={DIFFICULTY_COLOR[q.difficulty]}>{difficultyLabel[q.difficulty]}</span>
                        <span className="text-slate-500">
                          {d.acceptance}
                          {locale === 'en' ? ' ' : '：'}
                          {acceptance(q)}
                        </span>
                        <span className="text-slate-500">{tags.map((tag) => tagLabel(d, tag)).join('・')}</span>
                      </p>
                    </td>
                    <td className={`hidden px-2 py-3 md:table-cell ${DIFFICULTY_COLOR[q.difficulty]}`}>{difficultyLabel[q.difficulty]}</td>
                    <td className="hidden px-2 py-3 text-slate-600 tabular-nums md:table-cell">{acceptance(q)}</td>
                    <td className="hidden px-2 py-3 md:table-cell">
                      <ul className="flex flex-wrap gap-1">
                        {tags.map((tag) => (
                          <li
                            key={tag}
                            className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200"
                          >
                            {tagLabel(d, tag)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        path="/practice"
        params={{ difficulty: query.difficulty, category: query.category, q: query.q }}
        page={query.page}
        perPage={PER_PAGE}
        total={total}
        t={c}
      />
    </div>
  );
}
