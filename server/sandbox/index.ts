import 'server-only';

import { getSandbox } from './sandbox';
import type { ExecuteRequest, ExecuteResult, JudgeRequest, JudgeResult, SandboxStatus } from './types';

/**
 * The code execution and judging engine: the one place that runs user code.
 * See docs/sandbox.md for the threat model, the limits and how to add a language.
 */

export { DEFAULT_LIMITS } from './config';
export { SandboxBusyError, SandboxCancelledError, SandboxOwnerBusyError, SandboxUnavailableError } from './errors';
export { SandboxInputError } from '@/lib/vocabulary/errors';
export { findLanguage, LANGUAGES } from './languages';
export { createSandbox, getSandbox } from './sandbox';
export type { Sandbox, SandboxLogger, SandboxOptions } from './sandbox';
export type * from './types';

/** Runs a program on stdin (the contract's run_code), on the process-wide sandbox. */
export function execute(request: ExecuteRequest): Promise<ExecuteResult> {
  return getSandbox().execute(request);
}

/** Judges a solution against a problem's test cases, on the process-wide sandbox. */
export function judge(request: JudgeRequest): Promise<JudgeResult> {
  return getSandbox().judge(request);
}

/** Whether user code can run here, and how it is isolated. */
export function sandboxStatus(): Promise<SandboxStatus> {
  return getSandbox().status();
}
