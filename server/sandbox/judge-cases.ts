import 'server-only';

import type { JailOutcome, JailPaths } from './jail';
import type { Language } from './languages';
import { stopMessage } from '@/lib/vocabulary/verdict-messages';
import { cleanPaths, decode, fatalVerdict, round, SHOWN_ERROR_LIMIT, SHOWN_OUTPUT_LIMIT } from './outcome';
import { judgeAnswer, type PreparedCase, type PreparedProblem } from '@/lib/vocabulary/problem-rules';
import { HarnessStreamParser, newNonce, parseCaseReport, type CaseReport } from './protocol';
import type { CaseResult, CaseStatus, SandboxLimits } from './types';

/** One case of a judged run, as the supervisor follows it. */
interface CaseState {
  testCase: PreparedCase;
  /** Index into the submitted test cases. */
  original: number;
  hidden: boolean;
  stdout: Buffer[];
  stdoutBytes: number;
  startedAt: bigint | null;
  /** When the supervisor received the case's result. */
  reportedAt: bigint | null;
  report: CaseReport | null;
}

type HarnessEvent = ReturnType<HarnessStreamParser['push']>[number];

/** The jailed harness, as the supervisor drives it. */
export interface JudgeIo {
  write(text: string): void;
  end(): void;
  kill(reason: 'time' | 'done'): void;
}

/** What the results need to know of the run beyond the cases. */
export interface JudgeContext {
  language: Language;
  limits: SandboxLimits;
  paths: JailPaths;
}

/**
 * Follows one judged run of a language's harness: sends the cases, reads its marked stream
 * (case starts, results, markers), times each case, and stops the jail on a limit, on a
 * protocol violation or when every result is in. Visible cases run first; hidden input is sent
 * only once every visible result is in, so nothing revealed to the user (stdout, errors,
 * results) can contain hidden data.
 */
export class CaseSupervisor {
  readonly cases: CaseState[];
  private readonly visibleCount: number;
  private readonly nonce = newNonce();
  private readonly parser: HarnessStreamParser;
  private current = -1;
  private phase: 'visible' | 'hidden' = 'visible';
  private compileError: string | null = null;
  private loadError: string | null = null;
  private protocolError: string | null = null;
  private fatal: { position: number; status: CaseStatus } | null = null;
  private readonly visibleStderr: Buffer[] = [];
  private preamble: Buffer[] = [];
  // Once the supervisor has decided (a limit, all results in, a protocol error), anything still
  // buffered in the pipes is ignored: it must not change the verdict it took.
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private io: JudgeIo | null = null;

  constructor(
    private readonly problem: PreparedProblem,
    private readonly limits: SandboxLimits,
  ) {
    const all = problem.cases.map((testCase, original): CaseState => ({
      testCase,
      original,
      hidden: testCase.hidden,
      stdout: [],
      stdoutBytes: 0,
      startedAt: null,
      reportedAt: null,
      report: null,
    }));
    this.cases = [...all.filter((c) => !c.hidden), ...all.filter((c) => c.hidden)];
    this.visibleCount = this.cases.filter((c) => !c.hidden).length;
    this.parser = new HarnessStreamParser(this.nonce);
  }

  /** The jail's stdout: the harness's marked stream. */
  readonly onStdout = (chunk: Buffer): void => this.parser.push(chunk).forEach((event) => this.handle(event));

  /** The jail's stderr, kept while only visible cases have run (hidden cases' errors are never shown). */
  readonly onStderr = (chunk: Buffer): void => {
    if (this.phase === 'visible') this.visibleStderr.push(chunk);
  };

  /** Sends the nonce and the visible cases (all of them at once when none is hidden) and starts the start-up clock. */
  begin(io: JudgeIo): void {
    this.io = io;
    this.arm(this.limits.startupTimeLimitMs);
    io.write(`${this.nonce}\n`);
    if (this.visibleCount === 0) return this.startHiddenPhase();
    this.send(0, this.visibleCount);
    if (this.visibleCount === this.cases.length) io.end();
  }

