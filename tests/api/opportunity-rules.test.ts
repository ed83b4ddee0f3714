import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { adminToken, call, newUser, type TestUser } from './client';

// docs/opportunities.md: an interviewer earns an opportunity only for a real interview (long
// enough, the interviewee worked), once a day per pair of users and a few times a day in all; an
// interview too short to count gives the interviewee theirs back. The test server sets
// INTERVIEW_REWARD_MIN_SECONDS to 2 (production: 600); INTERVIEW_REWARDS_PER_DAY is 3.

interface Balance {
  opportunities: number;
  history: Array<{ type: string; sessionId?: string; reason: string }>;
}

let twoSum: string;
beforeAll(async () => {
  const bank = await call<{ items: Array<{ questionId: string; slug: string }> }>('/api/v1/questions?q=two-sum&pageSize=10', {
    token: await adminToken(),
  });
  twoSum = bank.body.items.find((q) => q.slug === 'two-sum')!.questionId;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const post = <T = Record<string, unknown>>(path: string, user: TestUser, body?: unknown) =>
  call<T>(path, { method: 'POST', token: user.accessToken, body });
const balance = async (user: TestUser) => (await call<Balance>('/api/v1/gamification/opportunities', { token: user.accessToken })).body;

/** A started room: the interviewee has spent one opportunity. */
async function started(interviewee: TestUser, interviewer: TestUser): Promise<string> {
  const created = await call<{ roomId: string }>('/api/v1/rooms', {
    token: SYSTEM_TOKEN,
    body: { questionId: twoSum, participants: [interviewee.userId, interviewer.userId] },
  });
  expect(created.status).toBe(201);
  expect((await post(`/api/v1/rooms/${created.body.roomId}/start`, interviewee)).status).toBe(200);
  return created.body.roomId;
}

/** The interviewee works: a submission judged in the room. */
async function work(roomId: string, interviewee: TestUser): Promise<void> {
  expect((await post(`/api/v1/rooms/${roomId}/submit`, interviewee, { code: 'function twoSum() { return []; }' })).status).toBe(200);
}

const end = (roomId: string, user: TestUser) => post<{ reward: string; sessionId: string }>(`/api/v1/rooms/${roomId}/end`, user);

describe('what an ended interview pays (docs/opportunities.md)', () => {
  it('pays nothing for an interview too short to count, and gives the interviewee’s opportunity back', async () => {
    const [interviewee, interviewer] = await Promise.all([newUser(), newUser()]);
    // Ended at once (a judged submission alone could take the 2 s the test server asks for).
    const roomId = await started(interviewee, interviewer);
    expect((await balance(interviewee)).opportunities).toBe(0);
    const ended = await end(roomId, interviewer);
    expect(ended.status).toBe(200);
    expect(ended.body.reward).toBe('too_short');
    const back = await balance(interviewee);
    expect(back.opportunities).toBe(1);
    expect(back.history[0]).toMatchObject({ type: 'refunded', sessionId: ended.body.sessionId });
    expect((await balance(interviewer)).opportunities).toBe(1);
    // Ending again pays nothing more either way.
    expect((await end(roomId, interviewee)).body.reward).toBe('too_short');
    expect((await balance(interviewee)).opportunities).toBe(1);
  });

  it('pays nothing for an interview in which the interviewee did no work', async () => {
    const [interviewee, interviewer] = await Promise.all([newUser(), newUser()]);
    const roomId = await started(interviewee, interviewer);
    await sleep(2100);
    expect((await end(roomId, interviewer)).body.reward).toBe('no_work');
    expect((await balance(interviewer)).opportunities).toBe(1);
    expect((await balance(interviewee)).opportunities).toBe(0);
  });

  it('pays a pair once a day: two accounts cannot pass opportunities back and forth', async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    const first = await started(alice, bob);
    await work(first, alice);
    await sleep(2100);
    expect((await end(first, alice)).body.reward).toBe('earned');
    expect((await balance(bob)).opportunities).toBe(2);
    // The other way round, the same day: Bob spends, Alice earns nothing.
    const second = await started(bob, alice);
    await work(second, bob);
    await sleep(2100);
    expect((await end(second, bob)).body.reward).toBe('pair_limit');
    expect((await balance(alice)).opportunities).toBe(0);
    expect((await balance(bob)).opportunities).toBe(1);
  });

  it('pays an interviewer at most three interviews a day, however many end at once', async () => {
    const interviewer = await newUser();
    const interviewees = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
    const rooms = await Promise.all(interviewees.map((interviewee) => started(interviewee, interviewer)));
    await Promise.all(rooms.map((roomId, i) => work(roomId, interviewees[i]!)));
    await sleep(2100);
    const rewards = await Promise.all(rooms.map((roomId) => end(roomId, interviewer)));
    expect(rewards.map((r) => r.body.reward).sort()).toEqual(['daily_limit', 'earned', 'earned', 'earned']);
    const after = await balance(interviewer);
    expect(after.opportunities).toBe(4);
    expect(after.history.filter((e) => e.type === 'earned')).toHaveLength(3);
  });

  it('leaves the system caller’s §5.3 reward outside these rules', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) {
      const reply = await call('/api/v1/gamification/opportunities/reward', { token: SYSTEM_TOKEN, body: { userId: user.userId } });
      expect(reply.status).toBe(200);
    }
    expect((await balance(user)).opportunities).toBe(6);
  });
});
