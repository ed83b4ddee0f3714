import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/http/core';
import { searchParamsObject } from '@/lib/http/request';
import { pascalFieldErrors } from '@/lib/http/problem';

// Anything keyed by client input: the error map of a body, the query string.
describe('keys named like Object members', () => {
  const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('become ordinary per-field errors, not a crash', () => {
    const body = JSON.parse(`{${KEYS.map((k) => `"${k}": 1`).join(',')}}`) as unknown;
    const result = z.object({ name: z.string().optional() }).strict().safeParse(body);
    const errors = fieldErrorsOf(result.error!);
    for (const key of KEYS) expect(errors[key]).toEqual(['Unknown field']);
    const pascal = pascalFieldErrors(errors);
    expect(pascal.Constructor).toEqual(['Unknown field']);
    expect(pascal.__proto__).toEqual(['Unknown field']);
  });

  it('in a query string are plain parameters', () => {
    const query = searchParamsObject('http://x/api?__proto__=1&constructor=2&toString=3');
    expect(Object.entries(query)).toEqual([
      ['__proto__', '1'],
      ['constructor', '2'],
      ['toString', '3'],
    ]);
    expect(Object.getPrototypeOf(query)).toBeNull();
  });
});
