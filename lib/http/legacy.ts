import 'server-only';
import type { z } from 'zod';
import type { AppError, ErrorCode } from '@/lib/errors';
import {
  createRoute,
  methodsFor,
  notFoundFor,
  type AuthMode,
  type ErrorRenderer,
  type Method,
  type RouteConfig,
  type RouteContext,
  type RouteHandler,
} from './core';
import { errorHeaders } from './problem';

/** ai-interview-api.md answers `{ "message": "…" }` in Traditional Chinese: one message per error code, none missing. */
export const LEGACY_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_ERROR: '資料有誤',
  INVALID_CREDENTIALS: '帳號或密碼輸入錯誤',
  BAD_REQUEST: '資料有誤',
  UNAUTHORIZED: '權限不足',
  FORBIDDEN: '權限不足',
  INSUFFICIENT_OPPORTUNITIES: '面試機會不足',
  NOT_FOUND: '資料不存在',
  USER_NOT_FOUND: '使用者不存在',
  MATCH_NOT_FOUND: '配對不存在',
  ROOM_NOT_FOUND: '面試房間不存在',
  QUESTION_NOT_FOUND: '題目不存在',
  METHOD_NOT_ALLOWED: '不支援此請求方法',
  CONFLICT: '資料衝突',
  ALREADY_IN_QUEUE: '已在配對佇列中',
  GONE: '資料已失效',
  PAYLOAD_TOO_LARGE: '資料過大',
  UNSUPPORTED_MEDIA_TYPE: '檔案格式不支援',
  RATE_LIMIT_EXCEEDED: '請求過於頻繁，請稍後再試',
  INTERNAL_SERVER_ERROR: '伺服器發生錯誤',
  SERVICE_UNAVAILABLE: '服務暫時無法使用，請稍後再試',
};

export interface LegacyMessages {
  /** The route's own message for bad input, e.g. 註冊資料有誤. */
  validation?: string;
  /** The route's own 401 message, e.g. 未登入 for logout. */
  unauthorized?: string;
  /** Per error-code or per-field conflict messages. */
  conflict?: (error: AppError) => string | undefined;
}

export function legacyRenderer(messages: LegacyMessages = {}): ErrorRenderer {
  return {
    contract: 'ai-interview',
    render(error, traceId) {
      let message = LEGACY_MESSAGES[error.code];
      if (error.code === 'VALIDATION_ERROR' && messages.validation) message = messages.validation;
      if (error.code === 'UNAUTHORIZED' && messages.unauthorized) message = messages.unauthorized;
      if (error.status === 409) message = messages.conflict?.(error) ?? message;
      const body: Record<string, unknown> = { message };
      // Beside the contract's message: which fields were wrong (additive, see docs/api-decisions.md).
      if (error.fieldErrors) body.errors = error.fieldErrors;
      if (error.status >= 500) body.traceId = traceId;
      // The contract answers a taken email with 400, not 409.
      const status = error.status === 409 ? 400 : error.status;
      return Response.json(body, { status, headers: errorHeaders(error, traceId) });
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

export const legacyNotFound = notFoundFor(legacyRenderer());
