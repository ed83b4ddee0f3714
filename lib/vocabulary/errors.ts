import 'server-only';

/** The request itself is unusable (unknown language, test case not matching the problem spec, …). */
export class SandboxInputError extends Error {
  override readonly name = 'SandboxInputError';
  readonly code = 'SANDBOX_BAD_INPUT';
}
