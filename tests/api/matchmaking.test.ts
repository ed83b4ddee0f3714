import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYSTEM_TOKEN, startApp, type AppServer, freshDatabase } from '../harness/processes';
import { baseUrl, call, newIp, PASSWORD, uniqueName, type Reply } from './client';
import { contractViolation } from './contract';
import { inLegs } from '../support/skips';

// codemeet-api.md §2: joining the queue, its status, leaving it, and the current match. Pairs
// are made once, whatever races: on one server, and across two instances on one PostgreSQL.

interface QueueEntry {
  queueId: string;
  status: 'waiting' | 'matched' | 'cancelled' | 'expired';
  role: string;
  language: string;
  difficulty: string;
  enableVideo: boolean;
  enteredAt: string;
  expiresAt: string;
  estimatedWaitTime?: number;
  leftAt?: string;
  matchId?: string;
  roomId?: string;
  partner?: { displayName: string; role: string };
}

interface CurrentMatch {
  matchId: string;
  participants: Array<{ userId: string; role: string; displayName: string }>;
  question: { questionId: string; title: string; titleZh: string; difficulty: string };
  room: { roomId: string; videoUrl: string; editorUrl: string; expiresAt: string };
  status: string;
  language: string;
  difficulty: string;
  enableVideo: boolean;
  createdAt: string;
}

interface Person {
  userId: string;
  name: string;
  token: string;
}

type Join = { role: 'interviewee' | 'interviewer'; language: string; difficulty: string; enableVideo?: boolean };

