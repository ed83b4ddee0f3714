import type { QuestionAdminStrings } from '@/lib/i18n/question-admin';

export type FailureStrings = Pick<
  QuestionAdminStrings,
  'formError' | 'signedOut' | 'adminOnly' | 'notFound' | 'conflict' | 'rateLimited' | 'unavailable' | 'serverError'
>;

/** An action's error code as the page says it. */
export function failureOf(error: string, d: FailureStrings): string {
  if (error === 'VALIDATION_ERROR') return d.formError;
  if (error === 'UNAUTHORIZED') return d.signedOut;
  if (error === 'FORBIDDEN') return d.adminOnly;
  if (error === 'QUESTION_NOT_FOUND' || error === 'NOT_FOUND') return d.notFound;
  if (error === 'CONFLICT') return d.conflict;
  if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
  if (error === 'SERVICE_UNAVAILABLE') return d.unavailable;
  return d.serverError;
}
