import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { type SearchParams } from '@/app/_lib/pages';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { COMMUNITY } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import { QUESTION_ADMIN } from '@/lib/i18n/question-admin';
import { getDictionary } from '@/app/_lib/i18n';
import { categoryLabel } from '@/lib/questions/present';
import { listQuestions } from '@/lib/questions/service';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES } from '@/lib/validation/questions';
import { AdminOnly } from './_components/admin-only';
import { questionAdminOf } from './_components/admin';
import { QUESTIONS_PATH, listQueryOf } from './_components/list-query';
import { StatusButton } from './_components/status-button';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(QUESTION_ADMIN);
  return { title: d.title };
}

const chip = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset';
const STATUS_CHIP = {
  draft: 'bg-amber-50 text-amber-800 ring-amber-200',
  published: 'bg-green-50 text-green-800 ring-green-200',
  retired: 'bg-slate-100 text-slate-600 ring-slate-300',
} as const;

export default async function QuestionBankPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, { locale, d }, { d: c }, db, params] = await Promise.all([
    questionAdminOf(QUESTIONS_PATH),
    getDictionary(QUESTION_ADMIN),
    getDictionary(COMMUNITY),
    getDb(),
    searchParams,
  ]);
  if (!actor) return <AdminOnly d={d} />;
  const query = listQueryOf(params);
  const page = await listQuestions(db, actor, query);
  const filtered = Boolean(query.difficulty || query.category || query.q || query.status !== 'all');
  const buttonStrings = {
    retire: d.retire,
    restore: d.restore,
    confirmRetire: d.confirmRetire,
    cancel: d.cancel,
    formError: d.formError,
    signedOut: d.signedOut,
    adminOnly: d.adminOnly,
    notFound: d.notFound,
    conflict: d.conflict,
    rateLimited: d.rateLimited,
    unavailable: d.unavailable,
    serverError: d.serverError,
  };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{d.title}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{d.intro}</p>
        </div>
        <Link href={`${QUESTIONS_PATH}/new`} className="btn" data-testid="add-question">
          {d.addQuestion}
        </Link>
      </div>
      <Form
        action={QUESTIONS_PATH}
        className="card grid gap-3 p-4 md:grid-cols-5 md:items-end"
        role="search"
        data-testid="questions-filters"
      >
        <div className="space-y-1">
          <label htmlFor="filter-status" className="block text-xs font-medium text-slate-600">
            {d.status}
          </label>
          <select id="filter-status" name="status" className="field" defaultValue={query.status}>
            {(['all', 'draft', 'published', 'retired'] as const).map((status) => (
              <option key={status} value={status}>
                {d.statuses[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-difficulty" className="block text-xs font-medium text-slate-600">
            {d.difficulty}
          </label>
          <select id="filter-difficulty" name="difficulty" className="field" defaultValue={query.difficulty ?? ''}>
            <option value="">{d.any}</option>
            {QUESTION_DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficulty}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-category" className="block text-xs font-medium text-slate-600">
            {d.category}
          </label>
          <select id="filter-category" name="category" className="field" defaultValue={query.category ?? ''}>
            <option value="">{d.any}</option>
            {QUESTION_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(category)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">
            {d.search}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            className="field"
            maxLength={100}
            defaultValue={query.q ?? ''}
            placeholder={d.searchPlaceholder}
          />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn">
            {d.filter}
          </button>
          {filtered && (
            <Link href={QUESTIONS_PATH} className="btn-secondary">
              {d.clearFilters}
            </Link>
          )}
        </div>
      </Form>
      <p className="text-sm text-slate-500" data-testid="questions-total">
        {fill(d.total, { n: page.pagination.totalItems })}
      </p>
      {page.items.length === 0 ? (
        <p className="card text-center text-slate-500" data-testid="questions-empty">
          {d.noMatches}
        </p>
      ) : (
        <ul className="card divide-y divide-slate-100 p-0" data-testid="questions-list">
          {page.items.map((question) => {
            const titleId = `question-${question.id}-title`;
            return (
              <li
                key={question.id}
                className="flex flex-wrap items-center justify-between gap-3 px-5 py-3"
                data-testid="admin-question"
                data-slug={question.slug}
              >
                <div className="space-y-1">
                  <p id={titleId} className="font-medium text-slate-900">
                    {locale === 'en' ? question.titleEn : question.titleZh}
                  </p>
                  <div className="flex flex-wrap items-center gap-2 text-xs">
                    <span className={`${chip} ${STATUS_CHIP[question.status]}`} data-testid="question-status">
                      {d.statuses[question.status]}
                    </span>
                    <span className={`${chip} bg-slate-50 text-slate-700 ring-slate-200`}>{question.difficulty}</span>
                    <span className={`${chip} bg-brand-50 text-brand-700 ring-brand-100`}>{categoryLabel(question.category)}</span>
                    <span className="text-slate-500">{question.provenAt ? d.proven : d.notProven}</span>
                    <span className="font-mono text-slate-400">{question.slug}</span>
                  </div>
                </div>
                <div className="flex items-center gap-2">
                  <Link
                    href={`${QUESTIONS_PATH}/${question.id}/edit`}
                    className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100"
                    aria-describedby={titleId}
                    data-testid="edit-question"
                  >
                    {d.edit}
                  </Link>
                  {question.status !== 'draft' && (
                    <StatusButton id={question.id} status={question.status} describedBy={titleId} d={buttonStrings} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination
        path={QUESTIONS_PATH}
        params={{
          status: query.status === 'all' ? undefined : query.status,
          difficulty: query.difficulty,
          category: query.category,
          q: query.q,
        }}
        page={page.pagination.page}
        perPage={page.pagination.pageSize}
        total={page.pagination.totalItems}
        t={c}
      />
    </div>
  );
}
