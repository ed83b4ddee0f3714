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
import { describeExit } from '@/lib/vocabulary/verdict-messages';
import type { PreparedProblem } from '@/lib/vocabulary/problem-rules';
import { CaseSupervisor } from './judge-cases';
import { cleanPaths, decode, fatalVerdict, round, SHOWN_OUTPUT_LIMIT } from './outcome';
import type { CaseResult, ExecuteResult, ExecutionStatus, SandboxLimits, Verdict } from './types';
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

/* ---------------------------------- judge --------------------------------- */

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
    return runCases(engine, language, run, problem);
  });
}

/** Runs the compiled harness over every case under the supervisor, and reads the results. */
async function runCases(engine: EngineContext, language: Language, run: RunDir, problem: PreparedProblem): Promise<JudgeRun> {
  const limits = run.ctx.limits;
  const supervisor = new CaseSupervisor(problem, limits);
  const wallMs = judgeWallMs(limits, problem.cases.length);
  const jail = await startRun(engine, run, jailLimits(language, limits, 'run', wallMs), {
    keepStdout: false,
    onStdout: supervisor.onStdout,
    onStderr: supervisor.onStderr,
  });
  supervisor.begin({ write: (text) => jail.writeStdin(text), end: () => jail.endStdin(), kill: (reason) => jail.kill(reason) });
  const outcome = await jail.outcome;
  supervisor.settle();
  run.cancel.check();
  const { compileError } = supervisor.drain();
  if (compileError !== null) return { kind: 'compile_error', compileOutput: cleanPaths(compileError, run.ctx.paths) };
  return { kind: 'judged', results: supervisor.results(outcome, { language, limits, paths: run.ctx.paths }) };
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
