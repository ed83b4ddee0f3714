import { AppError, type ErrorCode } from './errors';

/**
 * codemeet-api.md names resources with prefixed ids ("usr_1234567890"); rows keep integer keys.
 * The v1 adapters render and parse these; the ai-interview contract uses the bare numbers.
 */
export const ID_PREFIX = {
  user: 'usr',
  question: 'q',
  queue: 'queue',
  match: 'match',
  room: 'room',
  session: 'session',
  submission: 'sub',
  feedback: 'fb',
  job: 'job',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

export function encodeId(kind: IdKind, id: number): string {
  return `${ID_PREFIX[kind]}_${id}`;
}

/** The contract's own 404 code for an id of this kind that names nothing. */
const NOT_FOUND_CODE: Partial<Record<IdKind, ErrorCode>> = {
  user: 'USER_NOT_FOUND',
  question: 'QUESTION_NOT_FOUND',
  queue: 'MATCH_NOT_FOUND',
  match: 'MATCH_NOT_FOUND',
  room: 'ROOM_NOT_FOUND',
};

/** Parses "usr_42" (or a bare "42") into 42; anything else is a 404 of that kind. */
export function decodeId(kind: IdKind, value: string): number {
  const match = new RegExp(`^(?:${ID_PREFIX[kind]}_)?([1-9][0-9]{0,9})$`).exec(value);
  const id = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new AppError(NOT_FOUND_CODE[kind] ?? 'NOT_FOUND', `${kind} not found`);
  return id;
}

/** A row named in a path by its bare number (the ai-interview contract): anything else is not found. */
export function rowId(value: string, code: 'NOT_FOUND' | 'USER_NOT_FOUND' | 'QUESTION_NOT_FOUND' = 'NOT_FOUND'): number {
  const id = /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new AppError(code, 'Not found');
  return id;
}

/** A question's 0-based place in an interview, from a path; anything else is a 404. */
export function answerIndex(value: string): number {
  if (!/^(0|[1-9][0-9]?)$/.test(value)) throw new AppError('NOT_FOUND', 'Not found');
  return Number(value);
}
