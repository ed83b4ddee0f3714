'use client';

import Link from 'next/link';
import { useState, useTransition, type ReactNode } from 'react';
import { Field } from '@/components/field';
import type { FieldErrors } from '@/lib/errors';
import type { CommunityStrings } from '@/lib/i18n/community';
import type { ExperienceStrings } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { shareExperienceAction, updateExperienceAction } from '../actions';
import type { Choice } from './labels';

export interface ExperienceFormValues {
  company: string;
  position: string;
  /** YYYY-MM-DD, as a date input holds it. */
  interviewDate: string;
  sharing: string;
  result: string;
  difficulty: string;
  evaluation: string;
  questions: string[];
}

const MAX_QUESTIONS = 30;

type Row = { key: number; value: string };

function failureOf(error: string, d: ExperienceStrings): string {
  if (error === 'VALIDATION_ERROR') return d.formError;
  if (error === 'UNAUTHORIZED') return d.signedOut;
  if (error === 'FORBIDDEN') return d.notAuthor;
  if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
  return d.serverError;
}

/**
 * The server's per-field errors, as the form shows them. The edit action keys them
 * `changes.<field>`. A select can only fail by being left on "choose" (the shared schema words
 * that for API callers, naming the stored values), so it says so in the visitor's language.
 */
function ownFieldErrors(errors: FieldErrors | undefined, d: ExperienceStrings): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors ?? {})) out[key.replace(/^changes\./, '')] = messages;
  if (out.interview_result) out.interview_result = [d.chooseResult];
  if (out.interview_difficulty) out.interview_difficulty = [d.chooseDifficulty];
  return out;
}

function Errors({ messages }: { messages?: string[] }) {
  return messages?.map((message) => (
    <p key={message} className="text-xs text-red-600" role="alert">
      {message}
    </p>
  ));
}

function Labelled({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !errors?.length && <p className="text-xs text-slate-500">{hint}</p>}
      <Errors messages={errors} />
    </div>
  );
}

/**
 * Shares a new experience or edits one (`experienceId`). The server is the judge of every rule
 * (the form does not validate in the browser), and its per-field errors show beside the fields.
 */
