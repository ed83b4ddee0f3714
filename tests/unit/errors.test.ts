import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/http/core';
import { legacyRenderer } from '@/lib/http/legacy';
import { pascalFieldErrors, problemOf } from '@/lib/http/problem';
import { decodeId, encodeId } from '@/lib/ids';

describe('error rendering', () => {
  it('keeps every zod issue, per field, once each, and names unknown fields', () => {
    const schema = z.object({ a: z.string().min(3).regex(/x/), b: z.array(z.number()) }).strict();
    const result = schema.safeParse({ a: 'y', b: [1, 'two'], c: 1 });
    expect(fieldErrorsOf(result.error!)).toEqual({
      a: [expect.any(String), expect.any(String)],
      'b[1]': [expect.any(String)],
      c: ['Unknown field'],
    });
  });

  it('keys v1 field errors the way the contract shows ("Email", "Preferences.Languages")', () => {
    expect(pascalFieldErrors({ email: ['x'], 'preferences.languages[0]': ['y'] })).toEqual({
      Email: ['x'],
      'Preferences.Languages[0]': ['y'],
    });
  });

  it('renders a v1 problem with type, title, status, code and trace id', () => {
    expect(problemOf(new AppError('ROOM_NOT_FOUND', 'gone'), 't1')).toEqual({
      type: 'https://tools.ietf.org/html/rfc7807',
      title: 'Not Found',
      status: 404,
      detail: 'gone',
      code: 'ROOM_NOT_FOUND',
      traceId: 't1',
    });
  });

  it('renders legacy errors as { message } in Chinese, a conflict as the contract’s 400, and 429 with Retry-After', async () => {
    const conflict = legacyRenderer({ conflict: () => '信箱已註冊過' }).render(new AppError('CONFLICT', 'taken'), 't');
    expect(conflict.status).toBe(400);
    expect(await conflict.json()).toEqual({ message: '信箱已註冊過' });
    const limited = legacyRenderer().render(new AppError('RATE_LIMIT_EXCEEDED', 'slow', { retryAfter: 12 }), 't');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('12');
    const crash = legacyRenderer().render(new AppError('INTERNAL_SERVER_ERROR', 'secret detail'), 't9');
    expect(await crash.json()).toEqual({ message: '伺服器發生錯誤', traceId: 't9' });
  });
});

describe('resource ids', () => {
  it('round-trips prefixed ids and accepts bare numbers', () => {
    expect(encodeId('user', 42)).toBe('usr_42');
    expect(decodeId('user', 'usr_42')).toBe(42);
    expect(decodeId('user', '42')).toBe(42);
  });
  it.each(['room_42', 'usr_0', 'usr_-1', 'usr_99999999999', 'usr_4a'])('treats %s as a user that does not exist', (id) => {
    expect(() => decodeId('user', id)).toThrow(expect.objectContaining({ code: 'USER_NOT_FOUND', status: 404 }));
  });
});
