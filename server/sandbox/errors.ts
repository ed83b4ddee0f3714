import 'server-only';

/** The run queue is full; the caller should retry later (maps to HTTP 503/429 with Retry-After). */
export class SandboxBusyError extends Error {
  override readonly name = 'SandboxBusyError';
  readonly code = 'SANDBOX_BUSY';
  constructor(readonly retryAfterSeconds: number) {
    super(`Code runner is busy; retry in ${retryAfterSeconds}s`);
  }
}

/** No working jail on this machine (and unsafe runs were not allowed): nothing is executed. */
export class SandboxUnavailableError extends Error {
  override readonly name = 'SandboxUnavailableError';
  readonly code = 'SANDBOX_UNAVAILABLE';
  constructor(readonly reason: string) {
    super(`Code runner unavailable: ${reason}`);
  }
}

/** The request itself is unusable (unknown language, test case not matching the problem spec, …). */
export class SandboxInputError extends Error {
  override readonly name = 'SandboxInputError';
  readonly code = 'SANDBOX_BAD_INPUT';
}
