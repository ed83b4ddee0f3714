import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { getDb, type Db } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { getWebActor } from '@/app/_lib/auth';
import { AppError, isAppError, type FieldErrors } from '@/lib/errors';
import { guardRequest, type ClientOrigin } from '@/lib/guards/rate-limit';
import { fieldErrorsOf } from '@/lib/http/core';
import { localizeFieldMessages } from '@/lib/i18n/field-errors';
import type { Locale } from '@/lib/i18n/messages';
import { getLocale } from '@/app/_lib/i18n';
import { clientIp } from '@/lib/http/request';
import { logger } from '@/lib/logger';
import { nulFieldErrors } from '@/lib/validation/hostile';
import { validationErrorMap } from '@/lib/validation/messages';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

/**
 * Field errors go to the page in the visitor's language: a service's by their keys, the input
 * rules' as parseInput wrote them. They are kept in prototype-less records (keys come from
 * clients); React serialises only plain objects to the page, so they cross as one (own keys
 * only: "__proto__" stays data).
 */
async function forPage(error: AppError): Promise<FieldErrors | undefined> {
  const errors = error.fieldMessages ? localizeFieldMessages(error.fieldMessages, await getLocale()) : error.fieldErrors;
  return errors && Object.fromEntries(Object.entries(errors));
}

async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.code, fieldErrors: await forPage(error) };
    // next/navigation's redirect() and notFound() signal by throwing: let them through.
    if (error instanceof Error && 'digest' in error) throw error;
    logger.error({ err: error }, 'server action failed');
    return { ok: false, error: 'INTERNAL_SERVER_ERROR' };
  }
}

/** The caller's address, as the custom server recorded it from the socket (server/index.ts). */
async function actionOrigin(): Promise<ClientOrigin> {
  return { ip: clientIp(await headers()) };
}

/** The same input rules as the route core (NUL refused, then the shared schema, every issue kept), with messages in the page's language. */
function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: FieldErrors } {
  const nul = nulFieldErrors(input, '', locale);
  if (nul) return { ok: false, fieldErrors: nul };
  const parsed = schema.safeParse(input, { error: validationErrorMap(locale) });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** A server action for anyone (sign-up): parse with the shared schema, then call the service with the caller's origin. */
export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: { db: Db; origin: ClientOrigin }) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = parseInput(schema, input, await getLocale());
    if (!parsed.ok) return { ok: false, error: 'VALIDATION_ERROR', fieldErrors: { ...parsed.fieldErrors } };
    return runAction(async () => fn(parsed.data, { db: await getDb(), origin: await actionOrigin() }));
  };
}

/**
 * Actions are public POST endpoints: each one checks the signed-in user itself, and counts
 * against the same per-user request limit as the API (lib/guards/rate-limit.ts).
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: { db: Db; actor: UserActor; origin: ClientOrigin }) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const actor = await getWebActor();
    if (!actor) return { ok: false, error: 'UNAUTHORIZED' };
    return runAction(async () => {
      const db = await getDb();
      const origin = await actionOrigin();
      await guardRequest(db, origin, actor.userId);
      const parsed = parseInput(schema, input, await getLocale());
      if (!parsed.ok) {
        throw new AppError('VALIDATION_ERROR', 'One or more validation errors occurred.', { fieldErrors: parsed.fieldErrors });
      }
      return fn(parsed.data, { db, actor, origin });
    });
  };
}
