'use client';

import { CheckCircle2, CircleAlert, Cloud, CloudOff, HardDrive, Loader2, Play, RotateCcw, Send } from 'lucide-react';
import { useTheme } from 'next-themes';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, useTransition, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import Editor, { monacoLanguage, type OnMount } from '@/components/monaco-editor';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { cn } from '@/lib/cn';
import { fill } from '@/lib/i18n/fill';
import { taipeiDateTime } from '@/lib/i18n/format';
import type { PracticeStrings } from '@/lib/i18n/practice';
import { LANGUAGES, type LanguageId } from '@/lib/vocabulary/languages';
import { discardDraftAction, runPracticeAction, saveDraftAction, submitPracticeAction } from '../actions';

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

type DraftState = 'idle' | 'saving' | 'saved' | 'failed' | 'local';
type PaneId = 'statement' | 'code' | 'result';

const show = (value: unknown) => JSON.stringify(value);
const localDraftKey = (slug: string, language: string) => `codemeet-practice-${slug}-${language}`;
const DRAFT_SAVE_DELAY_MS = 1000;
const PHONE_QUERY = '(max-width: 767px)';

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

const subscribeNothing = () => () => {};
/** False while the server renders and the page hydrates, true after: what only the browser knows (the viewport, stored pane sizes) waits for it. */
const useMounted = () =>
  useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