/** One server's matchmaking endpoints, each answer held to what the route declares. */
function api(origin: () => string) {
  async function request<T>(path: string, options: { method?: string; body?: unknown; token?: string; ip?: string }): Promise<Reply<T>> {
    const method = options.method ?? (options.body !== undefined ? 'POST' : 'GET');
    const res = await fetch(`${origin()}${path}`, {
      method,
      headers: {
        'X-Forwarded-For': options.ip ?? newIp(),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await res.text();
    const body = (text ? JSON.parse(text) : null) as T;
    // Every server here serves the same routes: the suite server's document describes them all.
    const violation = await contractViolation(baseUrl(), method, path, res.status, res.headers.get('content-type'), body);
    if (violation) throw new Error(`contract violation: ${violation}`);
    return { status: res.status, headers: res.headers, body };
  }
  return {
    request,
    join: (who: Person, body: Join) => request<QueueEntry>('/api/v1/matches/queue', { token: who.token, body }),
    status: (who: Person, queueId: string) => request<QueueEntry>(`/api/v1/matches/queue/${queueId}`, { token: who.token }),
    cancel: (who: Person, queueId: string) => request<null>(`/api/v1/matches/queue/${queueId}`, { token: who.token, method: 'DELETE' }),
    current: (who: Person) => request<CurrentMatch>('/api/v1/matches/current', { token: who.token }),
    /** A user registered and logged in on this server. */
    async person(): Promise<Person> {
      const ip = newIp();
      const name = uniqueName('mm');
      const email = `${name}@example.com`;
      const reg = await request<{ userId: string }>('/api/v1/auth/register', {
        body: { email, password: PASSWORD, displayName: name },
        ip,
      });
      if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${JSON.stringify(reg.body)}`);
      const login = await request<{ accessToken: string }>('/api/v1/auth/login', { body: { email, password: PASSWORD }, ip });
      if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
      return { userId: reg.body.userId, name, token: login.body.accessToken };
    },
  };
}

const suite = api(baseUrl);

/** Polls (no faster than every 250 ms: a user's budget is 100 requests a minute) until probe answers. */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs fn over items, at most `width` at a time. */
async function pool<T, R>(items: T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

async function people(n: number, on = suite): Promise<Person[]> {
  return pool(Array.from({ length: n }), 4, () => on.person());
}

// The suite's server is shared with every other test file: whatever a test leaves waiting is cancelled after it.
const waiting: Array<{ who: Person; queueId: string; on: ReturnType<typeof api> }> = [];
const track = (on: ReturnType<typeof api>, who: Person, reply: Reply<QueueEntry>) => {
  if (reply.status === 202) waiting.push({ who, queueId: reply.body.queueId, on });
  return reply;
};
afterEach(async () => {
  await Promise.all(waiting.splice(0).map(({ who, queueId, on }) => on.cancel(who, queueId)));
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('the match queue (codemeet-api.md §2)', () => {
  it('joins with 202 and the contract’s fields; a second join, even a concurrent one, is 409 ALREADY_IN_QUEUE', async () => {
    const [ana, bo] = await people(2);
    const first = track(suite, ana!, await suite.join(ana!, { role: 'interviewer', language: 'Python', difficulty: 'medium' }));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      queueId: expect.stringMatching(/^queue_\d+$/),
      status: 'waiting',
      estimatedWaitTime: expect.any(Number),
      enteredAt: expect.stringMatching(ISO),
      role: 'interviewer',
      language: 'python',
      difficulty: 'Medium',
      enableVideo: false,
    });
    expect(first.headers.get('location')).toBe(`/api/v1/matches/queue/${first.body.queueId}`);
    expect(Date.parse(first.body.expiresAt) - Date.parse(first.body.enteredAt)).toBe(600_000);
    const again = await suite.join(ana!, { role: 'interviewee', language: 'java', difficulty: 'Easy' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ALREADY_IN_QUEUE', status: 409 });

    const racing = await Promise.all(
      Array.from({ length: 6 }, () => suite.join(bo!, { role: 'interviewer', language: 'python', difficulty: 'Hard', enableVideo: true })),
    );
    racing.forEach((reply) => track(suite, bo!, reply));
    expect(racing.filter((r) => r.status === 202)).toHaveLength(1);
    expect(racing.filter((r) => r.status === 409).map((r) => (r.body as unknown as { code: string }).code)).toEqual(
      Array(5).fill('ALREADY_IN_QUEUE'),
    );
  });

  it('refuses a malformed body with every field named', async () => {
    const [ana] = await people(1);
    const reply = await suite.request<{ errors: Record<string, string[]> }>('/api/v1/matches/queue', {
      token: ana!.token,
      body: { role: 'boss', language: 'cobol', difficulty: 'Extreme', enableVideo: 'yes', extra: 1 },
    });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.errors).sort()).toEqual(['Difficulty', 'EnableVideo', 'Extra', 'Language', 'Role']);
    const empty = await suite.request<{ errors: Record<string, string[]> }>('/api/v1/matches/queue', { token: ana!.token, body: {} });
    expect(empty.body.errors).toMatchObject({
      Role: [expect.any(String)],
      Language: ['Language is required'],
      Difficulty: ['Difficulty is required'],
    });
    expect((await suite.request('/api/v1/matches/queue', { body: {} })).status).toBe(401);
  });

  it('refuses an interviewee with no opportunity left (403), not an interviewer', async () => {
    const [ana] = await people(1);
    const spent = await call('/api/v1/gamification/opportunities/consume', { token: SYSTEM_TOKEN, body: { userId: ana!.userId } });
    expect(spent.body).toMatchObject({ opportunities: 0 });
    const refused = await suite.join(ana!, { role: 'interviewee', language: 'cpp', difficulty: 'Easy' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_OPPORTUNITIES', status: 403 });
    expect(track(suite, ana!, await suite.join(ana!, { role: 'interviewer', language: 'cpp', difficulty: 'Easy' })).status).toBe(202);
  });

  it('matches an interviewee with an interviewer of the same language: both see each other and the same room and question', async () => {
    const [ivee, iver, stranger] = await people(3);
    const first = track(
      suite,
      ivee!,
      await suite.join(ivee!, { role: 'interviewee', language: 'JavaScript', difficulty: 'Medium', enableVideo: true }),
    );
    expect(first.body.status).toBe('waiting');
    const second = track(
      suite,
      iver!,
      await suite.join(iver!, { role: 'interviewer', language: 'js', difficulty: 'Medium', enableVideo: true }),
    );
    expect(second.status).toBe(202);
    // A partner was waiting: matched at once.
    expect(second.body).toMatchObject({
      status: 'matched',
      matchId: expect.stringMatching(/^match_\d+$/),
      roomId: expect.stringMatching(/^room_\d+$/),
      estimatedWaitTime: 0,
    });

    const mine = await suite.status(ivee!, first.body.queueId);
    expect(mine.body).toMatchObject({
      queueId: first.body.queueId,
      status: 'matched',
      matchId: second.body.matchId,
      roomId: second.body.roomId,
      partner: { displayName: iver!.name, role: 'interviewer' },
      leftAt: expect.stringMatching(ISO),
    });
    expect(mine.body.estimatedWaitTime).toBeUndefined();
    expect((await suite.status(iver!, second.body.queueId)).body.partner).toEqual({ displayName: ivee!.name, role: 'interviewee' });

    const [a, b] = await Promise.all([suite.current(ivee!), suite.current(iver!)]);
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    const { port } = new URL(baseUrl());
    expect(a.body).toMatchObject({
      matchId: second.body.matchId,
      participants: [
        { userId: ivee!.userId, role: 'interviewee', displayName: ivee!.name },
        { userId: iver!.userId, role: 'interviewer', displayName: iver!.name },
      ],
      question: {
        questionId: expect.stringMatching(/^q_\d+$/),
        title: expect.any(String),
        titleZh: expect.any(String),
        difficulty: 'Medium',
      },
      room: {
        roomId: second.body.roomId,
        videoUrl: `http://127.0.0.1:${port}/rooms/${second.body.roomId}`,
        editorUrl: `ws://127.0.0.1:${port}/ws/rooms/${second.body.roomId}`,
        expiresAt: expect.stringMatching(ISO),
      },
      status: 'waiting',
      language: 'javascript',
      difficulty: 'Medium',
      enableVideo: true,
      createdAt: expect.stringMatching(ISO),
    });

    // The match stands: it cannot be cancelled, and nobody in a live room joins again.
    const cancel = await suite.cancel(ivee!, first.body.queueId);
    expect(cancel.status).toBe(409);
    expect(cancel.body).toMatchObject({ code: 'CONFLICT' });
    const rejoin = await suite.join(iver!, { role: 'interviewer', language: 'python', difficulty: 'Easy' });
    expect(rejoin.status).toBe(409);
    expect(rejoin.body).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining(second.body.roomId!) });
    // Anyone else has no match.
    const none = await suite.current(stranger!);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ code: 'MATCH_NOT_FOUND' });
  });

  it('cancels with 204 (again: 204), then reads cancelled; someone else’s entry is 404 MATCH_NOT_FOUND', async () => {
    const [ana, eve] = await people(2);
    const joined = await suite.join(ana!, { role: 'interviewer', language: 'cpp', difficulty: 'Hard' });
    expect(joined.status).toBe(202);
    const { queueId } = joined.body;
    for (const [method, path] of [
      ['GET', `/api/v1/matches/queue/${queueId}`],
      ['DELETE', `/api/v1/matches/queue/${queueId}`],
      ['GET', '/api/v1/matches/queue/queue_2147483647'],
      ['GET', '/api/v1/matches/queue/queue_x'],
    ] as const) {
      const reply = await suite.request(path, { method, token: eve!.token });
      expect(reply.status, `${method} ${path}`).toBe(404);
      expect(reply.body).toMatchObject({ code: 'MATCH_NOT_FOUND' });
    }
    expect((await suite.status(ana!, queueId)).body.status).toBe('waiting');
    expect((await suite.cancel(ana!, queueId)).status).toBe(204);
    expect((await suite.cancel(ana!, queueId)).status).toBe(204);
    const after = await suite.status(ana!, queueId);
    expect(after.body).toMatchObject({ status: 'cancelled', leftAt: expect.stringMatching(ISO) });
    expect(after.body.estimatedWaitTime).toBeUndefined();
    // Out of the queue: joining again is fine.
    expect(track(suite, ana!, await suite.join(ana!, { role: 'interviewer', language: 'cpp', difficulty: 'Hard' })).status).toBe(202);
  });

  it('pairs 8 interviewees and 8 interviewers joining at once into 8 matches, nobody twice', async () => {
    const crowd = await people(16);
    const roles = crowd.map((_, i) => (i % 2 === 0 ? 'interviewee' : 'interviewer') as Join['role']);
    const joins = await Promise.all(crowd.map((who, i) => suite.join(who, { role: roles[i]!, language: 'java', difficulty: 'Medium' })));
    joins.forEach((reply, i) => track(suite, crowd[i]!, reply));
    expect(joins.map((r) => r.status)).toEqual(Array(16).fill(202));
    const statuses = await waitFor('everyone to be matched', async () => {
      const all = await Promise.all(crowd.map((who, i) => suite.status(who, joins[i]!.body.queueId)));
      return all.every((s) => s.body.status === 'matched') && all.map((s) => s.body);
    });
    const byMatch = new Map<string, string[]>();
    statuses.forEach((s, i) => byMatch.set(s.matchId!, [...(byMatch.get(s.matchId!) ?? []), roles[i]!]));
    expect(byMatch.size).toBe(8);
    for (const pair of byMatch.values()) expect(pair.sort()).toEqual(['interviewee', 'interviewer']);
  });
});

