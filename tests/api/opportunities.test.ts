import { describe, expect, it } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { call, newUser } from './client';

// codemeet-api.md §5: a balance that never goes below zero, a ledger as its history, and a daily
// reset that runs once per Asia/Taipei day and never lowers a balance.

interface Opportunities {
  userId: string;
  opportunities: number;
  nextResetAt: string;
  history: Array<{ type: string; amount: number; reason: string; timestamp: string; balanceAfter: number; sessionId?: string }>;
}

const consume = (userId: string, sessionId?: string) =>
  call('/api/v1/gamification/opportunities/consume', { token: SYSTEM_TOKEN, body: { userId, ...(sessionId ? { sessionId } : {}) } });
const reward = (userId: string, sessionId?: string) =>
  call('/api/v1/gamification/opportunities/reward', { token: SYSTEM_TOKEN, body: { userId, ...(sessionId ? { sessionId } : {}) } });
const balance = async (token: string) => (await call<Opportunities>('/api/v1/gamification/opportunities', { token })).body;

describe('interview opportunities', () => {
  it('starts a new user with one, says when the next reset is (00:00 Asia/Taipei), and has no history yet', async () => {
    const user = await newUser();
    const reply = await call<Opportunities>('/api/v1/gamification/opportunities', { token: user.accessToken });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ userId: user.userId, opportunities: 1, history: [] });
    const next = new Date(reply.body.nextResetAt);
    expect(next.getUTCHours()).toBe(16);
    expect(next.getUTCMinutes()).toBe(0);
    expect(next.getTime() - Date.now()).toBeGreaterThan(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  it('names the user as usr_N, as "N" or as the JSON number N (decision V2), and refuses anything else with 400', async () => {
    const user = await newUser();
    const n = Number(user.userId.replace('usr_', ''));
    const move = (path: 'consume' | 'reward', userId: unknown) =>
      call(`/api/v1/gamification/opportunities/${path}`, { token: SYSTEM_TOKEN, body: { userId } });
    expect((await move('consume', n)).body).toMatchObject({ opportunities: 0, consumed: 1 });
    expect((await move('reward', String(n))).body).toMatchObject({ opportunities: 1, earned: 1 });
    for (const userId of [0, -2, 2.5, 2 ** 31, true, 'usr_x', null]) {
      const refused = await move('reward', userId);
      expect(refused, JSON.stringify(userId)).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_ERROR', errors: { UserId: expect.any(Array) } },
      });
    }
    expect((await call<Opportunities>('/api/v1/gamification/opportunities', { token: user.accessToken })).body.opportunities).toBe(1);
  });

  it('spends and earns for the system caller only, refuses at zero, and a replayed session changes nothing', async () => {
    const user = await newUser();
    const spent = await consume(user.userId, 'session_a');
    expect(spent.status).toBe(200);
    expect(spent.body).toMatchObject({ opportunities: 0, consumed: 1 });
    const replay = await consume(user.userId, 'session_a');
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ opportunities: 0, consumed: 0, timestamp: spent.body.timestamp });
    const none = await consume(user.userId, 'session_b');
    expect(none.status).toBe(403);
    expect(none.body).toMatchObject({ code: 'INSUFFICIENT_OPPORTUNITIES', status: 403 });
    expect((await reward(user.userId, 'session_c')).body).toMatchObject({ opportunities: 1, earned: 1 });
    expect((await reward(user.userId, 'session_c')).body).toMatchObject({ opportunities: 1, earned: 0 });
    // A user cannot grant themselves anything.
    const self = await call('/api/v1/gamification/opportunities/reward', { token: user.accessToken, body: { userId: user.userId } });
    expect(self.status).toBe(403);
    expect((await consume('usr_999999999')).status).toBe(404);
    const mine = await balance(user.accessToken);
    expect(mine.opportunities).toBe(1);
    expect(mine.history.map((e) => [e.type, e.amount, e.balanceAfter, e.sessionId])).toEqual([
      ['earned', 1, 1, 'session_c'],
      ['consumed', -1, 0, 'session_a'],
    ]);
    expect(mine.history[1]!.reason).toBe('Started interview as interviewee');
  });

  it('never drives a balance below zero: 50 concurrent starts against a balance of 3 spend exactly 3', async () => {
    const user = await newUser();
    await reward(user.userId);
    await reward(user.userId);
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => consume(user.userId, `s${i}`)));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(3);
    expect(replies.filter((r) => r.status === 403)).toHaveLength(47);
    const after = await balance(user.accessToken);
    expect(after.opportunities).toBe(0);
    expect(after.history.filter((e) => e.type === 'consumed')).toHaveLength(3);
  });

  it('resets once a day: tops balances up without lowering any, and a second run that day changes nothing', async () => {
    const [empty, rich] = await Promise.all([newUser(), newUser()]);
    await consume(empty.userId);
    await reward(rich.userId);
    await reward(rich.userId);
    const first = await call<{ affectedUsers: number; resetAt: string; alreadyRan: boolean; day: string }>(
      '/api/v1/gamification/opportunities/reset',
      { token: SYSTEM_TOKEN, method: 'POST' },
    );
    expect(first.status).toBe(200);
    expect(first.body.alreadyRan).toBe(false);
    expect(first.body.affectedUsers).toBeGreaterThanOrEqual(1);
    expect(new Date(first.body.resetAt).getUTCHours()).toBe(16);
    expect((await balance(empty.accessToken)).opportunities).toBe(1);
    expect((await balance(empty.accessToken)).history[0]).toMatchObject({
      type: 'reset',
      amount: 1,
      reason: 'Daily reset',
      balanceAfter: 1,
    });
    expect((await balance(rich.accessToken)).opportunities).toBe(3);

    // Spent again after the reset: a second run the same day (POST, or Vercel Cron's GET) gives nothing back.
    await consume(empty.userId);
    for (const method of ['POST', 'GET']) {
      const again = await call('/api/v1/gamification/opportunities/reset', { token: SYSTEM_TOKEN, method });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ alreadyRan: true, affectedUsers: first.body.affectedUsers, resetAt: first.body.resetAt });
    }
    expect((await balance(empty.accessToken)).opportunities).toBe(0);
    const user = await call('/api/v1/gamification/opportunities/reset', { token: empty.accessToken, method: 'POST' });
    expect(user.status).toBe(403);
  });
});
