'use client';

import Link from 'next/link';
import { useState, useTransition, type ReactNode } from 'react';
import type { FieldErrors } from '@/lib/errors';
import type { QuestionAdminStrings } from '@/lib/i18n/question-admin';
import type { Proof } from '@/lib/questions/proof';
import { CATEGORIES as QUESTION_CATEGORIES, DIFFICULTIES as QUESTION_DIFFICULTIES } from '@/db/seed/problems/source';
import { createQuestionAction, proveQuestionAction, updateQuestionAction } from '../actions';
import { EDITOR_LANGUAGES, type EditorValues, type Language } from './editor-values';
import { failureOf } from '@/components/admin/failure';

type TextField = Exclude<keyof EditorValues, 'starter' | 'solutions'>;
const JSON_FIELDS = ['examples', 'hints', 'spec', 'visible', 'hidden', 'brute'] as const;

/** A server error's key as the field it belongs to: `changes.solutions.python` → `solutions.python`, `visible[2].args` → `visible`. */
function fieldOf(key: string): string {
  const bare = key.replace(/^changes\./, '');
  const code = /^(starter|solutions)\.(\w+)/.exec(bare);
  if (code) return `${code[1]}.${code[2]}`;
  const top = bare.split(/[.[]/)[0] ?? '$';
  return ['title', 'statement'].includes(top) ? `${top}.${bare.split('.')[1] ?? 'en'}` : top || '$';
}

function Errors({ messages, field }: { messages?: string[]; field: string }) {
  if (!messages?.length) return null;
  return (
    <div data-testid={`errors-${field}`}>
      {messages.map((message) => (
        <p key={message} className="text-xs text-red-600" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}

function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      <Errors messages={errors} field={id.replace(/^q-/, '')} />
    </div>
  );
}

/**
 * Adds a coding question or edits one (`questionId`). The structured fields are JSON textareas;
 * the server is the judge of every rule (the browser only checks that JSON parses). "Run proof"
 * judges the form's content in the sandbox without saving; "Publish" runs it again on the server.
 */
export function QuestionEditor({ questionId, initial, d }: { questionId?: number; initial: EditorValues; d: QuestionAdminStrings }) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [proof, setProof] = useState<Proof | null>(null);
  const [pending, start] = useTransition();
  const [working, setWorking] = useState<'proof' | 'save' | null>(null);

  const set = (field: TextField) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const setCode = (field: 'starter' | 'solutions', language: Language) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: { ...values[field], [language]: event.target.value } });

  /** The body the schema reads; null (with the fields named) when a JSON field does not parse. */
  function bodyOf(): Record<string, unknown> | null {
    const parsed: Record<string, unknown> = {};
    const local: FieldErrors = {};
    for (const field of JSON_FIELDS) {
      const text = values[field].trim();
      if (field === 'brute' && text === '') {
        parsed.brute = null;
        continue;
      }
      try {
        parsed[field] = JSON.parse(text);
      } catch {
        local[field] = [d.notJson];
      }
    }
    if (Object.keys(local).length) {
      setErrors(local);
      setFailure(d.formError);
      return null;
    }
    const code = (field: 'starter' | 'solutions') =>
      Object.fromEntries(EDITOR_LANGUAGES.filter((l) => values[field][l].trim()).map((l) => [l, values[field][l]]));
    return {
      slug: values.slug.trim(),
      title: { en: values.titleEn, zh: values.titleZh },
      difficulty: values.difficulty,
      category: values.category,
      tags: values.tags
        .split(/[,，]/)
        .map((t) => t.trim())
        .filter(Boolean),
      statement: { en: values.statementEn, zh: values.statementZh },
      constraints: values.constraints
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      limits: { timeLimitMs: Number(values.timeLimitMs), memoryLimitMb: Number(values.memoryLimitMb) },
      starter: code('starter'),
      solutions: code('solutions'),
      ...parsed,
    };
  }

  function showErrors(fieldErrors: FieldErrors | undefined) {
    const out: FieldErrors = {};
    for (const [key, messages] of Object.entries(fieldErrors ?? {})) (out[fieldOf(key)] ??= []).push(...messages);
    setErrors(out);
  }

  function runProof() {
    const body = bodyOf();
    if (!body) return;
    setFailure(null);
    setErrors({});
    setProof(null);
    setWorking('proof');
    start(async () => {
      const result = await proveQuestionAction(body);
      setWorking(null);
      if (result.ok) setProof(result.data);
      else {
        showErrors(result.fieldErrors);
        setFailure(failureOf(result.error, d));
      }
    });
  }

  function save(status: 'draft' | 'published') {
    const body = bodyOf();
    if (!body) return;
    setFailure(null);
    setErrors({});
    setWorking('save');
    start(async () => {
      // The slug never changes once created.
      const changes = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'slug'));
      const result =
        questionId === undefined
          ? await createQuestionAction({ ...body, status })
          : await updateQuestionAction({ id: questionId, changes: { ...changes, status } });
      // A success redirects to the list; only failures come back.
      setWorking(null);
      if (!result.ok) {
        showErrors(result.fieldErrors);
        setFailure(failureOf(result.error, d));
      }
    });
  }

  const area = (field: TextField, label: string, rows: number, hint?: string, mono = true) => (
    <Field id={`q-${field}`} label={label} hint={hint} errors={errors[field]}>
      <textarea
        id={`q-${field}`}
        className={`field ${mono ? 'font-mono text-xs' : ''}`}
        rows={rows}
        value={values[field]}
        onChange={set(field)}
        spellCheck={false}
        aria-invalid={errors[field]?.length ? true : undefined}
      />
    </Field>
  );

  return (
    <form
      className="space-y-6"
      data-testid="question-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save('draft');
      }}
    >
      {failure && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-700" role="alert" data-testid="editor-failure">
          {failure}
        </p>
      )}
      <Errors messages={errors.$} field="$" />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="q-slug" label={d.slug} hint={d.slugHint} errors={errors.slug}>
          <input id="q-slug" className="field font-mono" value={values.slug} onChange={set('slug')} readOnly={questionId !== undefined} />
        </Field>
        <Field id="q-tags" label={d.tags} hint={d.tagsHint} errors={errors.tags}>
          <input id="q-tags" className="field" value={values.tags} onChange={set('tags')} />
        </Field>
        <Field id="q-titleZh" label={d.titleZh} errors={errors['title.zh']}>
          <input id="q-titleZh" className="field" value={values.titleZh} onChange={set('titleZh')} />
        </Field>
        <Field id="q-titleEn" label={d.titleEn} errors={errors['title.en']}>
          <input id="q-titleEn" className="field" value={values.titleEn} onChange={set('titleEn')} />
        </Field>
        <Field id="q-difficulty" label={d.difficulty} errors={errors.difficulty}>
          <select id="q-difficulty" className="field" value={values.difficulty} onChange={set('difficulty')}>
            {QUESTION_DIFFICULTIES.map((difficulty) => (
              <option key={difficulty}>{difficulty}</option>
            ))}
          </select>
        </Field>
        <Field id="q-category" label={d.category} errors={errors.category}>
          <select id="q-category" className="field" value={values.category} onChange={set('category')}>
            {QUESTION_CATEGORIES.map((category) => (
              <option key={category}>{category}</option>
            ))}
          </select>
        </Field>
        <div className="md:col-span-2">{area('statementZh', d.statementZh, 5, undefined, false)}</div>
        <div className="md:col-span-2">{area('statementEn', d.statementEn, 5, undefined, false)}</div>
        {area('examples', d.examples, 6, d.jsonHint)}
        {area('hints', d.hints, 6, d.jsonHint)}
        {area('constraints', d.constraints, 3, d.constraintsHint)}
        <div className="grid grid-cols-2 gap-3">
          <Field id="q-timeLimitMs" label={d.timeLimitMs} errors={errors.limits}>
            <input id="q-timeLimitMs" type="number" className="field" value={values.timeLimitMs} onChange={set('timeLimitMs')} />
          </Field>
          <Field id="q-memoryLimitMb" label={d.memoryLimitMb}>
            <input id="q-memoryLimitMb" type="number" className="field" value={values.memoryLimitMb} onChange={set('memoryLimitMb')} />
          </Field>
        </div>
        <div className="md:col-span-2">{area('spec', d.spec, 10, d.specHint)}</div>
        {area('visible', d.visible, 6, d.casesHint)}
        {area('hidden', d.hidden, 6, d.casesHint)}
      </div>
      <div className="space-y-4">
        {EDITOR_LANGUAGES.map((language) => (
          <fieldset
            key={language}
            className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-2"
            data-testid={`code-${language}`}
          >
            <legend className="px-1 font-mono text-sm text-slate-700">{language}</legend>
            <Field id={`q-starter-${language}`} label={d.starter} errors={errors[`starter.${language}`]}>
              <textarea
                id={`q-starter-${language}`}
                className="field font-mono text-xs"
                rows={6}
                spellCheck={false}
                value={values.starter[language]}
                onChange={setCode('starter', language)}
              />
            </Field>
            <Field id={`q-solutions-${language}`} label={d.solutions} errors={errors[`solutions.${language}`]}>
              <textarea
                id={`q-solutions-${language}`}
                className="field font-mono text-xs"
                rows={6}
                spellCheck={false}
                value={values.solutions[language]}
                onChange={setCode('solutions', language)}
              />
            </Field>
          </fieldset>
        ))}
        {area('brute', d.brute, 4, d.bruteHint)}
      </div>
      {proof && (
        <div
          className={`rounded-md p-3 text-sm ${proof.ok ? 'bg-green-50 text-green-800' : 'bg-amber-50 text-amber-900'}`}
          data-testid="proof-results"
          data-ok={proof.ok}
          role="status"
        >
          <p className="font-medium">{proof.ok ? d.proofPassed : d.proofFailed}</p>
          <table className="mt-2 w-full text-left text-xs">
            <thead>
              <tr>
                <th className="py-1">{d.proofLanguage}</th>
                <th className="py-1">{d.proofVerdict}</th>
              </tr>
            </thead>
            <tbody>
              {[...proof.languages, ...(proof.brute ? [proof.brute] : [])].map((line, index) => (
                <tr key={index} data-testid={`proof-${index < proof.languages.length ? line.language : 'brute'}`} data-ok={line.ok}>
                  <td className="py-1 font-mono">
                    {index < proof.languages.length ? line.language : `${d.bruteForce} (${line.language})`}
                  </td>
                  <td className={`py-1 font-mono ${line.ok ? '' : 'text-red-700'}`}>{line.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {Object.entries(proof.errors)
            .filter(([key]) => key === 'solutions')
            .map(([key, messages]) => (
              <p key={key}>{messages.join(' ')}</p>
            ))}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" disabled={pending} onClick={runProof} data-testid="run-proof">
          {working === 'proof' ? d.proving : d.runProof}
        </button>
        <button type="submit" className="btn-secondary" disabled={pending} data-testid="save-draft">
          {working === 'save' ? d.saving : d.saveDraft}
        </button>
        <button type="button" className="btn" disabled={pending} onClick={() => save('published')} data-testid="publish">
          {working === 'save' ? d.saving : d.publish}
        </button>
        <Link href="/admin/questions" className="btn-secondary">
          {d.cancel}
        </Link>
      </div>
    </form>
  );
}
