import 'server-only';
import type { z } from 'zod';
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
import { problemResponse } from './problem';

/** codemeet-api.md "錯誤回應": RFC 7807 ProblemDetails with the trace id (lib/http/problem.ts). */
export const problemRenderer: ErrorRenderer = { contract: 'codemeet-v1', render: problemResponse };

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
