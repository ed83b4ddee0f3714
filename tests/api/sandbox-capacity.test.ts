import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { startApp, type AppServer } from '../harness/processes';

// Its own server with two runner slots and eight queue places. With the default shares a user
// holds at most one slot and four queue places, so one user's burst leaves the other slot free.
// The server it starts is the same in every leg of the suite: it runs in the embedded-database one.
const RUN = inject('leg') === 'pglite';
let app: AppServer;
beforeAll(async () => {
  if (!RUN) return;
  app = await startApp({ env: { SANDBOX_CONCURRENCY: '2', SANDBOX_MAX_QUEUE: '8' } });
});
afterAll(() => app?.stop());

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  /** When the answer arrived (performance.now()). */
  at: number;
}

async function post(path: string, body: unknown, options: { token?: string; ip?: string } = {}): Promise<Reply> {
  const res = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.ip ? { 'X-Forwarded-For': options.ip } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown>, at: performance.now() };
}

/** A fresh user, from an address of its own (sign-up and log-in are limited to 5 a minute per address). */
async function newUser(): Promise<string> {
  const b = randomBytes(4);
  const ip = `10.${b[0]}.${b[1]}.${b[2]}`;
  const email = `capacity-${b.toString('hex')}@example.com`;
  const password = 'Passw0rdOk';
  const registered = await post('/api/v1/auth/register', { email, password, displayName: `capacity ${b[3]}` }, { ip });
  expect(registered.status).toBe(201);
  const login = await post('/api/v1/auth/login', { email, password }, { ip });
  expect(login.status).toBe(200);
  return login.body.accessToken as string;
}

const sleeper = (seconds: number) => ({ language: 'python', code: `import time\ntime.sleep(${seconds})\nprint("done")` });
const oneLiner = { language: 'python', code: 'print(6 * 7)' };

/** Starts `count` runs at once; `answered(n)` resolves once n of them have answered. */
function burst(token: string, body: unknown, count: number) {
  const replies: Reply[] = [];
  let notify: () => void = () => undefined;
  const all = Promise.all(
    Array.from({ length: count }, () =>
      post('/api/v1/executions', body, { token }).then((reply) => {
        replies.push(reply);
        notify();
        return reply;
      }),
    ),
  );
  const answered = async (n: number) => {
    while (replies.length < n) await Promise.race([new Promise<void>((resolve) => (notify = resolve)), all]);
  };
  return { all, answered };
}

describe.skipIf(!RUN)('sandbox capacity', () => {
  it('keeps one user’s burst of runs from starving another user’s run: the burst’s excess gets 429', async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    // Twenty slow runs: at most one slot and four queue places are Alice's, the rest is refused at once.
    const aliceBurst = burst(alice, sleeper(2), 20);
    // Refusals answer at once, accepted runs only after their 2 s sleep (within the 3 s time
    // limit): once ten have answered the burst is all in, and Bob's run comes during it.
    await aliceBurst.answered(10);
    const bobReply = await post('/api/v1/executions', oneLiner, { token: bob });
    const aliceReplies = await aliceBurst.all;

    expect(bobReply.status).toBe(200);
    expect(bobReply.body).toMatchObject({ status: 'success', output: '42\n', error: null });
    const accepted = aliceReplies.filter((r) => r.status === 200);
    const refused = aliceReplies.filter((r) => r.status !== 200);
    expect(accepted).toHaveLength(5);
    for (const reply of accepted) expect(reply.body).toMatchObject({ status: 'success', output: 'done\n' });
    // Bob did not wait for Alice's backlog: he had his answer before her first run finished.
    expect(bobReply.at).toBeLessThan(Math.min(...accepted.map((r) => r.at)));
    expect(refused).toHaveLength(15);
    for (const reply of refused) {
      expect(reply.status).toBe(429);
      expect(reply.body).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', status: 429 });
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  }, 90_000);

  it('answers 503 with Retry-After when every slot and queue place is taken, and keeps serving', async () => {
    const [first, second, third] = await Promise.all([newUser(), newUser(), newUser()]);
    // Six runs each: one slot and four queue places per user fill both slots and all eight places;
    // the sixth run of each is that user's own excess (429) and says their five are in.
    const bursts = [burst(first, sleeper(2), 6), burst(second, sleeper(2), 6)];
    await Promise.all(bursts.map((b) => b.answered(1)));
    const late = await post('/api/v1/executions', oneLiner, { token: third });
    expect(late.status).toBe(503);
    expect(late.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(Number(late.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const replies of await Promise.all(bursts.map((b) => b.all))) {
      expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 429]);
      expect(replies.filter((r) => r.status === 200).every((r) => r.body.output === 'done\n')).toBe(true);
    }
    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  }, 90_000);
});
