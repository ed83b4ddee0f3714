import 'server-only';
import { orNotFound } from '@/app/_lib/pages';
import { rowId } from '@/lib/ids';

/** The experience id in a path; anything but a row number is a 404. */
export const experienceIdOf = (value: string) => orNotFound(() => rowId(value));
