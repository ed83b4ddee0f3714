import 'server-only';
import type { z } from 'zod';
import { getDb, type Db } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { getWebActor } from '@/lib/auth/web';
import { isAppError, type FieldErrors } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/http/core';
import { logger } from '@/lib/logger';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
    // next/navigation's redirect() and notFound() signal by throwing: let them through.
    if (error instanceof Error && 'digest' in error) throw error;
    logger.error({ err: error }, 'server action failed');
    return { ok: false, error: 'INTERNAL_SERVER_ERROR' };
  }
}

/** A server action for anyone (sign-up): parse with the shared schema, then call the service. */
export function validatedAction<S extends z.ZodType, T>(schema: S, fn: (input: z.output<S>, db: Db) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'VALIDATION_ERROR', fieldErrors: fieldErrorsOf(parsed.error) };
    return runAction(async () => fn(parsed.data, await getDb()));
  };
}

/** Actions are public POST endpoints: each one checks the signed-in user itself. */
export function authedAction<S extends z.ZodType, T>(schema: S, fn: (input: z.output<S>, ctx: { db: Db; actor: UserActor }) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const actor = await getWebActor();
    if (!actor) return { ok: false, error: 'UNAUTHORIZED' };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'VALIDATION_ERROR', fieldErrors: fieldErrorsOf(parsed.error) };
    return runAction(async () => fn(parsed.data, { db: await getDb(), actor }));
  };
}
