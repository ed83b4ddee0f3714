'use client';

import Link from 'next/link';
import { useState, useTransition, type ReactNode } from 'react';
import type { FieldErrors } from '@/lib/errors';
import { fill } from '@/lib/i18n/fill';
import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';
import { createBankQuestionAction, updateBankQuestionAction } from '../actions';
import { failureOf } from '@/components/admin/failure';
import { splitList, type PointValues, type QuestionFormValues } from './form-values';
import type { Choice } from './labels';

const MAX_POINTS = 8;

type PointRow = PointValues & { key: number };
type PointField = 'zh' | 'en' | 'keywords';

/**
 * The server's per-field errors as the form shows them, keyed `family`, `points`, `points.<n>.zh`
 * (n the place among the points sent), `$` for anything else. The shared schema words its
 * messages for API clients ("points needs at least two points", zod's "Too small: …", field names
 * such as `zh`), so each field shows its rule in the visitor's language instead; a refused NUL
 * keeps its own (already localised) message, and a message the form cannot place is shown as it is.
 */
function ownFieldErrors(errors: FieldErrors | undefined, d: InterviewBankStrings): FieldErrors {
  const rules: Record<string, string> = {
    family: d.ruleFamily,
    kind: d.ruleKind,
    zh: d.ruleZh,
    en: d.ruleEn,
    tags: d.ruleTags,
    points: d.rulePoints,
    seconds: d.ruleSeconds,
  };
  const pointRules: Record<PointField, string> = { zh: d.rulePointZh, en: d.rulePointEn, keywords: d.ruleKeywords };
  const out: FieldErrors = {};
  const add = (key: string, message: string) => {
    const messages = (out[key] ??= []);
    if (!messages.includes(message)) messages.push(message);
  };
  for (const [rawKey, messages] of Object.entries(errors ?? {})) {
    const key = rawKey.replace(/^changes\./, '');
    const point = /^points\[(\d+)\](?:\.(zh|en|keywords))?(?:\[\d+\])?$/.exec(key);
    const top = /^(family|kind|zh|en|tags|points|seconds)(?:\[\d+\])?$/.exec(key);
    for (const message of messages) {
      const own = /NUL/.test(message);
      if (point?.[2]) {
        const field = point[2] as PointField;
        add(`points.${point[1]}.${field}`, own ? message : pointRules[field]);
      } else if (point) {
        add('points', own ? message : d.rulePoints);
      } else if (top) {
        add(top[1]!, own ? message : rules[top[1]!]!);
      } else {
        add('$', message);
      }
    }
  }
  return out;
}

