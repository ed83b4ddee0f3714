import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPE, call, newIp, newUser, type Reply } from './client';

/** Decision 2: a 429 says which limit it hit and when it restarts (draft-ietf-httpapi-ratelimit-headers-06). */
function expectQuotaSpent(limited: Reply, limit: number): void {
  const header = (name: string) => limited.headers.get(name);
  const retryAfter = Number(header('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect([header('ratelimit-limit'), header('ratelimit-remaining'), header('ratelimit-reset')]).toEqual([
    String(limit),
    '0',
    String(retryAfter),
  ]);
}

describe('rate limits (codemeet-api.md Appendix A)', () => {
  it('allows 5 auth requests a minute per client, then 429 with Retry-After and RateLimit-* in the v1 shape', async () => {
    const ip = newIp();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await call('/api/v1/auth/login', { body: { email: 'x@example.com', password: 'Wrong1234' }, ip })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const limited = await call('/api/v1/auth/login', { body: { email: 'x@example.com', password: 'Wrong1234' }, ip });
    expect(limited).toMatchObject({ status: 429, body: { type: PROBLEM_TYPE, code: 'RATE_LIMIT_EXCEEDED' } });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expectQuotaSpent(limited, 5);
    // Another client is not affected.
    expect((await call('/api/v1/auth/login', { body: { email: 'x@example.com', password: 'Wrong1234' } })).status).toBe(400);
  });

  it('keys on the address the proxy appended, not on what the client wrote before it', async () => {
    const ip = newIp();
    for (let i = 0; i < 5; i++) {
      await call('/api/v1/auth/login', {
        body: { email: 'x@example.com', password: 'Wrong1234' },
        headers: { 'X-Forwarded-For': `9.9.9.${i}, ${ip}` },
      });
    }
    const spoofed = await call('/api/v1/auth/login', {
      body: { email: 'x@example.com', password: 'Wrong1234' },
      headers: { 'X-Forwarded-For': `8.8.8.8, ${ip}` },
    });
    expect(spoofed.status).toBe(429);
  });

  it('limits the ai-interview log-in too, with a Chinese message and the same headers', async () => {
    const ip = newIp();
    for (let i = 0; i < 5; i++) await call('/api/users/login', { body: { account: 'nobody', password: 'Wrong1234' }, ip });
    const limited = await call('/api/users/login', { body: { account: 'nobody', password: 'Wrong1234' }, ip });
    expect(limited).toMatchObject({ status: 429, body: { message: '請求過於頻繁，請稍後再試' } });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expectQuotaSpent(limited, 5);
  });

  it('allows 100 general requests a minute per user, then 429 with the quota it spent, in both contracts', async () => {
    const user = await newUser();
    // newUser() spent one general request (its profile read).
    const replies = await Promise.all(Array.from({ length: 99 }, () => call('/api/v1/users/me', { token: user.accessToken })));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies.map((r) => Number(r.headers.get('ratelimit-remaining'))).sort((a, b) => a - b)[0]).toBe(0);
    const limited = await call('/api/v1/users/me', { token: user.accessToken });
    expect(limited).toMatchObject({ status: 429, body: { code: 'RATE_LIMIT_EXCEEDED' } });
    expectQuotaSpent(limited, 100);
    const legacy = await call('/api/users/profile', { token: user.accessToken, tokenHeader: true });
    expect(legacy).toMatchObject({ status: 429, body: { message: '請求過於頻繁，請稍後再試' } });
    expectQuotaSpent(legacy, 100);
  });
});
