import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import { rowId } from '@/lib/ids';

/** A service's "not found" (a missing row, a company nobody shared) as the page's 404. */
export async function orNotFound<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/** The experience id in a path; anything but a row number is a 404. */
export const experienceIdOf = (value: string) => orNotFound(() => rowId(value));
