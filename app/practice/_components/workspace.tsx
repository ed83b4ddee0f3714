'use client';

import Editor, { monacoLanguage } from '@/components/monaco-editor';
import { useState, useTransition } from 'react';
import type { PracticeStrings } from '@/lib/i18n/practice';
import { fill } from '@/lib/i18n/fill';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { runPracticeAction, submitPracticeAction } from '../actions';

interface CaseView {
  testCase: number;
  passed: boolean;
  status: string;
  runtime: string;
  hidden: boolean;
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  stdout?: string;
  error?: string;
}

interface Outcome {
  status: string;
  compileOutput?: string;
  results: CaseView[];
}

interface SubmissionView extends Outcome {
  submissionId: string;
  language: string;
  submittedAt: string;
}

const show = (value: unknown) => JSON.stringify(value);
const draftKey = (slug: string, language: string) => `codemeet-practice-${slug}-${language}`;

/** Custom tests typed one per line: `<comma-separated JSON arguments> => <expected JSON>`. */
function parseCustomTests(text: string): Array<{ input: string; expectedOutput: string }> | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const tests = lines.map((line) => {
    const at = line.lastIndexOf('=>');
    return at < 0 ? null : { input: line.slice(0, at).trim(), expectedOutput: line.slice(at + 2).trim() };
  });
  return tests.length > 0 && tests.every((t) => t && t.input && t.expectedOutput)
    ? (tests as Array<{ input: string; expectedOutput: string }>)
    : null;
}

