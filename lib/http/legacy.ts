import 'server-only';
import type { z } from 'zod';
import type { AppError, ErrorCode } from '@/lib/errors';
import {
  createRoute,
  methodsFor,
  type AuthMode,
  type ErrorRenderer,
  type Method,
  type RouteConfig,
  type RouteContext,
  type RouteHandler,
} from './core';

/** ai-interview-api.md answers `{ "message": "…" }` in Traditional Chinese. */
export const LEGACY_MESSAGES = {
  validation: '資料有誤',
  invalidCredentials: '帳號或密碼輸入錯誤',
  unauthorized: '權限不足',
  forbidden: '權限不足',
  notFound: '資料不存在',
  methodNotAllowed: '不支援此請求方法',
  rateLimited: '請求過於頻繁，請稍後再試',
  tooLarge: '資料過大',
  unsupportedMedia: '檔案格式不支援',
  unavailable: '服務暫時無法使用，請稍後再試',
  internal: '伺服器發生錯誤',
  conflict: '資料衝突',
} as const;

export interface LegacyMessages {
  /** The route's own message for bad input, e.g. 註冊資料有誤. */
  validation?: string;
  /** The route's own 401 message, e.g. 未登入 for logout. */
  unauthorized?: string;
  /** Per error-code or per-field conflict messages. */
  conflict?: (error: AppError) => string | undefined;
}

const DEFAULT_BY_CODE: Partial<Record<ErrorCode, string>> = {
  VALIDATION_ERROR: LEGACY_MESSAGES.validation,
  BAD_REQUEST: LEGACY_MESSAGES.validation,
  INVALID_CREDENTIALS: LEGACY_MESSAGES.invalidCredentials,
  UNAUTHORIZED: LEGACY_MESSAGES.unauthorized,
  FORBIDDEN: LEGACY_MESSAGES.forbidden,
  METHOD_NOT_ALLOWED: LEGACY_MESSAGES.methodNotAllowed,
  RATE_LIMIT_EXCEEDED: LEGACY_MESSAGES.rateLimited,
  PAYLOAD_TOO_LARGE: LEGACY_MESSAGES.tooLarge,
  UNSUPPORTED_MEDIA_TYPE: LEGACY_MESSAGES.unsupportedMedia,
  SERVICE_UNAVAILABLE: LEGACY_MESSAGES.unavailable,
  INTERNAL_SERVER_ERROR: LEGACY_MESSAGES.internal,
  CONFLICT: LEGACY_MESSAGES.conflict,
};

export function legacyRenderer(messages: LegacyMessages = {}): ErrorRenderer {
  return {
    render(error, traceId) {
      let message: string = DEFAULT_BY_CODE[error.code] ?? (error.status === 404 ? LEGACY_MESSAGES.notFound : LEGACY_MESSAGES.internal);
      if (error.code === 'VALIDATION_ERROR' && messages.validation) message = messages.validation;
      if (error.code === 'UNAUTHORIZED' && messages.unauthorized) message = messages.unauthorized;
      if (error.status === 409) message = messages.conflict?.(error) ?? message;
      const body: Record<string, unknown> = { message };
      // Beside the contract's message: which fields were wrong (additive, see docs/api-decisions.md).
      if (error.fieldErrors) body.errors = error.fieldErrors;
      if (error.status >= 500) body.traceId = traceId;
      const headers = new Headers({ 'X-Trace-Id': traceId });
      if (error.retryAfter !== undefined) headers.set('Retry-After', String(error.retryAfter));
      // The contract answers a taken email with 400, not 409.
      const status = error.status === 409 ? 400 : error.status;
      return Response.json(body, { status, headers });
    },
  };
}

export function legacyRoute<
  A extends AuthMode,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  config: RouteConfig<A, B, Q, P> & { messages?: LegacyMessages },
  handler: (ctx: RouteContext<A, B, Q, P>) => Promise<Response>,
): RouteHandler {
  return createRoute(legacyRenderer(config.messages), config, handler);
}

export function legacyMethods(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  return methodsFor(legacyRenderer(), handlers);
}
