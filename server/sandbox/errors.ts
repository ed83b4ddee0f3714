import 'server-only';

/** The run queue is full (all owners together); the caller should retry later (maps to HTTP 503 with Retry-After). */
export class SandboxBusyError extends Error {
  override readonly name = 'SandboxBusyError';
  readonly code = 'SANDBOX_BUSY';
  constructor(readonly retryAfterSeconds: number) {
    super(`Code runner is busy; retry in ${retryAfterSeconds}s`);
  }
}

/**
 * This owner (user) already has its share of runs running and waiting: its own burst, not the
 * server's load, so the caller should slow down (maps to HTTP 429 with Retry-After).
 */
export class SandboxOwnerBusyError extends Error {
  override readonly name = 'SandboxOwnerBusyError';
  readonly code = 'SANDBOX_OWNER_BUSY';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many of your runs are running or waiting; retry in ${retryAfterSeconds}s`);
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

/** The caller's AbortSignal fired while the run waited or ran: it was killed, nothing of it is left. */
export class SandboxCancelledError extends Error {
  override readonly name = 'SandboxCancelledError';
  readonly code = 'SANDBOX_CANCELLED';
  constructor() {
    super('Run cancelled');
  }
}
