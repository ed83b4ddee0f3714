import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';

export type FailureStrings = Pick<
  InterviewBankStrings,
  'formError' | 'signedOut' | 'adminOnly' | 'notFound' | 'rateLimited' | 'serverError'
>;

/** An action's error code as the page says it. */
export function failureOf(error: string, d: FailureStrings): string {
  if (error === 'VALIDATION_ERROR') return d.formError;
  if (error === 'UNAUTHORIZED') return d.signedOut;
  if (error === 'FORBIDDEN') return d.adminOnly;
  if (error === 'QUESTION_NOT_FOUND' || error === 'NOT_FOUND') return d.notFound;
  if (error === 'RATE_LIMIT_EXCEEDED') return d.rateLimited;
  return d.serverError;
}