/** A fresh database in the leg's PostgreSQL cluster. */
const SHORT = { MATCH_RELAX_AFTER_SECONDS: '2', MATCH_QUEUE_TTL_SECONDS: '10', RUNNERS: '0' };

// Servers of its own, with a short relaxation and expiry: on the embedded database one; on
// PostgreSQL two instances sharing one database. (The development-server leg has neither.)
describe('matchmaking on servers of its own (relaxing after 2 s, expiring after 10 s)', inLegs('pglite', 'postgres'), () => {
  let servers: AppServer[] = [];
  let databaseUrl: string | undefined;
  const on = (i: number) => api(() => servers[i % servers.length]!.baseUrl);

  beforeAll(async () => {
    if (inject('leg') === 'postgres') {
      databaseUrl = await freshDatabase(inject('postgresUrl'), 'mm');
      servers = await Promise.all([startApp({ databaseUrl, env: SHORT }), startApp({ databaseUrl, env: SHORT })]);
    } else {
      servers = [await startApp({ env: SHORT })];
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it('matches another difficulty once either has waited long enough, at the interviewee’s difficulty', async () => {
    const server = on(0);
    const [ivee, iver] = await people(2, server);
    const first = track(server, ivee!, await server.join(ivee!, { role: 'interviewee', language: 'python', difficulty: 'Easy' }));
    const second = track(server, iver!, await server.join(iver!, { role: 'interviewer', language: 'python', difficulty: 'Hard' }));
    expect(second.body.status).toBe('waiting');
    const matched = await waitFor('the relaxed match', async () => {
      const s = await server.status(ivee!, first.body.queueId);
      return s.body.status === 'matched' && s.body;
    });
    expect(matched.partner).toEqual({ displayName: iver!.name, role: 'interviewer' });
    const current = await server.current(iver!);
    expect(current.body).toMatchObject({ matchId: matched.matchId, difficulty: 'Easy', question: { difficulty: 'Easy' } });
    // Waited at least the relaxation.
    expect(Date.parse(matched.leftAt!) - Date.parse(first.body.enteredAt)).toBeGreaterThanOrEqual(1900);
  });

  it('never matches across languages, nor across difficulties before either has waited long enough', async () => {
    const server = on(0);
    const [ivee, javaIver, hardIver] = await people(3, server);
    const mine = track(server, ivee!, await server.join(ivee!, { role: 'interviewee', language: 'typescript', difficulty: 'Easy' }));
    const java = track(server, javaIver!, await server.join(javaIver!, { role: 'interviewer', language: 'java', difficulty: 'Easy' }));
    const hard = track(
      server,
      hardIver!,
      await server.join(hardIver!, { role: 'interviewer', language: 'TypeScript', difficulty: 'Hard' }),
    );
    expect([mine, java, hard].map((r) => r.body.status)).toEqual(['waiting', 'waiting', 'waiting']);
    // Once the difficulty relaxes, a sweep pairs the interviewee with the other difficulty in its
    // language; the same difficulty in another language, waiting as long, it never takes.
    const matched = await waitFor('the relaxed match', async () => {
      const s = await server.status(ivee!, mine.body.queueId);
      return s.body.status === 'matched' && s.body;
    });
    expect(matched.partner).toEqual({ displayName: hardIver!.name, role: 'interviewer' });
    expect(Date.parse(matched.leftAt!) - Date.parse(mine.body.enteredAt)).toBeGreaterThanOrEqual(1900);
    const other = await server.status(javaIver!, java.body.queueId);
    expect(other.body).toMatchObject({ status: 'waiting', estimatedWaitTime: expect.any(Number) });
    expect(other.body.partner).toBeUndefined();
  });

  it('still prefers the same difficulty: a relaxed wait never takes someone whose own difficulty is waiting', async () => {
    const server = on(0);
    const [hardIver, easyIver, ivee] = await people(3, server);
    const hard = track(server, hardIver!, await server.join(hardIver!, { role: 'interviewer', language: 'cpp', difficulty: 'Hard' }));
    await sleep(2500);
    const easy = track(server, easyIver!, await server.join(easyIver!, { role: 'interviewer', language: 'cpp', difficulty: 'Easy' }));
    const joined = track(server, ivee!, await server.join(ivee!, { role: 'interviewee', language: 'cpp', difficulty: 'Easy' }));
    expect(joined.body).toMatchObject({ status: 'matched' });
    expect((await server.status(ivee!, joined.body.queueId)).body.partner).toEqual({ displayName: easyIver!.name, role: 'interviewer' });
    expect((await server.status(easyIver!, easy.body.queueId)).body.status).toBe('matched');
    expect((await server.status(hardIver!, hard.body.queueId)).body.status).toBe('waiting');
  });

  it('expires an entry nobody matched in time: it reads expired, left when it expired, and its user may join again', async () => {
    const server = on(0);
    const [ana] = await people(1, server);
    const joined = await server.join(ana!, { role: 'interviewer', language: 'java', difficulty: 'Easy' });
    expect(Date.parse(joined.body.expiresAt) - Date.parse(joined.body.enteredAt)).toBe(10_000);
    const expired = await waitFor(
      'the entry to expire',
      async () => {
        const s = await server.status(ana!, joined.body.queueId);
        return s.body.status !== 'waiting' && s.body;
      },
      20_000,
      1000,
    );
    expect(expired).toMatchObject({ status: 'expired', leftAt: joined.body.expiresAt });
    expect((await server.cancel(ana!, joined.body.queueId)).status).toBe(204);
    expect(track(server, ana!, await server.join(ana!, { role: 'interviewer', language: 'java', difficulty: 'Easy' })).status).toBe(202);
  });

  it(
    '200 users joining at once across two instances on one PostgreSQL are each matched at most once',
    { ...inLegs('postgres'), timeout: 120_000 },
    async () => {
      const started = Date.now();
      // Half of the users are made on each instance: registration hashes passwords (argon2), the slow part.
      const crowd = await pool(Array.from({ length: 200 }), 8, (_, i) => on(i).person());
      const roleOf = (i: number): Join['role'] => (i < 100 ? 'interviewee' : 'interviewer');
      const difficulties = ['Easy', 'Medium', 'Hard'];
      // All at once, each instance taking interviewees and interviewers alike, at mixed difficulties.
      const joins = await Promise.all(
        crowd.map((who, i) => on(i).join(who, { role: roleOf(i), language: 'typescript', difficulty: difficulties[(i * 7) % 3]! })),
      );
      expect(joins.map((r) => r.status)).toEqual(Array(200).fill(202));

      // The sweeps settle the rest (mixed difficulties relax after 2 s).
      // The crowd's rows only: the tests before this one matched people of their own on this database.
      const ids = crowd.map((who) => Number(who.userId.replace(/^usr_/, '')));
      const sql = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
      try {
        await waitFor(
          'the queue to settle',
          async () => {
            const [row] = await sql<{ waiting: number }[]>`
              select count(*)::int as waiting from match_queue where status = 'waiting' and user_id = any(${ids})`;
            return row!.waiting === 0;
          },
          30_000,
        );
        const [counts] = await sql<{ entries: number; matched: number; matches: number; people: number; twice: number }[]>`
          with mine as (select * from matches where interviewee_id = any(${ids}) or interviewer_id = any(${ids})),
               people as (select interviewee_id as user_id from mine union all select interviewer_id from mine)
          select (select count(*)::int from match_queue where user_id = any(${ids})) as entries,
                 (select count(*)::int from match_queue where user_id = any(${ids}) and status = 'matched') as matched,
                 (select count(*)::int from mine) as matches,
                 (select count(distinct user_id)::int from people) as people,
                 (select count(*)::int from (select user_id from people group by user_id having count(*) > 1) t) as twice`;
        // One entry each, every one matched, 100 matches of 200 different people: nobody twice, nobody left out.
        expect(counts).toEqual({ entries: 200, matched: 200, matches: 100, people: 200, twice: 0 });
      } finally {
        await sql.end();
      }

      // And as each user sees it: everyone's entry is matched, and their current match pairs them with someone of the other role.
      const seen = await pool(crowd, 16, async (who, i) => {
        const [status, current] = await Promise.all([on(i + 1).status(who, joins[i]!.body.queueId), on(i).current(who)]);
        expect(status.body.status).toBe('matched');
        expect(current.body.matchId).toBe(status.body.matchId);
        expect(current.body.participants.find((p) => p.userId === who.userId)?.role).toBe(roleOf(i));
        return current.body;
      });
      const byMatch = new Map<string, string[]>();
      seen.forEach((match, i) => byMatch.set(match.matchId, [...(byMatch.get(match.matchId) ?? []), crowd[i]!.userId]));
      expect(byMatch.size).toBe(100);
      for (const [matchId, members] of byMatch) {
        const match = seen.find((m) => m.matchId === matchId)!;
        expect(members.sort()).toEqual(match.participants.map((p) => p.userId).sort());
        expect(match.participants.map((p) => p.role)).toEqual(['interviewee', 'interviewer']);
      }
      expect(Date.now() - started).toBeLessThan(60_000);
    },
  );
});
