import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { lenientQuery, type SearchParams } from '@/app/_lib/pages';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { CATEGORIES } from '@/db/seed/problems/source';
import { getWebActor } from '@/app/_lib/auth';
import { COMMUNITY } from '@/lib/i18n/community';
import { PRACTICE } from '@/lib/i18n/practice';
import { getDictionary } from '@/app/_lib/i18n';
import { categoryLabel } from '@/lib/questions/present';
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
  const difficultyColor = { Easy: 'text-emerald-700', Medium: 'text-amber-700', Hard: 'text-red-700' };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{d.title}</h1>
      <p className="text-slate-600">{d.intro}</p>
      <form className="card flex flex-wrap items-end gap-3" method="get" data-testid="practice-filters">
        <label className="flex-1 space-y-1 text-sm">
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
              {categoryLabel(category)}
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
        <ul className="card divide-y divide-slate-100 p-0" data-testid="practice-list">
          {items.map((q) => (
            <li key={q.id} className="flex items-center justify-between gap-3 px-4 py-3" data-testid="practice-item">
              <div className="flex items-center gap-2">
                <span
                  className="w-5 text-emerald-600"
                  aria-label={q.solved ? d.solved : undefined}
                  data-testid={q.solved ? 'solved-mark' : undefined}
                >
                  {q.solved ? '✓' : ''}
                </span>
                <Link href={`/practice/${q.slug}`} prefetch={false} className="font-medium text-brand-600 hover:underline">
                  {locale === 'en' ? q.titleEn : q.titleZh}
                </Link>
              </div>
              <div className="flex items-center gap-3 text-sm">
                <span className="text-slate-500">{categoryLabel(q.category)}</span>
                <span className={difficultyColor[q.difficulty]}>{difficultyLabel[q.difficulty]}</span>
              </div>
            </li>
          ))}
        </ul>
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
