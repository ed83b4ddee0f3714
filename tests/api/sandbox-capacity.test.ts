import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../harness/processes';

// Its own server with one runner slot and one queue place, so a third concurrent run overflows.
let app: AppServer;
beforeAll(async () => {
  app = await startApp({ env: { SANDBOX_CONCURRENCY: '1', SANDBOX_MAX_QUEUE: '1' } });
});
afterAll(() => app?.stop());

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('sandbox capacity', () => {
  it('answers 503 with Retry-After when every slot and queue place is taken, and keeps serving', async () => {
    const login = await post('/api/v1/auth/login', { email: 'demo@codemeet.tw', password: 'Demo12345' });
    const token = login.body.accessToken as string;
    const slow = { language: 'python', code: 'import time\ntime.sleep(1.5)\nprint("done")' };
    const replies = await Promise.all([1, 2, 3, 4].map(() => post('/api/v1/executions', slow, token)));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 503, 503]);
    const busy = replies.find((r) => r.status === 503)!;
    expect(busy.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(replies.filter((r) => r.status === 200).every((r) => r.body.output === 'done\n')).toBe(true);
    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });
});
