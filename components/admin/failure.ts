/** What an admin page says for each error code its actions answer; a page without a word for a code says serverError. */
export interface FailureStrings {
  formError: string;
  signedOut: string;
  adminOnly: string;
  notFound: string;
  rateLimited: string;
  serverError: string;
  conflict?: string;
  unavailable?: string;
}

/** An action's error code as the page says it. */
export function failureOf(error: string, d: FailureStrings): string {
  if (error === 'VALIDATION_ERROR') return d.formError;
  if (error === 'UNAUTHORIZED') return d.signedOut;
  if (error === 'FORBIDDEN') return d.adminOnly;
  if (error === 'QUESTION_NOT_FOUND' || error === 'NOT_FOUND') return d.notFound;
  if (error === 'CONFLICT') return d.conflict ?? d.serverError;
  if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
  if (error === 'SERVICE_UNAVAILABLE') return d.unavailable ?? d.serverError;
  return d.serverError;
}
