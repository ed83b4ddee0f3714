import type { Metadata } from 'next';
import Link from 'next/link';
import { type SearchParams } from '@/app/_lib/pages';
import { Pagination } from '@/components/pagination';
import { getDb, type Db } from '@/db';
import type { InterviewQuestion } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { isAppError } from '@/lib/errors';
import { rowId } from '@/lib/ids';
import { getBankQuestion, listBank } from '@/lib/interviews/bank';
import { COMMUNITY } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import { INTERVIEW_BANK } from '@/lib/i18n/interview-bank';
import { getDictionary } from '@/app/_lib/i18n';
import { AdminOnly } from './_components/admin-only';
import { bankAdminOf } from './_components/admin';
import { BankFilters } from './_components/filters';
import { familyChoices, kindChoices, questionText } from './_components/labels';
import { BANK_PATH, listQueryOf } from './_components/list-query';
import { QuestionItem } from './_components/question-item';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(INTERVIEW_BANK);
  return { title: d.title };
}

/** The question the form has just saved (`saved` in the address), so the list can point it out; null for anything else. */
async function savedQuestion(db: Db, actor: UserActor, params: SearchParams): Promise<InterviewQuestion | null> {
  const raw = params.saved;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return null;
  try {
    return await getBankQuestion(db, actor, rowId(value, 'QUESTION_NOT_FOUND'));
  } catch (error) {
    if (isAppError(error) && error.code === 'QUESTION_NOT_FOUND') return null;
    throw error;
  }
}

export default async function InterviewBankPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, { locale, d }, { d: c }, db, params] = await Promise.all([
    bankAdminOf(BANK_PATH),
    getDictionary(INTERVIEW_BANK),
    getDictionary(COMMUNITY),
    getDb(),
    searchParams,
  ]);
  if (!actor) return <AdminOnly d={d} />;
  const query = listQueryOf(params);
  const [page, saved] = await Promise.all([listBank(db, actor, query), savedQuestion(db, actor, params)]);
  const savedInPage = saved !== null && page.items.some((item) => item.id === saved.id);
  const filtered = Boolean(query.family || query.kind || query.q || query.status !== 'published');
  const buttonStrings = {
    retire: d.retire,
    restore: d.restore,
    confirmRetire: d.confirmRetire,
    cancel: d.cancel,
    formError: d.formError,
    signedOut: d.signedOut,
    adminOnly: d.adminOnly,
    notFound: d.notFound,
    rateLimited: d.rateLimited,
    serverError: d.serverError,
  };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{d.title}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{d.intro}</p>
        </div>
        <Link href={`${BANK_PATH}/new`} className="btn" data-testid="add-question">
          {d.addQuestion}
        </Link>
      </div>
      <BankFilters query={query} families={familyChoices(locale)} kinds={kindChoices(d)} d={d} />
      {saved && (
        <div className="space-y-3" data-testid="saved-notice">
          <p className="rounded-md bg-green-50 p-3 text-sm text-green-800" role="status">
            {fill(d.saved, { text: questionText(locale, saved) })}
          </p>
          {!savedInPage && (
            // Not on this page of the list (another page, or filtered out): shown here instead.
            <ul>
              <QuestionItem question={saved} locale={locale} saved d={d} buttonStrings={buttonStrings} />
            </ul>
          )}
        </div>
      )}
      <p className="text-sm text-slate-500" data-testid="bank-total">
        {fill(d.total, { n: page.total })}
      </p>
      {page.items.length === 0 ? (
        <p className="card text-center text-slate-500" data-testid="bank-empty">
          {filtered ? d.noMatches : d.noQuestions}
        </p>
      ) : (
        <ul className="space-y-4" data-testid="bank-list">
          {page.items.map((question) => (
            <QuestionItem
              key={question.id}
              question={question}
              locale={locale}
              saved={question.id === saved?.id}
              d={d}
              buttonStrings={buttonStrings}
            />
          ))}
        </ul>
      )}
      <Pagination
        path={BANK_PATH}
        params={{ family: query.family, kind: query.kind, status: query.status === 'published' ? undefined : query.status, q: query.q }}
        page={page.page}
        perPage={page.perPage}
        total={page.total}
        t={c}
      />
    </div>
  );
}
