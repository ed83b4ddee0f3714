import Form from 'next/form';
import Link from 'next/link';
import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';
import type { BankListQuery } from '@/lib/validation/interviews';
import type { Choice } from './labels';
import { BANK_PATH } from './list-query';

/** The list's filters: a plain GET form, so each filtered list has its own address. */
export function BankFilters({
  query,
  families,
  kinds,
  d,
}: {
  query: BankListQuery;
  families: Choice[];
  kinds: Choice[];
  d: InterviewBankStrings;
}) {
  const filtered = Boolean(query.family || query.kind || query.q || query.status !== 'published');
  return (
    <Form action={BANK_PATH} className="card grid gap-3 p-4 md:grid-cols-5 md:items-end" role="search" data-testid="bank-filters">
      <div className="space-y-1">
        <label htmlFor="filter-family" className="block text-xs font-medium text-slate-600">
          {d.family}
        </label>
        <select id="filter-family" name="family" className="field" defaultValue={query.family ?? ''}>
          <option value="">{d.anyFamily}</option>
          {families.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-kind" className="block text-xs font-medium text-slate-600">
          {d.kind}
        </label>
        <select id="filter-kind" name="kind" className="field" defaultValue={query.kind ?? ''}>
          <option value="">{d.anyKind}</option>
          {kinds.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-status" className="block text-xs font-medium text-slate-600">
          {d.status}
        </label>
        <select id="filter-status" name="status" className="field" defaultValue={query.status}>
          <option value="published">{d.statusPublished}</option>
          <option value="retired">{d.statusRetired}</option>
          <option value="all">{d.statusAll}</option>
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
          <Link href={BANK_PATH} className="btn-secondary">
            {d.clearFilters}
          </Link>
        )}
      </div>
    </Form>
  );
}
