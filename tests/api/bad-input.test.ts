import { describe, expect, it } from 'vitest';
import { call, newUser } from './client';

interface OpenApi {
  paths: Record<string, Record<string, { security: unknown[]; requestBody?: { content: Record<string, unknown> } }>>;
}

const JUNK: Array<[string, string]> = [
  ['null', 'null'],
  ['an array', '[1,2,3]'],
  ['a string', '"hello"'],
  ['a number', '42'],
  ['wrong types', '{"email":42,"password":true,"name":[],"account":{},"languages":"x","difficulty":7,"refreshToken":1,"sex":1}'],
  ['a 100k string', JSON.stringify({ name: 'x'.repeat(100_000), email: 'y'.repeat(100_000), password: 'Aa1'.repeat(30_000) })],
  ['deep nesting', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`],
  ['broken JSON', '{"email": '],
  ['NUL bytes and unpaired surrogates', '{"name":"\\u0000\\ud800","email":"a\\u0000@example.com"}'],
];

describe('bad input on every JSON route of the OpenAPI document', async () => {
  const doc = (await call<OpenApi>('/api/openapi.json')).body;
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.requestBody?.content['application/json'])
      .map(([method, op]) => ({ path, method: method.toUpperCase(), needsUser: op.security.length > 0 })),
  );

  it('has JSON routes to check', () => expect(operations.length).toBeGreaterThan(5));

  for (const op of operations) {
    it(`${op.method} ${op.path} answers every malformed body with a 4xx in its contract's shape`, async () => {
      const user = op.needsUser ? await newUser() : undefined;
      for (const [, raw] of JUNK) {
        const reply = await call(op.path, {
          method: op.method,
          rawBody: raw,
          headers: { 'Content-Type': 'application/json' },
          token: user?.accessToken,
        });
        expect(reply.status, `${op.method} ${op.path} with ${raw.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
        expect(reply.status).toBeLessThan(500);
        if (op.path.startsWith('/api/v1/')) expect(reply.body).toMatchObject({ type: expect.any(String), status: reply.status });
        else expect(reply.body).toMatchObject({ message: expect.any(String) });
      }
      if (user) {
        // Nothing was written: the user's profile is as it was created.
        const me = await call('/api/v1/users/me', { token: user.accessToken });
        expect(me.body).toMatchObject({ displayName: user.name, preferences: { languages: [], difficulty: 'Medium', enableVideo: true } });
      }
    });
  }
});