  /** The jail has ended: the clock stops. */
  settle(): void {
    clearTimeout(this.timer);
  }

  /** What the parser still held when the stream ended; a compile error the harness reported, if any. */
  drain(): { compileError: string | null } {
    this.parser.end().forEach((event) => this.handle(event));
    return { compileError: this.compileError };
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop('time'), ms);
  }

  private stop(reason: 'time' | 'done'): void {
    this.stopped = true;
    this.io?.kill(reason);
  }

  private fail(reason: string): void {
    this.protocolError = `Judge protocol violated (${reason}); was the output stream tampered with?`;
    this.stop('done');
  }

  private send(from: number, to: number): void {
    for (const state of this.cases.slice(from, to)) this.io?.write(`${state.testCase.wire}\n`);
  }

  private startHiddenPhase(): void {
    this.phase = 'hidden';
    this.send(this.visibleCount, this.cases.length);
    this.io?.end();
  }

  private handle(event: HarnessEvent): void {
    if (this.stopped) return;
    switch (event.kind) {
      case 'text':
        return this.text(event.data);
      case 'start':
        return this.caseStarted(event.index);
      case 'result':
        return this.caseReported(event.payload);
      // Only believable before any hidden input was sent: later, such a marker could only be
      // forged by user code that found the nonce, and its text must not be shown.
      case 'compile-error':
        if (this.phase === 'hidden') return this.fail('late compile marker');
        this.compileError = event.message;
        return this.stop('done');
      case 'load-error':
        if (this.phase === 'hidden') return this.fail('late load marker');
        this.loadError = event.message;
        return this.stop('done');
    }
  }

  private text(data: Buffer): void {
    const target = this.cases[this.current];
    // After the switch, output belongs to the hidden cases even before the next one starts.
    if (!target || (this.phase === 'hidden' && !target.hidden)) {
      this.preamble.push(data);
    } else if (target.stdoutBytes < SHOWN_OUTPUT_LIMIT) {
      target.stdout.push(data);
      target.stdoutBytes += data.length;
    }
  }

  private caseStarted(index: number): void {
    const next = this.cases[this.current + 1];
    if (index !== this.current + 1 || !next) return this.fail('unexpected case start');
    this.current += 1;
    next.startedAt = process.hrtime.bigint();
    if (this.preamble.length > 0) {
      next.stdout.push(...this.preamble);
      this.preamble = [];
    }
    this.arm(this.limits.timeLimitMs);
  }

  private caseReported(payload: string): void {
    const state = this.cases[this.current];
    const report = parseCaseReport(payload);
    if (!state || state.report || !report) return this.fail('malformed result');
    clearTimeout(this.timer);
    state.report = report;
    state.reportedAt = process.hrtime.bigint();
    if (report.oom) {
      this.fatal = { position: this.current, status: 'memory_limit_exceeded' };
      return this.stop('done');
    }
    if (this.current === this.cases.length - 1) return this.stop('done');
    if (this.current === this.visibleCount - 1) this.startHiddenPhase();
  }

  /** The process ended before every result was in: blame the case that was running, or the next one to run. */
  private blameEarlyEnd(language: Language, outcome: JailOutcome): void {
    if (this.fatal || this.cases.every((c) => c.report !== null)) return;
    const running = this.cases[this.current];
    const position = running && !running.report ? this.current : this.current + 1;
    const status =
      this.protocolError !== null || this.loadError !== null
        ? 'runtime_error'
        : (fatalVerdict(language, outcome, decode(outcome.stderr)) ?? 'runtime_error');
    this.fatal = { position, status };
  }

  /** Every case's result, in the order the cases were given. */
  results(outcome: JailOutcome, context: JudgeContext): CaseResult[] {
    this.blameEarlyEnd(context.language, outcome);
    return this.cases.map((state, position) => this.caseResult(state, position, outcome, context)).sort((a, b) => a.testCase - b.testCase);
  }

  /** The reason first (the limit that applied, or how the process ended), then what it wrote to stderr. */
  private reasonFor(status: CaseStatus, outcome: JailOutcome): string | null {
    return stopMessage(status, {
      limits: this.limits,
      exitCode: outcome.exitCode,
      subject: 'test case',
      duringStartup: this.current === -1,
    });
  }

  private earlyEndError(status: CaseStatus, outcome: JailOutcome, paths: JailPaths): string {
    if (this.protocolError) return this.protocolError;
    if (this.loadError) return cleanPaths(this.loadError, paths).slice(0, SHOWN_ERROR_LIMIT);
    const stderr = cleanPaths(decode(Buffer.concat(this.visibleStderr)), paths).trim();
    const tail = stderr.length > SHOWN_ERROR_LIMIT ? `…${stderr.slice(-SHOWN_ERROR_LIMIT)}` : stderr;
    return [this.reasonFor(status, outcome), tail].filter(Boolean).join('\n');
  }

  /** A case's status, what it answered, why it failed, and its figures as the harness reported them. */
  private judged(state: CaseState, position: number, outcome: JailOutcome, { paths }: JudgeContext) {
    const runtimeMs = state.report?.ms ?? 0;
    const memoryKb = state.report?.kb ?? 0;
    if (position === this.fatal?.position) {
      const status = this.fatal.status;
      if (!state.report) {
        // Cut off mid-case: the supervisor's own clock, and the run's peak.
        const ranMs = state.startedAt === null ? 0 : Number(process.hrtime.bigint() - state.startedAt) / 1e6;
        return { status, runtimeMs: ranMs, memoryKb: outcome.peakMemoryKb, error: this.earlyEndError(status, outcome, paths) };
      }
      // The runtime reported running out of memory itself (MemoryError, OutOfMemoryError, bad_alloc).
      const error = [this.reasonFor(status, outcome), cleanPaths(state.report.err ?? '', paths)].filter(Boolean).join('\n');
      return { status, runtimeMs, memoryKb, error };
    }
    if (!state.report) return { status: 'skipped' as const, runtimeMs, memoryKb };
    if (state.report.wrong) {
      // The harness could not write the answer (a list with a cycle, a tree sharing a node): wrong, not a crash.
      const error = (state.report.err ?? 'The answer cannot be written.').slice(0, SHOWN_ERROR_LIMIT);
      return { status: 'wrong_answer' as const, runtimeMs, memoryKb, error };
    }
    if (!state.report.ok) {
      return { status: 'runtime_error' as const, runtimeMs, memoryKb, error: cleanPaths(state.report.err ?? 'error', paths) };
    }
    const verdict = judgeAnswer(this.problem.spec, state.testCase, state.report.v);
    return { status: verdict.status, runtimeMs, memoryKb, actual: verdict.actual, error: verdict.message };
  }

  private caseResult(state: CaseState, position: number, outcome: JailOutcome, context: JudgeContext): CaseResult {
    const judged = this.judged(state, position, outcome, context);
    let { runtimeMs, memoryKb } = judged;
    if (!memoryKb) memoryKb = outcome.peakMemoryKb;
    if (state.hidden && state.report) {
      // The harness shares its process with user code, which could rewrite the figures it
      // reports and so smuggle a hidden input out. Hidden cases show only what the supervisor
      // measured itself: the time between the case's markers and the run's cgroup peak.
      if (state.startedAt !== null && state.reportedAt !== null) runtimeMs = Number(state.reportedAt - state.startedAt) / 1e6;
    }
    if (state.hidden) memoryKb = outcome.peakMemoryKb;
    const base = {
      testCase: state.original + 1,
      passed: judged.status === 'accepted',
      status: judged.status,
      runtimeMs: round(Math.min(runtimeMs, this.limits.timeLimitMs)),
      memoryKb,
      hidden: state.hidden,
    };
    if (state.hidden) return base;
    const stdout = decode(Buffer.concat(state.stdout));
    return {
      ...base,
      input: state.testCase.shownInput,
      expected: state.testCase.shownExpected,
      ...('actual' in judged && judged.actual !== undefined ? { actual: judged.actual } : {}),
      ...(stdout ? { stdout } : {}),
      ...(judged.error ? { error: judged.error } : {}),
    };
  }
}