function OutcomeView({ outcome, d }: { outcome: Outcome; d: PracticeStrings }) {
  const passed = outcome.results.filter((r) => r.passed).length;
  return (
    <div className="space-y-2" data-testid="outcome">
      <p className={`font-semibold ${outcome.status === 'accepted' ? 'text-emerald-700' : 'text-red-700'}`} data-testid="verdict">
        {d.verdict[outcome.status] ?? outcome.status} · {fill(d.passed, { passed, total: outcome.results.length })}
      </p>
      {outcome.compileOutput && (
        <pre className="max-h-40 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100" aria-label={d.compileOutput}>
          {outcome.compileOutput}
        </pre>
      )}
      <ul className="space-y-1 text-sm">
        {outcome.results.map((r) => (
          <li
            key={r.testCase}
            className={`rounded border p-2 ${r.passed ? 'border-emerald-200' : 'border-red-200'}`}
            data-testid="case-result"
          >
            <p>
              <span className="font-medium">{r.hidden ? d.hiddenCase : fill(d.caseLabel, { n: r.testCase })}</span> ·{' '}
              <span className={r.passed ? 'text-emerald-700' : 'text-red-700'}>{d.verdict[r.status] ?? r.status}</span> · {r.runtime}
            </p>
            {!r.hidden && !r.passed && (
              <div className="mt-1 space-y-0.5 font-mono text-xs" data-testid="case-detail">
                {r.input && (
                  <p>
                    {d.input}: {r.input.map(show).join(', ')}
                  </p>
                )}
                <p>
                  {d.expected}: {show(r.expected)}
                </p>
                {r.actual !== undefined && (
                  <p>
                    {d.actual}: {show(r.actual)}
                  </p>
                )}
                {r.error && <p className="whitespace-pre-wrap text-red-700">{r.error}</p>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The editor side of a practice problem: Monaco with the chosen language's starter code, Run (examples or custom tests), Submit, and past submissions. */
export function Workspace({
  questionId,
  slug,
  starter,
  languages,
  signedIn,
  initialSubmissions,
  d,
}: {
  questionId: string;
  slug: string;
  starter: Record<string, string>;
  languages: Array<{ id: LanguageId; name: string }>;
  signedIn: boolean;
  initialSubmissions: SubmissionView[];
  d: PracticeStrings;
}) {
  const [language, setLanguage] = useState<LanguageId>(languages[0]!.id);
  const [code, setCode] = useState<string>(() => starter[languages[0]!.id] ?? '');
  const [custom, setCustom] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submissions, setSubmissions] = useState(initialSubmissions);
  const [pending, startTransition] = useTransition();
  const [action, setAction] = useState<'run' | 'submit' | null>(null);

  function switchTo(next: LanguageId) {
    window.localStorage.setItem(draftKey(slug, language), code);
    setLanguage(next);
    setCode(window.localStorage.getItem(draftKey(slug, next)) ?? starter[next] ?? '');
  }

  function failureOf(error: string): string {
    if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
    if (error === 'SERVICE_UNAVAILABLE') return d.busy;
    if (error === 'VALIDATION_ERROR') return d.formError;
    return d.serverError;
  }

  function judge(kind: 'run' | 'submit', customTests?: Array<{ input: string; expectedOutput: string }>) {
    setAction(kind);
    setFailure(null);
    startTransition(async () => {
      const body = { questionId, language, code, ...(customTests ? { testCases: customTests } : {}) };
      const result = kind === 'run' ? await runPracticeAction(body) : await submitPracticeAction(body);
      if (!result.ok) {
        setFailure(failureOf(result.error));
        return;
      }
      setOutcome(result.data);
      if (kind === 'submit') setSubmissions((list) => [result.data as SubmissionView, ...list]);
    });
  }

  return (
    <div className="space-y-3" data-testid="workspace">
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm">
          <span>{d.language}</span>
          <select value={language} onChange={(e) => switchTo(e.target.value as LanguageId)} className="field w-auto" data-testid="language">
            {languages.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn-secondary ml-auto" onClick={() => setCode(starter[language] ?? '')}>
          {d.resetCode}
        </button>
      </div>
      <div className="h-96 overflow-hidden rounded border border-slate-200" data-testid="editor">
        <Editor
          height="100%"
          language={monacoLanguage(language)}
          value={code}
          onChange={(value) => {
            setCode(value ?? '');
            window.localStorage.setItem(draftKey(slug, language), value ?? '');
          }}
          loading={d.editorLoading}
          options={{ minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false, tabSize: language === 'python' ? 4 : 2 }}
        />
      </div>
      {signedIn ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => judge('run')} data-testid="run">
            {pending && action === 'run' ? d.running : d.run}
          </button>
          <button type="button" className="btn" disabled={pending} onClick={() => judge('submit')} data-testid="submit">
            {pending && action === 'submit' ? d.submitting : d.submit}
          </button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{d.signInToRun}</p>
      )}
      {signedIn && (
        <details className="text-sm">
          <summary className="cursor-pointer">{d.customInput}</summary>
          <p className="mt-1 text-xs text-slate-500">{d.customInputHint}</p>
          <textarea
            className="field mt-1 min-h-20 font-mono"
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
            data-testid="custom-tests"
          />
          <button
            type="button"
            className="btn-secondary mt-1"
            disabled={pending}
            onClick={() => {
              const tests = parseCustomTests(custom);
              if (tests) judge('run', tests);
              else setFailure(d.formError);
            }}
          >
            {d.useCustomInput}
          </button>
        </details>
      )}
      {failure && (
        <p className="text-sm text-red-600" role="alert">
          {failure}
        </p>
      )}
      {outcome && <OutcomeView outcome={outcome} d={d} />}
      {signedIn && (
        <section className="space-y-1" data-testid="submissions">
          <h2 className="font-semibold">{d.submissions}</h2>
          {submissions.length === 0 ? (
            <p className="text-sm text-slate-500">{d.noSubmissions}</p>
          ) : (
            <ul className="text-sm">
              {submissions.map((s) => (
                <li key={s.submissionId} className="flex justify-between gap-2 border-b border-slate-100 py-1" data-testid="submission">
                  <span className={s.status === 'accepted' ? 'text-emerald-700' : 'text-red-700'}>{d.verdict[s.status] ?? s.status}</span>
                  <span className="text-slate-500">
                    {s.language} · {new Date(s.submittedAt).toLocaleString()}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
