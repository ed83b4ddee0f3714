import 'server-only';
import { AppError, isAppError, type FieldErrors, type RateLimitQuota } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { emptyRecord } from '@/lib/validation/hostile';

/**
 * codemeet-api.md "錯誤回應": how an error looks to a client of the v1 contract, wherever it meets
 * one: a REST answer, a refused WebSocket upgrade, a socket's error event or refused handshake,
 * and the early Host guard. One body, one set of headers, one trace id per error.
 */

export const PROBLEM_TYPE = 'https://tools.ietf.org/html/rfc7807';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The contract's example keys its validation errors by PascalCase field ("Email", "Password"). */
export function pascalFieldErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = emptyRecord();
  for (const [key, messages] of Object.entries(errors)) {
    const pascal = key.replace(/(^|\.)([a-z])/g, (_, dot: string, ch: string) => dot + ch.toUpperCase());
    (out[pascal] ??= []).push(...messages);
  }
  return out;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldErrors;
  traceId: string;
}

export function problemOf(error: AppError, traceId: string): ProblemDetails {
  if (error.code === 'VALIDATION_ERROR' && error.fieldErrors) {
    return {
      type: PROBLEM_TYPE,
      title: 'One or more validation errors occurred.',
      status: 400,
      code: error.code,
      errors: pascalFieldErrors(error.fieldErrors),
      traceId,
    };
  }
  return {
    type: PROBLEM_TYPE,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.fieldErrors ? { errors: pascalFieldErrors(error.fieldErrors) } : {}),
    traceId,
  };
}

/**
 * A quota as draft-ietf-httpapi-ratelimit-headers-06 spells it (docs/api-decisions.md decision 2):
 * RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset in seconds.
 */
export function rateLimitHeaders(quota: RateLimitQuota): Record<string, string> {
  return {
    'RateLimit-Limit': String(quota.limit),
    'RateLimit-Remaining': String(quota.remaining),
    'RateLimit-Reset': String(quota.resetSeconds),
  };
}

/** What an error answer carries beside its body, in either contract: how long to wait, and the quota of the limit that refused. */
export function errorHeaders(error: AppError, traceId: string): Record<string, string> {
  return {
    'X-Trace-Id': traceId,
    ...(error.retryAfter !== undefined ? { 'Retry-After': String(error.retryAfter) } : {}),
    ...(error.rateLimit ? rateLimitHeaders(error.rateLimit) : {}),
  };
}

/**
 * Anything thrown, as the error a client may see: an AppError as it is (a 5xx logged), anything
 * else logged in full under the trace id and answered as a masked 500 (decision 4).
 */
export function exposedError(error: unknown, traceId: string, context: Record<string, unknown> = {}): AppError {
  if (isAppError(error)) {
    if (error.status >= 500) logger.error({ traceId, ...context, code: error.code, msg: error.message }, 'request failed');
    return error;
  }
  logger.error({ traceId, ...context, err: error }, 'unhandled error');
  return new AppError('INTERNAL_SERVER_ERROR', 'An unexpected error occurred');
}

/** The v1 contract's error answer: ProblemDetails with its headers. */
export function problemResponse(error: AppError, traceId: string): Response {
  const headers = new Headers({ 'Content-Type': 'application/problem+json', ...errorHeaders(error, traceId) });
  return new Response(JSON.stringify(problemOf(error, traceId)), { status: error.status, headers });
}
