import 'server-only';
import type { z } from 'zod';
import type { AppError, FieldErrors } from '@/lib/errors';
import { emptyRecord } from '@/lib/validation/hostile';
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

/** codemeet-api.md "錯誤回應": RFC 7807 ProblemDetails with the trace id. */
export const problemRenderer: ErrorRenderer = {
  contract: 'codemeet-v1',
  render(error, traceId) {
    const headers = new Headers({ 'Content-Type': 'application/problem+json', 'X-Trace-Id': traceId });
    if (error.retryAfter !== undefined) headers.set('Retry-After', String(error.retryAfter));
    return new Response(JSON.stringify(problemOf(error, traceId)), { status: error.status, headers });
  },
};

export function v1Route<
  A extends AuthMode,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(config: RouteConfig<A, B, Q, P>, handler: (ctx: RouteContext<A, B, Q, P>) => Promise<Response>): RouteHandler {
  return createRoute(problemRenderer, config, handler);
}

export function v1Methods(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  return methodsFor(problemRenderer, handlers);
}

export const v1NotFound = notFoundFor(problemRenderer);
