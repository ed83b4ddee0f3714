import { formatValidationMessage, type MessageRef } from '@/lib/i18n/validation-messages';

/** Error codes of codemeet-api.md's error table, plus the few the platform needs beside them. */
export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  INVALID_CREDENTIALS: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INSUFFICIENT_OPPORTUNITIES: 403,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  MATCH_NOT_FOUND: 404,
  ROOM_NOT_FOUND: 404,
  QUESTION_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  ALREADY_IN_QUEUE: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
/** Per-field messages, keyed by the request's field name. */
export type FieldErrors = Record<string, string[]>;
/** The same by message key (lib/i18n/validation-messages.ts), so a page can show them in its visitor's language. */
export type FieldMessages = Record<string, MessageRef[]>;

/** A rate limit's quota as it stands: how many it allows a window, how many are left, and the seconds until the window restarts. */
export interface RateLimitQuota {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/** The one error every service throws; each contract's adapter renders it in its own shape. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldErrors;
  /** When a service names its field errors by key: fieldErrors are these in English. */
  readonly fieldMessages?: FieldMessages;
  /** Seconds a client should wait (429, 503). */
  readonly retryAfter?: number;
  /** The quota of the limit that refused (429): answered as RateLimit-* headers. */
  readonly rateLimit?: RateLimitQuota;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; fieldMessages?: FieldMessages; retryAfter?: number; rateLimit?: RateLimitQuota } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.fieldMessages = options.fieldMessages;
    this.fieldErrors =
      options.fieldErrors ??
      (options.fieldMessages &&
        Object.fromEntries(
          Object.entries(options.fieldMessages).map(([field, refs]) => [field, refs.map((ref) => formatValidationMessage('en', ref))]),
        ));
    this.retryAfter = options.retryAfter;
    this.rateLimit = options.rateLimit;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error);
}
