import 'server-only';

import type { CaseStatus, ExecuteResult, SandboxLimits } from './runs';

const MB = 1024 * 1024;

/**
 * What a user reads first when a run did not succeed: the verdict, and the limit that stopped
 * it or how the process ended. The one source of these texts, for execute() results (through
 * stopReason) and for judged cases (the engine's case `error`).
 */

const SIGNAL_NAMES: Record<number, string> = {
  4: 'SIGILL, illegal instruction',
  6: 'SIGABRT, aborted',
  7: 'SIGBUS, bus error',
  8: 'SIGFPE, arithmetic error such as division by zero',
  9: 'SIGKILL',
  11: 'SIGSEGV, segmentation fault: invalid memory access or stack overflow',
  24: 'SIGXCPU, CPU time limit',
  25: 'SIGXFSZ, file size limit exceeded',
};

/** "exit code 3", or "signal 11 (SIGSEGV, …)" for 128 + n. */
export function describeExit(exitCode: number): string {
  if (exitCode > 128) {
    const signal = exitCode - 128;
    return `signal ${signal}${SIGNAL_NAMES[signal] ? ` (${SIGNAL_NAMES[signal]})` : ''}`;
  }
  return `exit code ${exitCode}`;
}

/** Sizes as the product writes them elsewhere (MB = 1024 × 1024 bytes): "2 MB", "512 KB", "1000 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

export interface StopContext {
  limits: SandboxLimits;
  /** Exit code of the process (128 + n for signal n); null when it never ran. */
  exitCode: number | null;
  /** What stopped: the whole program (execute) or one judged test case. */
  subject: 'program' | 'test case';
  /** A judged program stopped before its first case started, so the startup limit applied. */
  duringStartup?: boolean;
}

/** The reason line for a status; null for success, accepted, wrong answers, compile errors (the compiler speaks) and skipped cases. */
export function stopMessage(status: CaseStatus | ExecuteResult['status'], context: StopContext): string | null {
  const { limits, exitCode, subject } = context;
  switch (status) {
    case 'time_limit_exceeded':
      return context.duringStartup
        ? `Time limit exceeded: the program took longer than ${limits.startupTimeLimitMs} ms to start`
        : `Time limit exceeded: the ${subject} ran longer than ${limits.timeLimitMs} ms`;
    case 'memory_limit_exceeded':
      return `Memory limit exceeded: the ${subject} needed more than ${limits.memoryLimitMb} MB`;
    case 'output_limit_exceeded':
      return `Output limit exceeded: the ${subject} wrote more than ${formatSize(limits.outputLimitBytes)} to stdout or stderr`;
    case 'runtime_error': {
      if (exitCode === null) return 'Runtime error';
      const ended =
        exitCode === 128 + 25
          ? `was killed by signal 25 (SIGXFSZ: it wrote a file larger than ${formatSize(limits.fileSizeLimitBytes)})`
          : exitCode > 128
            ? `was killed by ${describeExit(exitCode)}`
            : `exited with code ${exitCode}`;
      return `Runtime error: the program ${ended}${subject === 'test case' ? ' before returning a result' : ''}`;
    }
    default:
      return null;
  }
}

/** Why an execute() run did not succeed (null when it did, or when it is a compile error). */
export function stopReason(result: Pick<ExecuteResult, 'status' | 'exitCode' | 'limits'>): string | null {
  return stopMessage(result.status, { limits: result.limits, exitCode: result.exitCode, subject: 'program' });
}
