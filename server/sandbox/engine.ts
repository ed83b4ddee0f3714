import 'server-only';

import { MB } from './config';
import { SandboxCancelledError } from './errors';
import { createPrivateDir, removeTree, writeNewFile } from './fsutil';
import {
  EXIT_SIGXCPU,
  JAILED_PATHS,
  startJail,
  type JailHost,
  type JailIo,
  type JailLimits,
  type JailOutcome,
  type JailPaths,
  type JailProcess,
} from './jail';
import type { Command, Language, LanguageContext, Program, Toolchain } from './languages';
import { describeExit, stopMessage } from '@/lib/vocabulary/verdict-messages';
import { HarnessStreamParser, newNonce, parseCaseReport, type CaseReport } from './protocol';
import { judgeAnswer, type PreparedCase, type PreparedProblem } from '@/lib/vocabulary/problem-rules';
import type { CaseResult, CaseStatus, ExecuteResult, ExecutionStatus, SandboxLimits, Verdict } from './types';
import type { WarmJail, WarmPool } from './warm';

/** What the engine needs from the sandbox runtime: a working jail and prepared toolchains. */
export interface EngineContext {
  host: JailHost;
  /** Root-owned directory holding the per-run directories. */
  runRoot: string;
  toolchain: Toolchain;
  /** Host path of the language's prepared cache directory. */
  cacheDir: string;
  /** Toolchain paths outside /usr that must be bound into the jail. */
  readOnlyBinds: string[];
  /** Warm jails and the limits they are spawned with (the sandbox's defaults); absent: every run starts cold. */
  warm?: { pool: WarmPool; limits: SandboxLimits };
}

/** Extra room above the memory limit for RLIMIT_AS: shared libraries and stacks are mapped, not used. */
const ADDRESS_SPACE_SLACK = 64 * MB;
const COMPILE_OUTPUT_LIMIT = 256 * 1024;
const SHOWN_OUTPUT_LIMIT = 64 * 1024;
const SHOWN_ERROR_LIMIT = 4096;
/** What g++ and javac print when they hit RLIMIT_AS or the heap limit. */
const COMPILER_OUT_OF_MEMORY = /virtual memory exhausted|out of memory|OutOfMemoryError/i;

/** What a caller may pass along with a run: cancellation and live output (types.ts ExecuteRequest). */
export interface RunOptions {
  signal?: AbortSignal;
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
}

/** Kills whichever jail of the run is current when the caller aborts; check() turns that into SandboxCancelledError. */
class Cancellation {
  private current: JailProcess | null = null;
  private readonly onAbort = () => this.current?.kill('done');

