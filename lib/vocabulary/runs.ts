/**
 * A run of user code, as the domain asks for it and the execution tier answers: the limits, the
 * requests, the statuses and verdicts, and the results kept with jobs, submissions and rooms.
 */
import type { ProblemSpec, TestCase } from './problems';

/** Outcome of a bare execution (the contract's run_code). */
export type ExecutionStatus =
  'success' | 'runtime_error' | 'time_limit_exceeded' | 'compile_error' | 'memory_limit_exceeded' | 'output_limit_exceeded';

/** Verdict of a judged test case or of a whole submission. */
export type Verdict =
  | 'accepted'
  | 'wrong_answer'
  | 'runtime_error'
  | 'time_limit_exceeded'
  | 'compile_error'
  | 'memory_limit_exceeded'
  | 'output_limit_exceeded';

/** A case that never ran because an earlier case killed the process (crash or limit) is 'skipped'. */
export type CaseStatus = Verdict | 'skipped';

/** Resource limits of one run. Every field is optional on input; see DEFAULT_LIMITS. */
export interface SandboxLimits {
  /** execute(): wall-clock limit of the run. judge(): wall-clock limit of each test case. */
  timeLimitMs: number;
  /** judge(): time allowed from spawn until the first test case starts (interpreter/JVM start). */
  startupTimeLimitMs: number;
  /** Memory of the whole run (cgroup memory.limit_in_bytes; heap flags for node/java). */
  memoryLimitMb: number;
  /** Bytes accepted on stdout, and separately on stderr; more kills the run (output_limit_exceeded). */
  outputLimitBytes: number;
  /** Processes + threads of the run (cgroup pids.max, RLIMIT_NPROC without cgroups). */
  maxProcesses: number;
  /** Largest file a run may write (RLIMIT_FSIZE). */
  fileSizeLimitBytes: number;
  /** Size of the private /tmp and /dev/shm of a run (tmpfs). */
  tmpSizeBytes: number;
  /** RLIMIT_NOFILE. */
  openFilesLimit: number;
  /** Wall-clock limit of a compile step. */
  compileTimeLimitMs: number;
  /** Memory limit of a compile step. */
  compileMemoryLimitMb: number;
  /** Largest stdin accepted by execute(). */
  stdinLimitBytes: number;
}

export interface ExecuteRequest {
  language: string;
  code: string;
  stdin?: string | Buffer;
  limits?: Partial<SandboxLimits>;
  /** Whose share of the run queue this run counts against (e.g. `user:42`); runs without one share one anonymous share. */
  owner?: string;
  /** Aborting kills the run (or takes it out of the queue); execute() then rejects with SandboxCancelledError. */
  signal?: AbortSignal;
  /**
   * Called as the program's output arrives (UTF-8 decoded across chunk boundaries, within the
   * output cap), for a live console. The result still carries the whole output.
   */
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
}

export interface ExecuteResult {
  status: ExecutionStatus;
  stdout: string;
  stderr: string;
  /** Exit code of the program; 128 + n when killed by signal n; null when it never ran (compile_error). */
  exitCode: number | null;
  /** Wall-clock time of the run, interpreter/JVM start included. */
  runtimeMs: number;
  /** Peak memory of the run (cgroup max_usage) in KiB; 0 when no memory cgroup is available. */
  memoryKb: number;
  /** Compiler diagnostics when status is compile_error (also copied to stderr). */
  compileOutput?: string;
  /** The limits the run had (defaults, the sandbox's options and the request's, within the ceilings), to say which one stopped it. */
  limits: SandboxLimits;
}

export interface JudgeRequest {
  language: string;
  code: string;
  problem: ProblemSpec;
  testCases: TestCase[];
  limits?: Partial<SandboxLimits>;
  /** As ExecuteRequest.owner. */
  owner?: string;
  /** As ExecuteRequest.signal: judge() rejects with SandboxCancelledError. */
  signal?: AbortSignal;
}

export interface CaseResult {
  /** 1-based index into the submitted testCases. */
  testCase: number;
  passed: boolean;
  status: CaseStatus;
  /** Time of the call itself, measured inside the jailed process. */
  runtimeMs: number;
  /** Peak resident memory of the jailed process up to the end of this case, in KiB. */
  memoryKb: number;
  hidden: boolean;
  /** Shown for visible cases only, as JSON (a `long` beyond 2^53 - 1 as a decimal string). */
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  stdout?: string;
  /** Why the case failed: the error, the limit hit, or for a wrong answer the checker's or the design call's explanation. */
  error?: string;
}

export interface JudgeResult {
  status: Verdict;
  compileOutput?: string;
  results: CaseResult[];
}

export type SandboxMode = 'bwrap' | 'unsafe' | 'unavailable';

export interface SandboxStatus {
  available: boolean;
  mode: SandboxMode;
  reason?: string;
  /** Which cgroup version limits runs (null: none, rlimits only) and which controllers it has. */
  cgroups: { version: 1 | 2 | null; memory: boolean; pids: boolean; cpu: boolean };
  /** Whether bwrap loads the seccomp filter into every run. */
  seccomp: boolean;
}
