'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Field } from '@/components/field';
import type { FieldErrors } from '@/lib/errors';
import type { InterviewStrings } from '@/lib/i18n/interview';
import { fill } from '@/lib/i18n/fill';
import { startInterviewAction } from '../actions';

function failureOf(error: string, d: InterviewStrings): string {
  if (error === 'VALIDATION_ERROR') return d.formError;
  if (error === 'UNAUTHORIZED') return d.signedOut;
  if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
  return d.serverError;
}

/** Set-up: the position, its description, how many questions, how long each answer may take, and the language. */
export function SetupForm({
  d,
  defaultLanguage,
  counts,
  defaultCount,
  secondsChoices,
  defaultSeconds,
}: {
  d: InterviewStrings;
  defaultLanguage: 'zh' | 'en';
  counts: number[];
  defaultCount: number;
  secondsChoices: number[];
  defaultSeconds: number;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function submit(form: FormData) {
    setError(null);
    startTransition(async () => {
      const result = await startInterviewAction({
        position: form.get('position'),
        description: form.get('description'),
        question_count: form.get('question_count'),
        seconds_per_answer: form.get('seconds_per_answer'),
        language: form.get('language'),
      });
      if (result.ok) {
        router.push(`/interview/${result.data}`);
        return;
      }
      setError(failureOf(result.error, d));
      setFieldErrors(result.fieldErrors ?? {});
    });
  }

  return (
    <form action={submit} className="card space-y-4" data-testid="setup-form">
      <Field
        label={d.position}
        name="position"
        placeholder={d.positionPlaceholder}
        required
        maxLength={100}
        errors={fieldErrors.position}
      />
      <div className="space-y-1">
        <label htmlFor="field-description" className="block text-sm font-medium text-slate-700">
          {d.description}
        </label>
        <textarea id="field-description" name="description" className="field min-h-32" maxLength={5000} />
        <p className="text-xs text-slate-500">{d.descriptionHint}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="space-y-1 text-sm font-medium text-slate-700">
          <span className="block">{d.questionCount}</span>
          <select name="question_count" defaultValue={defaultCount} className="field">
            {counts.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm font-medium text-slate-700">
          <span className="block">{d.secondsPerAnswer}</span>
          <select name="seconds_per_answer" defaultValue={defaultSeconds} className="field">
            {secondsChoices.map((n) => (
              <option key={n} value={n}>
                {fill(d.seconds, { n })}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm font-medium text-slate-700">
          <span className="block">{d.language}</span>
          <select name="language" defaultValue={defaultLanguage} className="field">
            <option value="zh">{d.languageZh}</option>
            <option value="en">{d.languageEn}</option>
          </select>
        </label>
      </div>
      {error && (
        <p className="text-sm text-red-600" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn" disabled={pending} data-testid="start-interview">
        {pending ? d.starting : d.start}
      </button>
    </form>
  );
}
