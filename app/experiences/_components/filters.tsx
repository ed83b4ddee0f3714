import Form from 'next/form';
import Link from 'next/link';
import type { ExperienceStrings } from '@/lib/i18n/experiences';
import type { ExperienceListQuery } from '@/lib/validation/career';
import { difficultyChoices, resultChoices } from './labels';

/** The list's filters: a plain GET form, so each filtered list has its own address. */
export function ExperienceFilters({ query, d }: { query: ExperienceListQuery; d: ExperienceStrings }) {
  const filtered = Boolean(query.company || query.position || query.result || query.difficulty);
  return (
    <Form action="/experiences" className="card grid gap-3 p-4 md:grid-cols-5 md:items-end" role="search">
      <div className="space-y-1">
        <label htmlFor="filter-company" className="block text-xs font-medium text-slate-600">
          {d.company}
        </label>
        <input id="filter-company" name="company" className="field" defaultValue={query.company ?? ''} placeholder={d.companyPlaceholder} />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-position" className="block text-xs font-medium text-slate-600">
          {d.position}
        </label>
        <input
          id="filter-position"
          name="position"
          className="field"
          defaultValue={query.position ?? ''}
          placeholder={d.positionPlaceholder}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-result" className="block text-xs font-medium text-slate-600">
          {d.result}
        </label>
        <select id="filter-result" name="result" className="field" defaultValue={query.result ?? ''}>
          <option value="">{d.anyResult}</option>
          {resultChoices(d).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-difficulty" className="block text-xs font-medium text-slate-600">
          {d.difficulty}
        </label>
        <select id="filter-difficulty" name="difficulty" className="field" defaultValue={query.difficulty ?? ''}>
          <option value="">{d.anyDifficulty}</option>
          {difficultyChoices(d).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn">
          {d.filter}
        </button>
        {filtered && (
          <Link href="/experiences" className="btn-secondary">
            {d.clearFilters}
          </Link>
        )}
      </div>
    </Form>
  );
}