  constructor(private readonly signal: AbortSignal | undefined) {
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  check(): void {
    if (this.signal?.aborted) throw new SandboxCancelledError();
  }

  watch(jail: JailProcess): JailProcess {
    this.current = jail;
    if (this.signal?.aborted) jail.kill('done');
    return jail;
  }

  dispose(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
  }
}

/** A warm jail taken for this run, and what to hand over to it. */
interface WarmRun {
  jail: WarmJail;
  handOver: string[];
}

interface RunDir {
  dir: string;
  ctx: LanguageContext;
  cancel: Cancellation;
  program: Program;
  /** Set until the run step is handed to it; a jail never handed over is discarded. */
  warm: WarmRun | null;
}

interface RunSetup {
  build: (ctx: LanguageContext) => Program;
  /** A warm jail for the program's run step, or null to start it cold. */
  warm: (program: Program) => WarmRun | null;
}

/**
 * Creates a private run directory (a warm jail's, when one fits), hands it to `fn`, and always
 * removes it afterwards.
 */
async function withRunDir<T>(
  engine: EngineContext,
  limits: SandboxLimits,
  options: RunOptions,
  setup: RunSetup,
  fn: (run: RunDir) => Promise<T>,
): Promise<T> {
  const cancel = new Cancellation(options.signal);
  let program: Program | null = null;
  let warm: WarmRun | null = null;
  // Jailed paths do not depend on the directory, so the program is known before choosing one.
  if (engine.host.mode === 'bwrap') {
    program = setup.build({ paths: JAILED_PATHS, toolchain: engine.toolchain, limits });
    warm = setup.warm(program);
  }
  const dir = warm?.jail.dir ?? (await createPrivateDir(engine.runRoot, 'run-', engine.host.jailUser ?? undefined));
  let run: RunDir | null = null;
  try {
    const paths: JailPaths = engine.host.mode === 'bwrap' ? JAILED_PATHS : { box: dir, cache: engine.cacheDir };
    const ctx = { paths, toolchain: engine.toolchain, limits };
    run = { dir, ctx, cancel, program: program ?? setup.build(ctx), warm };
    cancel.check();
    return await fn(run);
  } finally {
    cancel.dispose();
    const unused = run ? run.warm : warm;
    if (unused) await unused.jail.discard();
    // startJail's outcome only settles once every process of the run is gone.
    await removeTree(dir);
  }
}

/** Judge runs go warm up to this many cases: a warm jail's RLIMIT_CPU backstop is sized for them. */
const WARM_JUDGE_MAX_CASES = 100;

function judgeWallMs(limits: SandboxLimits, cases: number): number {
  return limits.startupTimeLimitMs + cases * limits.timeLimitMs + 1000;
}

function sameLimits(a: SandboxLimits, b: SandboxLimits): boolean {
  return (Object.keys(a) as Array<keyof SandboxLimits>).every((key) => a[key] === b[key]);
}

/**
 * A warm jail for this run step, when the request has the limits warm jails are spawned with
 * (everything fixed at spawn must match: heap flags, cgroup, rlimits, tmpfs size).
 */
function takeWarm(
  engine: EngineContext,
  language: Language,
  purpose: 'execute' | 'judge',
  program: Program,
  limits: SandboxLimits,
  cases: number,
): WarmRun | null {
  const warm = engine.warm;
  if (!warm?.pool.enabled || engine.host.mode !== 'bwrap' || !language.warmRun || !sameLimits(limits, warm.limits)) return null;
  if (purpose === 'judge' && cases > WARM_JUDGE_MAX_CASES) return null;
  const command = language.warmRun(program.run, { paths: JAILED_PATHS, toolchain: engine.toolchain, limits });
  if (!command) return null;
  const wallMs = purpose === 'execute' ? limits.timeLimitMs : judgeWallMs(limits, WARM_JUDGE_MAX_CASES);
  const spec = {
    argv: command.argv,
    env: program.run.env,
    cacheDir: engine.cacheDir,
    readOnlyBinds: engine.readOnlyBinds,
    limits: jailLimits(language, limits, 'run', wallMs),
  };
  const jail = warm.pool.take({ key: JSON.stringify(spec), label: `${language.id}:${purpose}`, spec });
  return jail ? { jail, handOver: command.handOver } : null;
}

/** Starts the run step: hands it to the warm jail if the run has one (its clock starts now), else spawns it cold. */
async function startRun(engine: EngineContext, run: RunDir, limits: JailLimits, io: JailIo): Promise<JailProcess> {
  const warm = run.warm;
  if (warm?.jail.alive) {
    run.warm = null;
    return run.cancel.watch(warm.jail.handOver(warm.handOver, io, limits.wallMs));
  }
  return run.cancel.watch(await startJail(engine.host, spec(engine, run, run.program.run, false, limits), io));
}

function jailLimits(language: Language, limits: SandboxLimits, phase: 'compile' | 'run', wallMs: number): JailLimits {
  const memoryBytes = (phase === 'compile' ? limits.compileMemoryLimitMb : limits.memoryLimitMb) * MB;
  return {
    wallMs,
    cpuSeconds: Math.ceil(wallMs / 1000) + 1,
    memoryBytes,
    addressSpaceBytes: language.limitAddressSpace ? memoryBytes + ADDRESS_SPACE_SLACK : null,
    // Compilers (javac, esbuild, g++ and its subprocesses) need more threads than a judged program.
    maxProcesses: phase === 'compile' ? Math.max(limits.maxProcesses, 128) : limits.maxProcesses,
    fileSizeBytes: phase === 'compile' ? Math.max(limits.fileSizeLimitBytes, 64 * MB) : limits.fileSizeLimitBytes,
    tmpSizeBytes: phase === 'compile' ? Math.max(limits.tmpSizeBytes, 256 * MB) : limits.tmpSizeBytes,
    openFiles: limits.openFilesLimit,
    outputBytes: phase === 'compile' ? COMPILE_OUTPUT_LIMIT : limits.outputLimitBytes,
  };
}

function spec(engine: EngineContext, run: RunDir, command: Command, writable: boolean, limits: JailLimits) {
  return {
    argv: command.argv,
    env: command.env,
    workDir: run.dir,
    workDirWritable: writable,
    cacheDir: engine.cacheDir,
    readOnlyBinds: engine.readOnlyBinds,
    limits,
  };
}

async function writeProgram(run: RunDir, program: Program): Promise<void> {
  for (const file of program.files) await writeNewFile(run.dir, file.name, file.content);
}

/** Runs the compile step, if any. Returns compiler output on failure, null on success. */
async function compile(engine: EngineContext, language: Language, run: RunDir, program: Program): Promise<string | null> {
  if (!program.compile) return null;
  const limits = run.ctx.limits;
  const jail = await startJail(
    engine.host,
    spec(engine, run, program.compile, true, jailLimits(language, limits, 'compile', limits.compileTimeLimitMs)),
    { keepStdout: true },
  );
  run.cancel.watch(jail);
  jail.endStdin();
  const outcome = await jail.outcome;
  run.cancel.check();
  if (outcome.exitCode === 0 && outcome.killedBy === null) return null;
  const output = cleanPaths(decode(Buffer.concat([outcome.stdout, outcome.stderr])), run.ctx.paths);
  const reason =
    outcome.killedBy === 'time' || outcome.exitCode === EXIT_SIGXCPU
      ? `Compilation exceeded the time limit (${limits.compileTimeLimitMs} ms).`
      : outcome.oomKilled || COMPILER_OUT_OF_MEMORY.test(output)
        ? `Compilation exceeded the memory limit (${limits.compileMemoryLimitMb} MB).`
        : outcome.killedBy === 'output'
          ? 'Compilation produced too much output.'
          : outcome.exitCode > 128
            ? `The compiler was killed (${describeExit(outcome.exitCode)}).`
            : '';
  return [output.slice(0, SHOWN_OUTPUT_LIMIT), reason].filter(Boolean).join('\n') || 'Compilation failed.';
}

/* --------------------------------- execute -------------------------------- */

export async function runProgram(
  engine: EngineContext,
  language: Language,
  code: string,
  stdin: Buffer,
  limits: SandboxLimits,
  options: RunOptions = {},
): Promise<ExecuteResult> {
  const setup: RunSetup = {
    build: (ctx) => language.program(code, ctx),
    warm: (program) => takeWarm(engine, language, 'execute', program, limits, 0),
  };
  return withRunDir(engine, limits, options, setup, async (run) => {
    const program = run.program;
    await writeProgram(run, program);
    const compileOutput = await compile(engine, language, run, program);
    if (compileOutput !== null) {
      return {
        status: 'compile_error',
        stdout: '',
        stderr: compileOutput,
        exitCode: null,
        runtimeMs: 0,
        memoryKb: 0,
        compileOutput,
        limits,
      };
    }
    const live = options.onOutput ? liveOutput(options.onOutput) : null;
    const jail = await startRun(engine, run, jailLimits(language, limits, 'run', limits.timeLimitMs), {
      keepStdout: true,
      onStdout: live?.stdout,
      onStderr: live?.stderr,
    });
    jail.writeStdin(stdin);
    jail.endStdin();
    const outcome = await jail.outcome;
    live?.end();
    run.cancel.check();
    const stderr = decode(outcome.stderr);
    return {
      status: executionStatus(language, outcome, stderr),
      stdout: decode(outcome.stdout),
      stderr: cleanPaths(stderr, run.ctx.paths),
      exitCode: outcome.exitCode,
      runtimeMs: round(outcome.wallMs),
      memoryKb: outcome.peakMemoryKb,
      limits,
    };
  });
}

function executionStatus(language: Language, outcome: JailOutcome, stderr: string): ExecutionStatus {
  const fatal = fatalVerdict(language, outcome, stderr);
  if (fatal) return fatal;
  return outcome.exitCode === 0 ? 'success' : 'runtime_error';
}

/** The verdict implied by how a process ended, when it was a limit rather than the program's choice. */
function fatalVerdict(
  language: Language,
  outcome: JailOutcome,
  stderr: string,
): 'output_limit_exceeded' | 'time_limit_exceeded' | 'memory_limit_exceeded' | null {
  if (outcome.killedBy === 'output') return 'output_limit_exceeded';
  // Before time: a runtime thrashing near its heap limit often reports OOM only after the clock ran out.
  if (outcome.oomKilled) return 'memory_limit_exceeded';
  if (outcome.exitCode !== 0 && language.outOfMemory.test(stderr)) return 'memory_limit_exceeded';
  if (outcome.killedBy === 'time' || outcome.exitCode === EXIT_SIGXCPU) return 'time_limit_exceeded';
  return null;
}

/* ---------------------------------- judge --------------------------------- */

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

export type JudgeRun = { kind: 'compile_error'; compileOutput: string } | { kind: 'judged'; results: CaseResult[] };

export async function judgeProgram(
  engine: EngineContext,
  language: Language,
  code: string,
  problem: PreparedProblem,
  limits: SandboxLimits,
  options: RunOptions = {},
): Promise<JudgeRun> {
  const setup: RunSetup = {
    build: (ctx) => language.harness(code, problem.spec, ctx),
    warm: (program) => takeWarm(engine, language, 'judge', program, limits, problem.cases.length),
  };
  return withRunDir(engine, limits, options, setup, async (run) => {
    const program = run.program;
    await writeProgram(run, program);
    const compileOutput = await compile(engine, language, run, program);
    if (compileOutput !== null) return { kind: 'compile_error', compileOutput };
    return runCases(engine, language, run, program, problem);
  });
}

async function runCases(
  engine: EngineContext,
  language: Language,
  run: RunDir,
  program: Program,
  problem: PreparedProblem,
): Promise<JudgeRun> {
  const limits = run.ctx.limits;
  // Visible cases run first; hidden input is only sent once every visible result is in,
  // so nothing revealed to the user (stdout, errors, results) can contain hidden data.
  const all: CaseState[] = problem.cases.map((testCase, original) => ({
    testCase,
    original,
    hidden: testCase.hidden,
    stdout: [],
    stdoutBytes: 0,
    startedAt: null,
    reportedAt: null,
    report: null,
  }));
  const cases = [...all.filter((c) => !c.hidden), ...all.filter((c) => c.hidden)];
  const visibleCount = cases.filter((c) => !c.hidden).length;
  const wallMs = judgeWallMs(limits, cases.length);
  const nonce = newNonce();
  const parser = new HarnessStreamParser(nonce);

  let current = -1;
  let phase: 'visible' | 'hidden' = 'visible';
  let compileError: string | null = null;
  let loadError: string | null = null;
  let protocolError: string | null = null;
  let fatalCase: number | null = null;
  let fatalStatus: CaseStatus | null = null;
  const visibleStderr: Buffer[] = [];
  let preamble: Buffer[] = [];
  // Once the supervisor has decided (a limit, all results in, a protocol error), anything
  // still buffered in the pipes is ignored: it must not change the verdict it took.
  let stopped = false;
  const stop = (reason: 'time' | 'done') => {
    stopped = true;
    jail.kill(reason);
  };

  const jail = await startRun(engine, run, jailLimits(language, limits, 'run', wallMs), {
    keepStdout: false,
    onStdout: (chunk) => parser.push(chunk).forEach(handle),
    onStderr: (chunk) => {
      if (phase === 'visible') visibleStderr.push(chunk);
    },
  });

  let timer = setTimeout(() => stop('time'), limits.startupTimeLimitMs);
  const sendCases = (from: number, to: number) => {
    for (const state of cases.slice(from, to)) jail.writeStdin(`${state.testCase.wire}\n`);
  };
  const startHiddenPhase = () => {
    phase = 'hidden';
    sendCases(visibleCount, cases.length);
    jail.endStdin();
  };

  function handle(event: ReturnType<HarnessStreamParser['push']>[number]): void {
    if (stopped) return;
    switch (event.kind) {
      case 'text': {
        const target = cases[current];
        // After the switch, output belongs to the hidden cases even before the next one starts.
        if (!target || (phase === 'hidden' && !target.hidden)) {
          preamble.push(event.data);
        } else if (target.stdoutBytes < SHOWN_OUTPUT_LIMIT) {
          target.stdout.push(event.data);
          target.stdoutBytes += event.data.length;
        }
        return;
      }
      case 'start': {
        const next = cases[current + 1];
        if (event.index !== current + 1 || !next) return fail('unexpected case start');
        current += 1;
        next.startedAt = process.hrtime.bigint();
        if (preamble.length > 0) {
          next.stdout.push(...preamble);
          preamble = [];
        }
        clearTimeout(timer);
        timer = setTimeout(() => stop('time'), limits.timeLimitMs);
        return;
      }
      case 'result': {
        const state = cases[current];
        const report = parseCaseReport(event.payload);
        if (!state || state.report || !report) return fail('malformed result');
        clearTimeout(timer);
        state.report = report;
        state.reportedAt = process.hrtime.bigint();
        if (report.oom) {
          fatalCase = current;
          fatalStatus = 'memory_limit_exceeded';
          return stop('done');
        }
        if (current === cases.length - 1) return stop('done');
        if (current === visibleCount - 1) startHiddenPhase();
        return;
      }
      // Only believable before any hidden input was sent: later, such a marker could only be
      // forged by user code that found the nonce, and its text must not be shown.
      case 'compile-error':
        if (phase === 'hidden') return fail('late compile marker');
        compileError = event.message;
        return stop('done');
      case 'load-error':
        if (phase === 'hidden') return fail('late load marker');
        loadError = event.message;
        return stop('done');
    }
  }

  function fail(reason: string): void {
    protocolError = `Judge protocol violated (${reason}); was the output stream tampered with?`;
    stop('done');
  }

  jail.writeStdin(`${nonce}\n`);
  if (visibleCount > 0) {
    sendCases(0, visibleCount);
    if (visibleCount === cases.length) jail.endStdin();
  } else {
    startHiddenPhase();
  }

  const outcome = await jail.outcome;
  clearTimeout(timer);
  run.cancel.check();
  parser.end().forEach(handle);
  if (compileError !== null) return { kind: 'compile_error', compileOutput: cleanPaths(compileError, run.ctx.paths) };

  const allDone = cases.every((c) => c.report !== null);
  if (!allDone && fatalCase === null) {
    // The process ended early: blame the case that was running, or the next one to run.
    const running = cases[current];
    fatalCase = running && !running.report ? current : current + 1;
    const stderr = decode(outcome.stderr);
    fatalStatus =
      protocolError !== null || loadError !== null ? 'runtime_error' : (fatalVerdict(language, outcome, stderr) ?? 'runtime_error');
  }

  // The reason first (the limit that applied, or how the process ended), then what it wrote to stderr.
  const reasonFor = (status: CaseStatus) =>
    stopMessage(status, { limits, exitCode: outcome.exitCode, subject: 'test case', duringStartup: current === -1 });
  const visibleError = (status: CaseStatus): string => {
    if (protocolError) return protocolError;
    if (loadError) return cleanPaths(loadError, run.ctx.paths).slice(0, SHOWN_ERROR_LIMIT);
    const stderr = cleanPaths(decode(Buffer.concat(visibleStderr)), run.ctx.paths).trim();
    const tail = stderr.length > SHOWN_ERROR_LIMIT ? `…${stderr.slice(-SHOWN_ERROR_LIMIT)}` : stderr;
    return [reasonFor(status), tail].filter(Boolean).join('\n');
  };

  const results: CaseResult[] = cases.map((state, position) => {
    const { testCase } = state;
    let status: CaseStatus;
    let actual: unknown;
    let error: string | undefined;
    let runtimeMs = state.report?.ms ?? 0;
    let memoryKb = state.report?.kb ?? 0;
    if (position === fatalCase) {
      status = fatalStatus ?? 'runtime_error';
      if (!state.report) {
        runtimeMs = state.startedAt === null ? 0 : Number(process.hrtime.bigint() - state.startedAt) / 1e6;
        memoryKb = outcome.peakMemoryKb;
        error = visibleError(status);
      } else {
        // The runtime reported running out of memory itself (MemoryError, OutOfMemoryError, bad_alloc).
        error = [reasonFor(status), cleanPaths(state.report.err ?? '', run.ctx.paths)].filter(Boolean).join('\n');
      }
    } else if (!state.report) {
      status = 'skipped';
    } else if (state.report.wrong) {
      // The harness could not write the answer (a list with a cycle, a tree sharing a node): wrong, not a crash.
      status = 'wrong_answer';
      error = (state.report.err ?? 'The answer cannot be written.').slice(0, SHOWN_ERROR_LIMIT);
    } else if (!state.report.ok) {
      status = 'runtime_error';
      error = cleanPaths(state.report.err ?? 'error', run.ctx.paths);
    } else {
      const verdict = judgeAnswer(problem.spec, testCase, state.report.v);
      status = verdict.status;
      actual = verdict.actual;
      error = verdict.message;
    }
    if (!memoryKb) memoryKb = outcome.peakMemoryKb;
    if (state.hidden) {
      // The harness shares its process with user code, which could rewrite the figures it
      // reports and so smuggle a hidden input out. Hidden cases show only what the supervisor
      // measured itself: the time between the case's markers and the run's cgroup peak.
      const measured = state.startedAt !== null && state.reportedAt !== null ? Number(state.reportedAt - state.startedAt) / 1e6 : runtimeMs;
      runtimeMs = state.report ? measured : runtimeMs;
      memoryKb = outcome.peakMemoryKb;
    }
    const base = {
      testCase: state.original + 1,
      passed: status === 'accepted',
      status,
      runtimeMs: round(Math.min(runtimeMs, limits.timeLimitMs)),
      memoryKb,
      hidden: state.hidden,
    };
    if (state.hidden) return base;
    const stdout = decode(Buffer.concat(state.stdout));
    return {
      ...base,
      input: testCase.shownInput,
      expected: testCase.shownExpected,
      ...(actual !== undefined ? { actual } : {}),
      ...(stdout ? { stdout } : {}),
      ...(error ? { error } : {}),
    };
  });
  results.sort((a, b) => a.testCase - b.testCase);
  return { kind: 'judged', results };
}

/** Overall verdict: the first failing case's, in test-case order. */
export function overallVerdict(results: CaseResult[]): Verdict {
  for (const result of results) {
    if (result.status !== 'accepted' && result.status !== 'skipped') return result.status;
  }
  return 'accepted';
}

/* --------------------------------- helpers -------------------------------- */

/**
 * Decodes each stream incrementally (a character split across chunks waits for its last byte)
 * and hands the text to the caller. A throwing callback must not break the run.
 */
function liveOutput(onOutput: NonNullable<RunOptions['onOutput']>) {
  const decoders = { stdout: new TextDecoder('utf-8'), stderr: new TextDecoder('utf-8') };
  const emit = (stream: 'stdout' | 'stderr', text: string) => {
    if (!text) return;
    try {
      onOutput(stream, text);
    } catch {
      // The caller's problem; the run goes on.
    }
  };
  return {
    stdout: (chunk: Buffer) => emit('stdout', decoders.stdout.decode(chunk, { stream: true })),
    stderr: (chunk: Buffer) => emit('stderr', decoders.stderr.decode(chunk, { stream: true })),
    end: () => {
      emit('stdout', decoders.stdout.decode());
      emit('stderr', decoders.stderr.decode());
    },
  };
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Output is arbitrary bytes: invalid UTF-8 becomes U+FFFD instead of throwing. */
function decode(buffer: Buffer): string {
  return decoder.decode(buffer);
}

/** Shows `main.cpp:3:5` instead of `/box/main.cpp:3:5`. */
function cleanPaths(text: string, paths: JailPaths): string {
  return text.split(`${paths.box}/`).join('');
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