export function ExperienceForm({
  experienceId,
  initial,
  results,
  difficulties,
  today,
  cancelHref,
  d,
  c,
}: {
  experienceId?: number;
  initial: ExperienceFormValues;
  results: Choice[];
  difficulties: Choice[];
  today: string;
  cancelHref: string;
  d: ExperienceStrings;
  c: CommunityStrings;
}) {
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>(() => initial.questions.map((value, key) => ({ key, value })));
  const [nextKey, setNextKey] = useState(initial.questions.length);
  // Which row each sent question came from (empty rows are not sent), to put its error beside it.
  const [sentKeys, setSentKeys] = useState<number[]>([]);

  const rowErrors = (key: number) => {
    const index = sentKeys.indexOf(key);
    return index === -1 ? undefined : errors[`interview_question[${index}]`];
  };

  return (
    <form
      className="space-y-5"
      noValidate
      data-testid="experience-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (name: string) => String(form.get(name) ?? '');
        const sent = rows.filter((row) => row.value.trim() !== '');
        const evaluation = value('interview_evaluation');
        const body = {
          company: value('company'),
          position: value('position'),
          interview_date: value('interview_date'),
          interview_sharing: value('interview_sharing'),
          interview_result: value('interview_result'),
          interview_difficulty: value('interview_difficulty'),
          interview_evaluation: evaluation ? Number(evaluation) : null,
          interview_question: sent.map((row) => row.value.trim()),
        };
        start(async () => {
          // On success the action redirects to the experience's page.
          const result =
            experienceId === undefined
              ? await shareExperienceAction(body)
              : await updateExperienceAction({ id: experienceId, changes: body });
          if (!result || result.ok) return;
          setSentKeys(sent.map((row) => row.key));
          setErrors(ownFieldErrors(result.fieldErrors, d));
          setFailure(failureOf(result.error, d));
        });
      }}
    >
      {failure && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-700" role="alert">
          {failure}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          label={d.company}
          name="company"
          defaultValue={initial.company}
          placeholder={d.companyPlaceholder}
          maxLength={100}
          required
          errors={errors.company}
        />
        <Field
          label={d.position}
          name="position"
          defaultValue={initial.position}
          placeholder={d.positionPlaceholder}
          maxLength={100}
          required
          errors={errors.position}
        />
        <Field
          label={d.interviewDate}
          name="interview_date"
          type="date"
          max={today}
          defaultValue={initial.interviewDate}
          required
          hint={d.interviewDateHint}
          errors={errors.interview_date}
        />
        <Labelled name="interview_evaluation" label={d.evaluation} hint={d.evaluationHint} errors={errors.interview_evaluation}>
          <select
            id="field-interview_evaluation"
            name="interview_evaluation"
            className="field"
            defaultValue={initial.evaluation}
            aria-invalid={errors.interview_evaluation?.length ? true : undefined}
          >
            <option value="">{d.noEvaluation}</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {'★'.repeat(n)} {n}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled name="interview_result" label={d.result} errors={errors.interview_result}>
          <select
            id="field-interview_result"
            name="interview_result"
            className="field"
            defaultValue={initial.result}
            required
            aria-invalid={errors.interview_result?.length ? true : undefined}
          >
            <option value="">{d.choose}</option>
            {results.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled name="interview_difficulty" label={d.difficulty} errors={errors.interview_difficulty}>
          <select
            id="field-interview_difficulty"
            name="interview_difficulty"
            className="field"
            defaultValue={initial.difficulty}
            required
            aria-invalid={errors.interview_difficulty?.length ? true : undefined}
          >
            <option value="">{d.choose}</option>
            {difficulties.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Labelled>
      </div>
      <Labelled name="interview_sharing" label={d.sharing} hint={c.markdownHint} errors={errors.interview_sharing}>
        <textarea
          id="field-interview_sharing"
          name="interview_sharing"
          className="field min-h-48"
          defaultValue={initial.sharing}
          placeholder={d.sharingPlaceholder}
          maxLength={20_000}
          required
          aria-invalid={errors.interview_sharing?.length ? true : undefined}
        />
      </Labelled>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{d.questions}</legend>
        <p className="text-xs text-slate-500">{d.questionsHint}</p>
        <ol className="space-y-2">
          {rows.map((row, index) => (
            <li key={row.key} className="space-y-1" data-testid="question-row">
              <div className="flex items-center gap-2">
                <input
                  className="field"
                  aria-label={fill(d.question, { n: index + 1 })}
                  placeholder={fill(d.question, { n: index + 1 })}
                  value={row.value}
                  maxLength={200}
                  aria-invalid={rowErrors(row.key)?.length ? true : undefined}
                  onChange={(event) => {
                    const value = event.target.value;
                    setRows((current) => current.map((r) => (r.key === row.key ? { ...r, value } : r)));
                  }}
                />
                <button
                  type="button"
                  className="btn-secondary shrink-0"
                  aria-label={`${d.removeQuestion} ${fill(d.question, { n: index + 1 })}`}
                  onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                >
                  {d.removeQuestion}
                </button>
              </div>
              <Errors messages={rowErrors(row.key)} />
            </li>
          ))}
        </ol>
        <Errors messages={errors.interview_question} />
        {rows.length < MAX_QUESTIONS && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setRows((current) => [...current, { key: nextKey, value: '' }]);
              setNextKey(nextKey + 1);
            }}
          >
            + {d.addQuestion}
          </button>
        )}
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={pending}>
          {experienceId === undefined ? d.publish : d.saveChanges}
        </button>
        <Link href={cancelHref} className="btn-secondary">
          {c.cancel}
        </Link>
      </div>
    </form>
  );
}