function Errors({ messages, testId }: { messages?: string[]; testId: string }) {
  if (!messages?.length) return null;
  return (
    <div data-testid={testId}>
      {messages.map((message) => (
        <p key={message} className="text-xs text-red-600" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}

function Labelled({
  id,
  label,
  errors,
  errorsTestId,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  errorsTestId: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <Errors messages={errors} testId={errorsTestId} />
    </div>
  );
}

const invalid = (messages?: string[]) => (messages?.length ? true : undefined);

/** A number input's value as sent: empty is null, so the server names the field rather than reading 0. */
const secondsOf = (text: string) => (text.trim() === '' ? null : Number(text));

/**
 * Adds a question or edits one (`questionId`). The server is the judge of every rule (the form
 * does not validate in the browser); its per-field errors show beside the fields, a point's
 * beside its row.
 */
export function QuestionForm({
  questionId,
  initial,
  families,
  kinds,
  cancelHref,
  d,
}: {
  questionId?: number;
  initial: QuestionFormValues;
  families: Choice[];
  kinds: Choice[];
  cancelHref: string;
  d: InterviewBankStrings;
}) {
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [rows, setRows] = useState<PointRow[]>(() => initial.points.map((point, key) => ({ ...point, key })));
  const [nextKey, setNextKey] = useState(initial.points.length);
  // Which row each sent point came from (rows left empty are not sent), to put its errors beside it.
  const [sentKeys, setSentKeys] = useState<number[]>([]);

  const rowErrors = (key: number, field: PointField) => {
    const index = sentKeys.indexOf(key);
    return index === -1 ? undefined : errors[`points.${index}.${field}`];
  };
  const updateRow = (key: number, field: PointField, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  return (
    <form
      className="space-y-5"
      noValidate
      data-testid="question-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (name: string) => String(form.get(name) ?? '');
        const sent = rows.filter((row) => row.zh.trim() || row.en.trim() || row.keywords.trim());
        const body = {
          family: value('family'),
          kind: value('kind'),
          zh: value('zh'),
          en: value('en'),
          tags: splitList(value('tags')),
          points: sent.map((row) => ({ zh: row.zh, en: row.en, keywords: splitList(row.keywords) })),
          seconds: [secondsOf(value('seconds_min')), secondsOf(value('seconds_max'))],
        };
        start(async () => {
          // On success the action takes the admin back to the list.
          const result =
            questionId === undefined
              ? await createBankQuestionAction(body)
              : await updateBankQuestionAction({ id: questionId, changes: body });
          if (!result || result.ok) return;
          setSentKeys(sent.map((row) => row.key));
          setErrors(ownFieldErrors(result.fieldErrors, d));
          setFailure(failureOf(result.error, d));
        });
      }}
    >
      {failure && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-700" role="alert" data-testid="form-failure">
          {failure}
        </p>
      )}
      <Errors messages={errors.$} testId="error-form" />
      <div className="grid gap-4 md:grid-cols-2">
        <Labelled id="field-family" label={d.family} errors={errors.family} errorsTestId="error-family">
          <select
            id="field-family"
            name="family"
            className="field"
            defaultValue={initial.family}
            required
            aria-invalid={invalid(errors.family)}
          >
            <option value="">{d.choose}</option>
            {families.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled id="field-kind" label={d.kind} errors={errors.kind} errorsTestId="error-kind">
          <select id="field-kind" name="kind" className="field" defaultValue={initial.kind} required aria-invalid={invalid(errors.kind)}>
            <option value="">{d.choose}</option>
            {kinds.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled id="field-zh" label={d.questionZh} errors={errors.zh} errorsTestId="error-zh">
          <textarea
            id="field-zh"
            name="zh"
            lang="zh-Hant"
            className="field min-h-24"
            defaultValue={initial.zh}
            maxLength={300}
            required
            aria-invalid={invalid(errors.zh)}
          />
        </Labelled>
        <Labelled id="field-en" label={d.questionEn} errors={errors.en} errorsTestId="error-en">
          <textarea
            id="field-en"
            name="en"
            lang="en"
            className="field min-h-24"
            defaultValue={initial.en}
            maxLength={400}
            required
            aria-invalid={invalid(errors.en)}
          />
        </Labelled>
        <Labelled id="field-tags" label={d.tags} hint={d.tagsHint} errors={errors.tags} errorsTestId="error-tags">
          <textarea
            id="field-tags"
            name="tags"
            rows={2}
            className="field"
            defaultValue={initial.tags}
            required
            aria-describedby="field-tags-hint"
            aria-invalid={invalid(errors.tags)}
          />
        </Labelled>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">{d.seconds}</legend>
          <div className="grid grid-cols-2 gap-3">
            <div className="space-y-1">
              <label htmlFor="field-seconds-min" className="block text-xs text-slate-600">
                {d.secondsMin}
              </label>
              <input
                id="field-seconds-min"
                name="seconds_min"
                type="number"
                inputMode="numeric"
                min={10}
                max={600}
                step={1}
                className="field"
                defaultValue={initial.secondsMin}
                required
                aria-invalid={invalid(errors.seconds)}
              />
            </div>
            <div className="space-y-1">
              <label htmlFor="field-seconds-max" className="block text-xs text-slate-600">
                {d.secondsMax}
              </label>
              <input
                id="field-seconds-max"
                name="seconds_max"
                type="number"
                inputMode="numeric"
                min={10}
                max={900}
                step={1}
                className="field"
                defaultValue={initial.secondsMax}
                required
                aria-invalid={invalid(errors.seconds)}
              />
            </div>
          </div>
          <Errors messages={errors.seconds} testId="error-seconds" />
        </fieldset>
      </div>
      <fieldset className="space-y-3" aria-describedby="points-hint">
        <legend className="text-sm font-medium text-slate-700">{d.points}</legend>
        <p id="points-hint" className="text-xs text-slate-500">
          {d.pointsHint}
        </p>
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const n = index + 1;
            const id = (field: PointField) => `point-${row.key}-${field}`;
            return (
              <li key={row.key} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="point-row">
                <div className="flex items-center justify-between">
                  <span className="text-sm font-medium text-slate-700">{fill(d.point, { n })}</span>
                  <button
                    type="button"
                    className="btn-secondary px-3 py-1"
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  >
                    {fill(d.removePoint, { n })}
                  </button>
                </div>
                <div className="grid gap-3 md:grid-cols-2">
                  <Labelled
                    id={id('zh')}
                    label={fill(d.pointZh, { n })}
                    errors={rowErrors(row.key, 'zh')}
                    errorsTestId={`error-point-${n}-zh`}
                  >
                    <input
                      id={id('zh')}
                      lang="zh-Hant"
                      className="field"
                      value={row.zh}
                      maxLength={120}
                      aria-invalid={invalid(rowErrors(row.key, 'zh'))}
                      onChange={(event) => updateRow(row.key, 'zh', event.target.value)}
                    />
                  </Labelled>
                  <Labelled
                    id={id('en')}
                    label={fill(d.pointEn, { n })}
                    errors={rowErrors(row.key, 'en')}
                    errorsTestId={`error-point-${n}-en`}
                  >
                    <input
                      id={id('en')}
                      lang="en"
                      className="field"
                      value={row.en}
                      maxLength={200}
                      aria-invalid={invalid(rowErrors(row.key, 'en'))}
                      onChange={(event) => updateRow(row.key, 'en', event.target.value)}
                    />
                  </Labelled>
                </div>
                <Labelled
                  id={id('keywords')}
                  label={fill(d.keywords, { n })}
                  hint={d.keywordsHint}
                  errors={rowErrors(row.key, 'keywords')}
                  errorsTestId={`error-point-${n}-keywords`}
                >
                  <input
                    id={id('keywords')}
                    className="field"
                    value={row.keywords}
                    aria-describedby={`${id('keywords')}-hint`}
                    aria-invalid={invalid(rowErrors(row.key, 'keywords'))}
                    onChange={(event) => updateRow(row.key, 'keywords', event.target.value)}
                  />
                </Labelled>
              </li>
            );
          })}
        </ol>
        <Errors messages={errors.points} testId="error-points" />
        {rows.length < MAX_POINTS && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setRows((current) => [...current, { key: nextKey, zh: '', en: '', keywords: '' }]);
              setNextKey(nextKey + 1);
            }}
          >
            + {d.addPoint}
          </button>
        )}
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={pending} data-testid="save-question">
          {questionId === undefined ? d.create : d.saveChanges}
        </button>
        <Link href={cancelHref} className="btn-secondary">
          {d.cancel}
        </Link>
      </div>
    </form>
  );
}