function subscribePhone(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const usePhone = () =>
  useSyncExternalStore(
    subscribePhone,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );

const verdictOf = (d: PracticeStrings, status: string) => d.verdict[status] ?? d.verdictUnknown;
const verdictColor = (ok: boolean) => (ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400');

function OutcomeView({ outcome, d }: { outcome: Outcome; d: PracticeStrings }) {
  const passed = outcome.results.filter((r) => r.passed).length;
  return (
    <div className="space-y-2" data-testid="outcome">
      <p className={cn('font-semibold', verdictColor(outcome.status === 'accepted'))} data-testid="verdict">
        {verdictOf(d, outcome.status)} · {fill(d.passed, { passed, total: outcome.results.length })}
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
            className={cn(
              'rounded border p-2',
              r.passed ? 'border-emerald-200 dark:border-emerald-900' : 'border-red-200 dark:border-red-900',
            )}
            data-testid="case-result"
          >
            <p>
              <span className="font-medium">{r.hidden ? d.hiddenCase : fill(d.caseLabel, { n: r.testCase })}</span> ·{' '}
              <span className={verdictColor(r.passed)}>{verdictOf(d, r.status)}</span> · {r.runtime}
            </p>
            {!r.hidden && !r.passed && (
              <div className="mt-1 space-y-0.5 font-mono text-xs break-all" data-testid="case-detail">
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
                {r.error && <p className="whitespace-pre-wrap text-red-700 dark:text-red-400">{r.error}</p>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DraftStatus({ state, d }: { state: DraftState; d: PracticeStrings }) {
  const view = {
    idle: null,
    saving: { icon: Loader2, text: d.draftSaving, spin: true },
    saved: { icon: Cloud, text: d.draftSaved, spin: false },
    failed: { icon: CloudOff, text: d.draftFailed, spin: false },
    local: { icon: HardDrive, text: d.draftLocal, spin: false },
  }[state];
  return (
    <span className="flex min-w-0 items-center gap-1 truncate text-xs text-slate-500" data-testid="draft-status" data-state={state}>
      {view && <view.icon className={cn('size-3.5 shrink-0', view.spin && 'animate-spin')} aria-hidden />}
      <span className="truncate">{view?.text}</span>
    </span>
  );
}

/** Desktop: the statement left, the editor right with the console docked below it; sizes remembered in localStorage. */
function PanesLayout({ statement, code, result }: Record<PaneId, ReactNode>) {
  const columns = useDefaultLayout({ id: 'codemeet-practice-columns' });
  const rows = useDefaultLayout({ id: 'codemeet-practice-rows' });
  const separator = 'bg-slate-200 transition-colors hover:bg-brand-500 data-[separator=active]:bg-brand-600 dark:bg-slate-700';
  return (
    <Group orientation="horizontal" defaultLayout={columns.defaultLayout} onLayoutChanged={columns.onLayoutChanged} className="h-full">
      <Panel id="pane-statement" defaultSize="40" minSize="20">
        {statement}
      </Panel>
      <Separator className={cn('w-1', separator)} />
      <Panel id="pane-work" defaultSize="60" minSize="30">
        <Group orientation="vertical" defaultLayout={rows.defaultLayout} onLayoutChanged={rows.onLayoutChanged} className="h-full">
          <Panel id="pane-editor" defaultSize="65" minSize="20">
            {code}
          </Panel>
          <Separator className={cn('h-1', separator)} />
          <Panel id="pane-console" defaultSize="35" minSize="10">
            {result}
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}

/**
 * A practice problem's workspace: the statement, Monaco with the chosen language's draft, and a
 * console with Run (examples or custom tests), Submit, the verdict and past submissions. The
 * editor is uncontrolled (what is typed lives in Monaco's model and a ref, never pushed back while
 * typing); a signed-in user's draft is saved to the server a second after typing stops and when
 * the editor loses focus or the page is hidden, a visitor's to this browser.
 */
export function Workspace({
  statement,
  questionId,
  slug,
  starter,
  languages,
  initialLanguage,
  savedDrafts,
  signedIn,
  initialSubmissions,
  d,
}: {
  statement: ReactNode;
  questionId: string;
  slug: string;
  starter: Record<string, string>;
  languages: Array<{ id: LanguageId; name: string }>;
  initialLanguage: LanguageId;
  savedDrafts: Record<string, string>;
  signedIn: boolean;
  initialSubmissions: SubmissionView[];
  d: PracticeStrings;
}) {
  const mounted = useMounted();
  const phone = usePhone();
  const { resolvedTheme } = useTheme();
  const [language, setLanguage] = useState<LanguageId>(initialLanguage);
  // Bumped to give the editor a fresh model (a discarded draft): it loads its text only when it mounts.
  const [generation, setGeneration] = useState(0);
  const [draftState, setDraftState] = useState<DraftState>('idle');
  const [custom, setCustom] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submissions, setSubmissions] = useState(initialSubmissions);
  const [pending, startTransition] = useTransition();
  const [action, setAction] = useState<'run' | 'submit' | null>(null);
  const [tab, setTab] = useState<PaneId>('code');

  /** Each language's code as the editor last reported it; what was last saved of each. */
  const codes = useRef<Partial<Record<LanguageId, string>>>({});
  const saved = useRef<Partial<Record<LanguageId, string>>>({ ...savedDrafts });
  const languageRef = useRef(language);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const codeOf = useCallback(
    (id: LanguageId): string => {
      const known = codes.current[id];
      if (known !== undefined) return known;
      const local = signedIn || typeof window === 'undefined' ? null : window.localStorage.getItem(localDraftKey(slug, id));
      const initial = savedDrafts[id] ?? local ?? starter[id] ?? '';
      codes.current[id] = initial;
      return initial;
    },
    [savedDrafts, signedIn, slug, starter],
  );

  /** Saves the current language's code if it changed since its last save. */
  const flushDraft = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const id = languageRef.current;
    const code = codes.current[id];
    if (code === undefined || code === saved.current[id]) return;
    if (!signedIn) {
      window.localStorage.setItem(localDraftKey(slug, id), code);
      saved.current[id] = code;
      setDraftState('local');
      return;
    }
    setDraftState('saving');
    saveDraftAction({ questionId, language: id, code })
      .then((result) => {
        if (!result.ok) throw new Error(result.error);
        saved.current[id] = code;
        if (codes.current[id] === code) setDraftState('saved');
      })
      // The next edit, blur or hidden page tries again.
      .catch(() => setDraftState('failed'));
  }, [questionId, signedIn, slug]);

  useEffect(() => {
    const onHide = () => flushDraft();
    const onVisibility = () => document.visibilityState === 'hidden' && flushDraft();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flushDraft();
    };
  }, [flushDraft]);

  // The workspace fills the viewport below the site header, whose height changes as its links wrap.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const measure = () => element.style.setProperty('--site-header-height', `${element.getBoundingClientRect().top + window.scrollY}px`);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  // The model gets its text here, outside render; onChange is attached after this, so loading it is no edit.
  const onMount: OnMount = (editor) => {
    editor.setValue(codeOf(languageRef.current));
    editor.onDidBlurEditorText(() => flushDraft());
  };

  function switchTo(next: LanguageId) {
    flushDraft();
    languageRef.current = next;
    setLanguage(next);
    setDraftState('idle');
  }

  function discard() {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const id = languageRef.current;
    codes.current[id] = starter[id] ?? '';
    saved.current[id] = codes.current[id];
    setGeneration((n) => n + 1);
    setDraftState('idle');
    if (!signedIn) {
      window.localStorage.removeItem(localDraftKey(slug, id));
      return;
    }
    void discardDraftAction({ questionId, language: id }).then((result) => {
      if (!result.ok) setFailure(d.unexpectedError);
    });
  }

  function failureOf(error: string): string {
    if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
    if (error === 'SERVICE_UNAVAILABLE') return d.busy;
    if (error === 'VALIDATION_ERROR') return d.formError;
    if (error === 'INTERNAL_SERVER_ERROR') return d.serverError;
    return d.unexpectedError;
  }

  function judge(kind: 'run' | 'submit', customTests?: Array<{ input: string; expectedOutput: string }>) {
    flushDraft();
    setAction(kind);
    setFailure(null);
    setTab('result');
    startTransition(async () => {
      const body = { questionId, language, code: codeOf(language), ...(customTests ? { testCases: customTests } : {}) };
      const result = kind === 'run' ? await runPracticeAction(body) : await submitPracticeAction(body);
      if (!result.ok) {
        setFailure(failureOf(result.error));
        return;
      }
      setOutcome(result.data);
      if (kind === 'submit') setSubmissions((list) => [result.data as SubmissionView, ...list]);
    });
  }

  const toolbar = (
    <div className="flex items-center gap-2 border-b border-slate-200 px-2 py-1.5 dark:border-slate-700">
      <label className="flex items-center gap-2 text-sm">
        <span className="sr-only whitespace-nowrap sm:not-sr-only">{d.language}</span>
        <select
          value={language}
          onChange={(e) => switchTo(e.target.value as LanguageId)}
          className="field w-auto py-1"
          data-testid="language"
          aria-label={d.language}
        >
          {languages.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <DraftStatus state={draftState} d={d} />
      <ConfirmDialog
        trigger={
          <button type="button" className="btn-secondary ml-auto inline-flex shrink-0 items-center gap-1 px-2 py-1 text-sm">
            <RotateCcw className="size-4" aria-hidden />
            <span className="hidden sm:inline">{d.discardDraft}</span>
            <span className="sr-only sm:hidden">{d.discardDraft}</span>
          </button>
        }
        title={d.discardTitle}
        description={d.discardDescription}
        confirmLabel={d.discardConfirm}
        cancelLabel={d.cancel}
        onConfirm={discard}
        danger
      />
    </div>
  );

  const codePane = (
    <div className="flex h-full min-h-0 flex-col">
      {toolbar}
      <div className="min-h-0 flex-1" data-testid="editor">
        {mounted && (
          <Editor
            key={`${language}-${generation}`}
            height="100%"
            language={monacoLanguage(language)}
            theme={resolvedTheme === 'dark' ? 'vs-dark' : 'vs'}
            onMount={onMount}
            onChange={(value) => {
              codes.current[languageRef.current] = value ?? '';
              if (saveTimer.current) clearTimeout(saveTimer.current);
              saveTimer.current = setTimeout(flushDraft, DRAFT_SAVE_DELAY_MS);
            }}
            loading={d.editorLoading}
            options={{
              minimap: { enabled: false },
              fontSize: 14,
              scrollBeyondLastLine: false,
              automaticLayout: true,
              tabSize: language === 'python' ? 4 : 2,
            }}
          />
        )}
      </div>
    </div>
  );

  const resultPane = (
    <div className="space-y-3 p-3">
      {signedIn ? (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-secondary inline-flex items-center gap-1"
            disabled={pending}
            onClick={() => judge('run')}
            data-testid="run"
          >
            {pending && action === 'run' ? (
              <Loader2 className="size-4 animate-spin" aria-hidden />
            ) : (
              <Play className="size-4" aria-hidden />
            )}
            {pending && action === 'run' ? d.running : d.run}
          </button>
          <button
            type="button"
            className="btn inline-flex items-center gap-1"
            disabled={pending}
            onClick={() => judge('submit')}
            data-testid="submit"
          >
            {pending && action === 'submit' ? (
              <Loader2 className="size-4 animate-spin" aria-hidden />
            ) : (
              <Send className="size-4" aria-hidden />
            )}
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
            aria-label={d.customInput}
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
        <p className="flex items-center gap-1 text-sm text-red-600 dark:text-red-400" role="alert">
          <CircleAlert className="size-4 shrink-0" aria-hidden />
          {failure}
        </p>
      )}
      {outcome ? <OutcomeView outcome={outcome} d={d} /> : signedIn && <p className="text-sm text-slate-500">{d.consoleEmpty}</p>}
      {signedIn && (
        <section className="space-y-1" data-testid="submissions">
          <h2 className="font-semibold">{d.submissions}</h2>
          {submissions.length === 0 ? (
            <p className="text-sm text-slate-500">{d.noSubmissions}</p>
          ) : (
            <ul className="text-sm">
              {submissions.map((s) => (
                <li
                  key={s.submissionId}
                  className="flex justify-between gap-2 border-b border-slate-100 py-1 dark:border-slate-800"
                  data-testid="submission"
                >
                  <span className={cn('inline-flex items-center gap-1', verdictColor(s.status === 'accepted'))}>
                    {s.status === 'accepted' && <CheckCircle2 className="size-4" aria-hidden />}
                    {verdictOf(d, s.status)}
                  </span>
                  <span className="text-slate-500">
                    {LANGUAGES[s.language as LanguageId]?.displayName ?? s.language} ·{' '}
                    <time dateTime={s.submittedAt}>{taipeiDateTime(s.submittedAt)}</time>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );

  let body: ReactNode;
  if (!mounted) {
    // Server render and hydration: the desktop proportions, without what only the browser knows.
    body = (
      <div className="flex h-full">
        <div className="hidden w-2/5 overflow-y-auto border-r border-slate-200 md:block dark:border-slate-700">{statement}</div>
        <div className="flex min-w-0 flex-1 flex-col">
          <div className="h-[65%] min-h-0">{codePane}</div>
          <div className="min-h-0 flex-1 overflow-y-auto border-t border-slate-200 dark:border-slate-700">{resultPane}</div>
        </div>
      </div>
    );
  } else if (phone) {
    body = (
      <Tabs value={tab} onValueChange={(value) => setTab(value as PaneId)} className="flex h-full flex-col">
        <TabsList className="shrink-0 px-2">
          <TabsTrigger value="statement">{d.statementTab}</TabsTrigger>
          <TabsTrigger value="code">{d.codeTab}</TabsTrigger>
          <TabsTrigger value="result">{d.resultTab}</TabsTrigger>
        </TabsList>
        <TabsContent value="statement" forceMount className="flex-1 overflow-y-auto data-[state=inactive]:hidden">
          {statement}
        </TabsContent>
        <TabsContent value="code" forceMount className="flex-1 data-[state=inactive]:hidden">
          {codePane}
        </TabsContent>
        <TabsContent value="result" forceMount className="flex-1 overflow-y-auto data-[state=inactive]:hidden">
          {resultPane}
        </TabsContent>
      </Tabs>
    );
  } else {
    body = <PanesLayout statement={statement} code={codePane} result={resultPane} />;
  }

  return (
    <div ref={root} data-workspace data-testid="workspace" className="h-[calc(100dvh-var(--site-header-height,3.75rem))] overflow-hidden">
      {body}
    </div>
  );
}
