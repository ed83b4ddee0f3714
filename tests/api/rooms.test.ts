import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { adminToken, baseUrl, call, newUser, type TestUser } from './client';

// codemeet-api.md §4 Interview Room Service: rooms made by the system caller, joined, started
// (the interviewee spends an opportunity), judged, given feedback, ended (the interviewer earns
// one), listed in each member's history, and the interviewer's pane with its hints.

interface RoomCreated {
  roomId: string;
  matchId: string;
  videoUrl: string;
  editorUrl: string;
  expiresAt: string;
}
interface Started {
  sessionId: string;
  startedAt: string;
  questionDetails: { questionId: string; title: string; difficulty: string };
}
interface Ended {
  sessionId: string;
  duration: number;
  endedAt: string;
  summary: { questionsAsked: number; solutionsSubmitted: number; feedbackExchanged: boolean };
  reward: string;
}
interface Hint {
  index: number;
  en: string;
  zh: string;
  revealed: boolean;
}
interface RoomDetail {
  roomId: string;
  status: string;
  role: string;
  partner: { userId: string; displayName: string; role: string };
  language: string;
  hintsRevealed: number;
  hintsTotal: number;
  question: { questionId: string; title: string; starterCode: string; visibleTestCases: unknown[]; constraints: string[] };
  hints: Hint[];
  interviewer?: { solution: { language: string; code: string }; rubric: Array<{ id: string; name: { en: string; zh: string } }> };
}
interface FeedbackEntry {
  feedbackId: string;
  fromUserId: string;
  targetUserId: string;
  rating: number;
  comment: string;
}
interface FeedbackView {
  given: FeedbackEntry | null;
  received: FeedbackEntry | null;
  partnerGave: boolean;
}
interface HistoryPage {
  items: Array<{
    sessionId: string;
    roomId: string;
    status: string;
    myRole: string;
    partner: { displayName: string; role: string };
    question: { title: string; difficulty: string };
    duration: number | null;
    feedback: { rating: number; comment: string } | null;
    startedAt: string;
    endedAt: string | null;
    links: { room: string; replay: string };
  }>;
  pagination: { page: number; pageSize: number; totalItems: number; totalPages: number };
}
interface JobBody {
  jobId: string;
  state: string;
  submissionId?: string;
  links: { self: string };
}

let twoSum: string;

beforeAll(async () => {
  const bank = await call<{ items: Array<{ questionId: string; slug: string }> }>('/api/v1/questions?q=two-sum&pageSize=10', {
    token: await adminToken(),
  });
  twoSum = bank.body.items.find((q) => q.slug === 'two-sum')!.questionId;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createRoom(interviewee: TestUser, interviewer: TestUser, extra: Record<string, unknown> = {}): Promise<RoomCreated> {
  const reply = await call<RoomCreated>('/api/v1/rooms', {
    token: SYSTEM_TOKEN,
    body: { questionId: twoSum, participants: [interviewee.userId, interviewer.userId], ...extra },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

const post = <T = Record<string, unknown>>(path: string, user: TestUser, body?: unknown, headers?: Record<string, string>) =>
  call<T>(path, { method: 'POST', token: user.accessToken, body, headers });
const get = <T = Record<string, unknown>>(path: string, user: TestUser) => call<T>(path, { token: user.accessToken });
const room = (id: string, action = '') => `/api/v1/rooms/${id}${action ? `/${action}` : ''}`;
const balance = async (user: TestUser) =>
  (await get<{ opportunities: number; history: Array<{ type: string; sessionId?: string }> }>('/api/v1/gamification/opportunities', user))
    .body;
const reward = (user: TestUser) =>
  call('/api/v1/gamification/opportunities/reward', { token: SYSTEM_TOKEN, body: { userId: user.userId } });

/** Two fresh users and a room between them, the first the interviewee. */
async function pair(extra: Record<string, unknown> = {}) {
  const [interviewee, interviewer] = await Promise.all([newUser(), newUser()]);
  const created = await createRoom(interviewee, interviewer, extra);
  return { interviewee, interviewer, roomId: created.roomId, created };
}

function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function pollJob(path: string, user: TestUser): Promise<JobBody> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const reply = await get<JobBody>(path, user);
    expect(reply.status).toBe(200);
    if (['done', 'failed', 'cancelled'].includes(reply.body.state)) return reply.body;
    if (Date.now() > deadline) throw new Error(`job still ${reply.body.state}`);
    await sleep(250);
  }
}

describe('POST /api/v1/rooms (4.1, system caller)', () => {
  it('makes a match and its room for two users, with absolute links to the room page and its WebSocket', async () => {
    const { interviewee, created } = await pair();
    expect(created.roomId).toMatch(/^room_\d+$/);
    expect(created.matchId).toMatch(/^match_\d+$/);
    const origin = baseUrl();
    expect(created.videoUrl).toBe(`${origin}/rooms/${created.roomId}`);
    expect(created.editorUrl).toBe(`${origin.replace(/^http/, 'ws')}/ws/rooms/${created.roomId}`);
    // ROOM_TTL_MINUTES (60 by default).
    const ttl = Date.parse(created.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000);
    const mine = await get<RoomDetail>(room(created.roomId), interviewee);
    expect(mine.body).toMatchObject({ status: 'waiting', role: 'interviewee', language: 'javascript', hintsRevealed: 0 });
    expect(mine.body.question.questionId).toBe(twoSum);
  });

  it('takes ids as JSON numbers too (decision V2), and refuses numbers that name no row', async () => {
    const [interviewee, interviewer] = await Promise.all([newUser(), newUser()]);
    const asNumber = (id: string) => Number(id.replace(/^[a-z]+_/, ''));
    const created = await call<RoomCreated>('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { questionId: asNumber(twoSum), participants: [asNumber(interviewee.userId), asNumber(interviewer.userId)] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await get<RoomDetail>(room(created.body.roomId), interviewee)).body.question.questionId).toBe(twoSum);
    for (const participants of [
      [0, asNumber(interviewer.userId)],
      [1.5, asNumber(interviewer.userId)],
      [true, asNumber(interviewer.userId)],
    ]) {
      const refused = await call('/api/v1/rooms', { token: SYSTEM_TOKEN, body: { questionId: twoSum, participants } });
      expect(refused, JSON.stringify(participants)).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_ERROR', errors: { 'Participants[0]': expect.any(Array) } },
      });
    }
  });

  it('answers a match’s existing room the same every time (200), and refuses a mismatch', async () => {
    const { interviewee, interviewer, created } = await pair();
    for (const participants of [
      [interviewee.userId, interviewer.userId],
      [interviewer.userId, interviewee.userId],
    ]) {
      const again = await call<RoomCreated>('/api/v1/rooms', { token: SYSTEM_TOKEN, body: { matchId: created.matchId, participants } });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(created);
    }
    const stranger = await newUser();
    const mismatch = await call('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { matchId: created.matchId, participants: [interviewee.userId, stranger.userId] },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toMatchObject({ code: 'VALIDATION_ERROR', errors: { Participants: [expect.any(String)] } });
    const otherQuestion = await call('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { matchId: created.matchId, questionId: 'q_999999', participants: [interviewee.userId, interviewer.userId] },
    });
    expect(otherQuestion.status).toBe(400);
    const language = await call('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { matchId: created.matchId, language: 'python', participants: [interviewee.userId, interviewer.userId] },
    });
    expect(language.status).toBe(400);
    const unknown = await call('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { matchId: 'match_999999999', participants: [interviewee.userId, interviewer.userId] },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'MATCH_NOT_FOUND' });
  });

  it('refuses users and questions that do not exist, the same user twice, and anyone but the system', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const create = (body: unknown, token = SYSTEM_TOKEN) => call('/api/v1/rooms', { token, body });
    const unknownUser = await create({ participants: [a.userId, 'usr_999999999'] });
    expect(unknownUser.status).toBe(404);
    expect(unknownUser.body).toMatchObject({ code: 'USER_NOT_FOUND' });
    const twice = await create({ participants: [a.userId, a.userId] });
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: 'VALIDATION_ERROR', errors: { Participants: [expect.any(String)] } });
    expect((await create({ participants: [a.userId] })).status).toBe(400);
    const noQuestion = await create({ participants: [a.userId, b.userId], questionId: 'q_999999' });
    expect(noQuestion.status).toBe(404);
    expect(noQuestion.body).toMatchObject({ code: 'QUESTION_NOT_FOUND' });
    const user = await create({ participants: [a.userId, b.userId] }, a.accessToken);
    expect(user.status).toBe(403);
    expect((await call('/api/v1/rooms', { body: { participants: [a.userId, b.userId] } })).status).toBe(401);
  });

  it('takes the room’s language and video beside the contract, and picks a question when none is named', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const reply = await call<RoomCreated>('/api/v1/rooms', {
      token: SYSTEM_TOKEN,
      body: { participants: [a.userId, b.userId], language: 'Python', difficulty: 'hard', enableVideo: true },
    });
    expect(reply.status).toBe(201);
    const detail = await get<RoomDetail & { enableVideo: boolean; question: { difficulty: string } }>(room(reply.body.roomId), b);
    expect(detail.body).toMatchObject({ role: 'interviewer', language: 'python', enableVideo: true, question: { difficulty: 'Hard' } });
    expect(detail.body.question.starterCode).toContain('def ');
  });
});

describe('members only', () => {
  it('answers 403 to a stranger and 404 to a room that does not exist, on every room route', async () => {
    const { roomId } = await pair();
    const stranger = await newUser();
    const routes: Array<[string, string, unknown?]> = [
      ['GET', ''],
      ['POST', 'join'],
      ['POST', 'start'],
      ['POST', 'submit', { code: 'function twoSum() {}' }],
      ['POST', 'feedback', { targetUserId: 'usr_1', rating: 3 }],
      ['GET', 'feedback'],
      ['POST', 'end'],
      ['POST', 'hints'],
    ];
    for (const [method, action, body] of routes) {
      const forbidden = await call(room(roomId, action), { method, token: stranger.accessToken, body });
      expect(forbidden.status, `${method} ${action}`).toBe(403);
      expect(forbidden.body).toMatchObject({ code: 'FORBIDDEN' });
      const missing = await call(room('room_999999999', action), { method, token: stranger.accessToken, body });
      expect(missing.status, `${method} ${action}`).toBe(404);
      expect(missing.body).toMatchObject({ code: 'ROOM_NOT_FOUND' });
    }
    expect((await get(room('nonsense'), stranger)).body).toMatchObject({ code: 'ROOM_NOT_FOUND' });
  });
});

describe('POST /api/v1/rooms/{roomId}/join (4.2)', () => {
  it('gives a member room, video and editor tokens for that room alone, and records the join', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    const reply = await post<{
      roomId: string;
      accessToken: string;
      videoToken: string;
      editorToken: string;
      tokensExpireAt: string;
      role: string;
      status: string;
      partner: { userId: string; displayName: string };
      question: { questionId: string; title: string };
    }>(room(roomId, 'join'), interviewer);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      roomId,
      role: 'interviewer',
      status: 'waiting',
      partner: { userId: interviewee.userId, displayName: interviewee.name },
      question: { questionId: twoSum, title: 'Two Sum' },
    });
    // They last a long interview, and name the log-in they die with.
    expect(Date.parse(reply.body.tokensExpireAt) - Date.now()).toBeGreaterThan(3 * 3600_000);
    const scopes = [reply.body.accessToken, reply.body.videoToken, reply.body.editorToken].map(jwtPayload);
    expect(scopes.map((p) => p.scope)).toEqual(['room', 'video', 'editor']);
    for (const claims of scopes) {
      expect(claims).toMatchObject({
        aud: 'codemeet-room',
        sub: interviewer.userId.replace('usr_', ''),
        room: Number(roomId.slice(5)),
        sid: expect.any(String),
      });
    }
    // A room token is not an API credential.
    expect((await call('/api/v1/users/me', { token: reply.body.accessToken })).status).toBe(401);

    await post(room(roomId, 'start'), interviewee);
    const live = await post<{ status: string }>(room(roomId, 'join'), interviewee);
    expect(live.body.status).toBe('active');
    await post(room(roomId, 'end'), interviewee);
    const gone = await post(room(roomId, 'join'), interviewee);
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ code: 'GONE' });
  });
});

describe('POST /api/v1/rooms/{roomId}/start (4.3)', () => {
  it('starts once: the interviewee spends one opportunity, and a second start answers the same session for free', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    expect((await balance(interviewee)).opportunities).toBe(1);
    const first = await post<Started>(room(roomId, 'start'), interviewer);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      sessionId: `session_${roomId.slice(5)}`,
      questionDetails: { questionId: twoSum, title: 'Two Sum', difficulty: 'Easy' },
    });
    const again = await post<Started>(room(roomId, 'start'), interviewee);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const after = await balance(interviewee);
    expect(after.opportunities).toBe(0);
    expect(after.history.filter((e) => e.type === 'consumed').map((e) => e.sessionId)).toEqual([first.body.sessionId]);
    // The interviewer spends nothing to start.
    expect((await balance(interviewer)).opportunities).toBe(1);
    expect((await get<RoomDetail>(room(roomId), interviewee)).body.status).toBe('active');
  });

  it('refuses an interviewee without opportunities (403) and leaves the room waiting; an ended interview cannot start again', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    const spent = await createRoom(interviewee, interviewer);
    expect((await post(room(spent.roomId, 'start'), interviewee)).status).toBe(200);
    const refused = await post(room(roomId, 'start'), interviewer);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_OPPORTUNITIES' });
    expect((await get<RoomDetail>(room(roomId), interviewer)).body.status).toBe('waiting');
    expect((await balance(interviewee)).opportunities).toBe(0);
    await post(room(spent.roomId, 'end'), interviewer);
    const ended = await post(room(spent.roomId, 'start'), interviewee);
    expect(ended.status).toBe(409);
    expect(ended.body).toMatchObject({ code: 'CONFLICT' });
  });

  it('never drives a balance below zero: 50 concurrent starts of rooms of an interviewee with 3 opportunities start exactly 3', async () => {
    const [interviewee, interviewer] = await Promise.all([newUser(), newUser()]);
    await reward(interviewee);
    await reward(interviewee);
    expect((await balance(interviewee)).opportunities).toBe(3);
    const rooms: RoomCreated[] = [];
    for (let batch = 0; batch < 5; batch++) {
      rooms.push(...(await Promise.all(Array.from({ length: 10 }, () => createRoom(interviewee, interviewer)))));
    }
    // Half started by each member, all at once.
    const replies = await Promise.all(rooms.map((r, i) => post<Started>(room(r.roomId, 'start'), i % 2 ? interviewer : interviewee)));
    const started = replies.filter((r) => r.status === 200);
    expect(started).toHaveLength(3);
    expect(replies.filter((r) => r.status === 403 && (r.body as { code?: string }).code === 'INSUFFICIENT_OPPORTUNITIES')).toHaveLength(47);
    const after = await balance(interviewee);
    expect(after.opportunities).toBe(0);
    expect(
      after.history
        .filter((e) => e.type === 'consumed')
        .map((e) => e.sessionId)
        .sort(),
    ).toEqual(started.map((r) => r.body.sessionId).sort());
    // The other 47 are still waiting: only the three started are in the history.
    const history = await get<HistoryPage>('/api/v1/rooms/history?pageSize=100', interviewer);
    expect(history.body.pagination.totalItems).toBe(3);
  });
});

describe('POST /api/v1/rooms/{roomId}/submit (4.4)', () => {
  it('judges against the room’s question while the interview is on, and every verdict joins the room’s timeline', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    const solution = (await get<RoomDetail>(room(roomId), interviewer)).body.interviewer!.solution;
    expect(solution.language).toBe('javascript');
    const early = await post(room(roomId, 'submit'), interviewee, { code: solution.code });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'CONFLICT' });
    await post(room(roomId, 'start'), interviewee);

    const accepted = await post<{ submissionId: string; status: string; results: Array<{ passed: boolean }>; submittedAt: string }>(
      room(roomId, 'submit'),
      interviewee,
      { language: 'JavaScript', code: solution.code },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.submissionId).toMatch(/^sub_\d+$/);
    expect(accepted.body.results.length).toBeGreaterThan(3);
    expect(accepted.body.results.every((r) => r.passed)).toBe(true);
    expect(accepted.headers.get('location')).toBe(`/api/v1/submissions/${accepted.body.submissionId}`);

    // The contract's own test cases, and a wrong answer, by the other member: judged on the
    // question's cases first, so the caller's case never decides the verdict alone.
    const wrong = await post<{ status: string; results: Array<{ passed: boolean; custom?: boolean }> }>(
      room(roomId, 'submit'),
      interviewer,
      {
        code: 'function twoSum(nums, target) { return [1, 0]; }',
        testCases: [{ input: '[2,7,11,15], 9', expectedOutput: '[0,1]' }],
      },
    );
    expect(wrong.status).toBe(200);
    expect(wrong.body.status).toBe('wrong_answer');
    expect(wrong.body.results[0]).toMatchObject({ passed: false });
    expect(wrong.body.results[0]!.custom).toBeUndefined();

    // Answered 202 at once: the verdict is still written when the job finishes.
    const queued = await post<JobBody>(room(roomId, 'submit'), interviewee, { code: solution.code }, { Prefer: 'respond-async' });
    expect(queued.status).toBe(202);
    expect(queued.headers.get('location')).toBe(queued.body.links.self);
    const done = await pollJob(queued.body.links.self, interviewee);
    expect(done.state).toBe('done');
    expect(done.submissionId).toMatch(/^sub_\d+$/);

    const ended = await post<Ended>(room(roomId, 'end'), interviewer);
    expect(ended.body.summary).toEqual({ questionsAsked: 1, solutionsSubmitted: 3, feedbackExchanged: false });
    const late = await post(room(roomId, 'submit'), interviewee, { code: solution.code });
    expect(late.status).toBe(409);
  });

  it('validates the body like every submission', async () => {
    const { interviewee, roomId } = await pair();
    await post(room(roomId, 'start'), interviewee);
    const bad = await post<{ errors: Record<string, string[]> }>(room(roomId, 'submit'), interviewee, {
      language: 'COBOL',
      code: '',
      testCases: [],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['Code', 'Language', 'TestCases']);
  });
});

describe('feedback (4.5)', () => {
  it('is given once the interview started, about the partner only, once each; each sees the other’s only after giving their own', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    const about = (target: TestUser, extra: Record<string, unknown> = {}) => ({ targetUserId: target.userId, rating: 4, ...extra });
    const early = await post(room(roomId, 'feedback'), interviewer, about(interviewee));
    expect(early.status).toBe(409);
    await post(room(roomId, 'start'), interviewee);

    const self = await post(room(roomId, 'feedback'), interviewer, about(interviewer));
    expect(self.status).toBe(400);
    expect(self.body).toMatchObject({ code: 'VALIDATION_ERROR', errors: { TargetUserId: [expect.any(String)] } });
    const invalid = await post<{ errors: Record<string, string[]> }>(room(roomId, 'feedback'), interviewer, {
      targetUserId: interviewee.userId,
      rating: 4.5,
      comment: 'x'.repeat(2001),
      strengths: Array.from({ length: 11 }, () => 'good'),
      improvements: ['y'.repeat(201)],
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors).sort()).toEqual(['Comment', 'Improvements[0]', 'Rating', 'Strengths']);
    expect((await post(room(roomId, 'feedback'), interviewer, about(interviewee, { rating: 6 }))).status).toBe(400);
    expect((await post(room(roomId, 'feedback'), interviewer, about(interviewee, { rating: 0 }))).status).toBe(400);

    const given = await post<{ feedbackId: string; createdAt: string }>(
      room(roomId, 'feedback'),
      interviewer,
      about(interviewee, {
        comment: 'Good problem-solving approach, consider edge cases more carefully.',
        strengths: ['clear communication', 'logical thinking'],
        improvements: ['edge case handling'],
      }),
    );
    expect(given.status).toBe(201);
    expect(given.body.feedbackId).toMatch(/^fb_\d+$/);
    const twice = await post(room(roomId, 'feedback'), interviewer, about(interviewee, { rating: 5 }));
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'CONFLICT' });

    // The interviewee has not given theirs: the interviewer's is there but not shown to them.
    const before = await get<FeedbackView>(room(roomId, 'feedback'), interviewee);
    expect(before.body).toEqual({ given: null, received: null, partnerGave: true });
    const beforeText = JSON.stringify(before.body);
    expect(beforeText).not.toContain('edge case');
    const waiting = await get<FeedbackView>(room(roomId, 'feedback'), interviewer);
    expect(waiting.body).toMatchObject({ given: { feedbackId: given.body.feedbackId, rating: 4 }, received: null, partnerGave: false });

    await post(room(roomId, 'end'), interviewee);
    // Feedback after the end is welcome too.
    expect((await post(room(roomId, 'feedback'), interviewee, about(interviewer, { rating: 5, comment: 'Kind hints' }))).status).toBe(201);
    const mine = await get<FeedbackView>(room(roomId, 'feedback'), interviewee);
    expect(mine.body.received).toMatchObject({
      feedbackId: given.body.feedbackId,
      fromUserId: interviewer.userId,
      targetUserId: interviewee.userId,
      rating: 4,
      comment: 'Good problem-solving approach, consider edge cases more carefully.',
    });
    expect(mine.body.given).toMatchObject({ rating: 5, comment: 'Kind hints' });
    expect((await get<FeedbackView>(room(roomId, 'feedback'), interviewer)).body.received).toMatchObject({ rating: 5 });
    const summary = await post<Ended>(room(roomId, 'end'), interviewer);
    expect(summary.body.summary.feedbackExchanged).toBe(true);
  });
});

describe('POST /api/v1/rooms/{roomId}/end (4.6)', () => {
  it('ends once: the interviewer earns one opportunity, and a second end answers the same session without paying again', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    const early = await post(room(roomId, 'end'), interviewer);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'CONFLICT' });
    const started = await post<Started>(room(roomId, 'start'), interviewee);
    // A real interview: the interviewee works, and it lasts (INTERVIEW_REWARD_MIN_SECONDS is 2 in tests).
    expect((await post(room(roomId, 'submit'), interviewee, { code: 'function twoSum() { return []; }' })).status).toBe(200);
    await sleep(2100);
    const ended = await post<Ended>(room(roomId, 'end'), interviewee);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      sessionId: started.body.sessionId,
      summary: { questionsAsked: 1, solutionsSubmitted: 1, feedbackExchanged: false },
      reward: 'earned',
    });
    expect(ended.body.duration).toBeGreaterThanOrEqual(2);
    expect(ended.body.duration).toBe(Math.round((Date.parse(ended.body.endedAt) - Date.parse(started.body.startedAt)) / 1000));
    const again = await post<Ended>(room(roomId, 'end'), interviewer);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(ended.body);
    const earned = await balance(interviewer);
    expect(earned.opportunities).toBe(2);
    expect(earned.history.filter((e) => e.type === 'earned').map((e) => e.sessionId)).toEqual([started.body.sessionId]);
    // The interviewee spent one to start and earned nothing.
    expect((await balance(interviewee)).opportunities).toBe(0);
    expect((await get<RoomDetail>(room(roomId), interviewer)).body.status).toBe('ended');
  });
});

describe('GET /api/v1/rooms/history (4.7)', () => {
  it('lists the caller’s started interviews newest first, a page at a time, with the partner’s feedback once the caller gave theirs', async () => {
    const [me, first, second] = await Promise.all([newUser(), newUser(), newUser()]);
    const never = await createRoom(me, first);
    const older = await createRoom(me, first);
    const newer = await createRoom(second, me);
    await post(room(older.roomId, 'start'), me);
    await sleep(20);
    await post(room(newer.roomId, 'start'), me);
    await post(room(older.roomId, 'end'), first);
    await post(room(older.roomId, 'feedback'), first, { targetUserId: me.userId, rating: 3, comment: 'Think aloud more' });

    const page = await get<HistoryPage>('/api/v1/rooms/history', me);
    expect(page.status).toBe(200);
    expect(page.body.pagination).toEqual({ page: 1, pageSize: 20, totalItems: 2, totalPages: 1 });
    expect(page.body.items.map((i) => i.roomId)).toEqual([newer.roomId, older.roomId]);
    expect(page.body.items.map((i) => i.roomId)).not.toContain(never.roomId);
    const [on, past] = page.body.items;
    expect(on).toMatchObject({
      status: 'active',
      myRole: 'interviewer',
      partner: { displayName: second.name, role: 'interviewee' },
      duration: null,
      endedAt: null,
    });
    expect(past).toMatchObject({
      sessionId: `session_${older.roomId.slice(5)}`,
      status: 'ended',
      myRole: 'interviewee',
      partner: { displayName: first.name, role: 'interviewer' },
      question: { title: 'Two Sum', difficulty: 'Easy' },
      feedback: null,
      links: { room: `/api/v1/rooms/${older.roomId}`, replay: `/rooms/${older.roomId}/replay` },
    });
    expect(past!.duration).toBeGreaterThanOrEqual(0);

    // Once I gave mine, I see theirs.
    await post(room(older.roomId, 'feedback'), me, { targetUserId: first.userId, rating: 5 });
    const after = await get<HistoryPage>('/api/v1/rooms/history?pageSize=1&page=2', me);
    expect(after.body.pagination).toEqual({ page: 2, pageSize: 1, totalItems: 2, totalPages: 2 });
    expect(after.body.items).toHaveLength(1);
    expect(after.body.items[0]).toMatchObject({ roomId: older.roomId, feedback: { rating: 3, comment: 'Think aloud more' } });
    const oldestFirst = await get<HistoryPage>('/api/v1/rooms/history?sortBy=startedAt&sortOrder=asc', me);
    expect(oldestFirst.body.items.map((i) => i.roomId)).toEqual([older.roomId, newer.roomId]);
    const bad = await get('/api/v1/rooms/history?sortBy=rating&pageSize=500', me);
    expect(bad.status).toBe(400);
    // The partner's history holds the same interview from their side.
    const theirs = await get<HistoryPage>('/api/v1/rooms/history', first);
    expect(theirs.body.items).toHaveLength(1);
    expect(theirs.body.items[0]).toMatchObject({ roomId: older.roomId, myRole: 'interviewer', feedback: { rating: 5 } });
  });
});

/** What only the interviewer's answer may carry, as JSON keys (Python's starter code itself says `class Solution`). */
const PANE_KEYS = /"(interviewer|solution|solutions|rubric|brute)"\s*:/i;

describe('the interviewer’s pane: GET /api/v1/rooms/{roomId} and hints', () => {
  it('shows the interviewer every hint, the reference solution and the rubric, and the interviewee none of them', async () => {
    const { interviewee, interviewer, roomId } = await pair({ language: 'python' });
    const theirs = await get<RoomDetail>(room(roomId), interviewer);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({ role: 'interviewer', language: 'python', hintsRevealed: 0, hintsTotal: 2 });
    expect(theirs.body.hints.map((h) => [h.index, h.revealed])).toEqual([
      [0, false],
      [1, false],
    ]);
    expect(theirs.body.interviewer!.solution.language).toBe('python');
    expect(theirs.body.interviewer!.solution.code).toContain('def two_sum');
    expect(theirs.body.interviewer!.rubric.length).toBeGreaterThanOrEqual(5);
    expect(theirs.body.interviewer!.rubric[0]!.name.zh).toMatch(/\p{Script=Han}/u);

    const raw = async () => {
      const res = await fetch(`${baseUrl()}${room(roomId)}`, { headers: { Authorization: `Bearer ${interviewee.accessToken}` } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const [hint0, hint1] = theirs.body.hints;
    const secrets = [theirs.body.interviewer!.solution.code, hint0!.en, hint0!.zh, hint1!.en, hint1!.zh];
    const mine = await get<RoomDetail>(room(roomId), interviewee);
    expect(mine.body).toMatchObject({ role: 'interviewee', hintsRevealed: 0, hintsTotal: 2, hints: [] });
    expect(mine.body).not.toHaveProperty('interviewer');
    expect(mine.body.question.starterCode).toContain('def two_sum');
    let text = await raw();
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(PANE_KEYS);

    // Hints: the interviewer only, while the interview is on, in order, each once.
    const reveal = (user: TestUser) => post<{ index: number; en: string; zh: string; hintsRevealed: number }>(room(roomId, 'hints'), user);
    expect((await reveal(interviewer)).status).toBe(409);
    await post(room(roomId, 'start'), interviewee);
    const refused = await reveal(interviewee);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    const first = await reveal(interviewer);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ index: 0, en: hint0!.en, zh: hint0!.zh, hintsRevealed: 1 });

    const after = await get<RoomDetail>(room(roomId), interviewee);
    expect(after.body.hints).toEqual([{ index: 0, en: hint0!.en, zh: hint0!.zh, revealed: true }]);
    text = await raw();
    expect(text).toContain(JSON.stringify(hint0!.en));
    for (const secret of [theirs.body.interviewer!.solution.code, hint1!.en, hint1!.zh]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(PANE_KEYS);

    expect((await reveal(interviewer)).body).toMatchObject({ index: 1, hintsRevealed: 2 });
    const none = await reveal(interviewer);
    expect(none.status).toBe(409);
    expect((await get<RoomDetail>(room(roomId), interviewee)).body.hints.map((h) => h.index)).toEqual([0, 1]);
    await post(room(roomId, 'end'), interviewer);
    expect((await reveal(interviewer)).status).toBe(409);
    // Still no solution for the interviewee once it is over.
    expect(await raw()).not.toMatch(PANE_KEYS);
  });

  it('reveals each hint once when the interviewer clicks twice at once', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    await post(room(roomId, 'start'), interviewee);
    const replies = await Promise.all([1, 2, 3].map(() => post<{ index: number }>(room(roomId, 'hints'), interviewer)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 409]);
    expect(
      replies
        .filter((r) => r.status === 200)
        .map((r) => r.body.index)
        .sort(),
    ).toEqual([0, 1]);
  });
});

describe('a room nobody started in time (410)', () => {
  it('is gone for joining, starting, submitting, feedback, hints and ending, and says so when read', async () => {
    // expiresInSeconds (system caller, beside the contract) makes expiry testable without waiting ROOM_TTL_MINUTES.
    const { interviewee, interviewer, roomId } = await pair({ expiresInSeconds: 1 });
    await sleep(1500);
    for (const [action, user, body] of [
      ['join', interviewee],
      ['start', interviewer],
      ['submit', interviewee, { code: 'x' }],
      ['feedback', interviewee, { targetUserId: interviewer.userId, rating: 3 }],
      ['hints', interviewer],
      ['end', interviewee],
    ] as Array<[string, TestUser, unknown?]>) {
      const reply = await post(room(roomId, action), user, body);
      expect(reply.status, action).toBe(410);
      expect(reply.body).toMatchObject({ code: 'GONE' });
    }
    expect((await get<RoomDetail>(room(roomId), interviewee)).body.status).toBe('expired');
    // Nothing was spent on it.
    expect((await balance(interviewee)).opportunities).toBe(1);
  });
});

describe('DELETE /api/v1/rooms/{roomId}: calling off a room nobody started', () => {
  it('lets either member call it off, so both may queue again at once; nothing is spent, and a started interview stays', async () => {
    const { interviewee, interviewer, roomId } = await pair();
    const stranger = await newUser();
    expect((await call(room(roomId), { method: 'DELETE', token: stranger.accessToken })).status).toBe(403);
    // While the room waits, neither may queue (matchmaking's rule)…
    const queue = (user: TestUser, role: string) =>
      call('/api/v1/matches/queue', { token: user.accessToken, body: { role, language: 'python', difficulty: 'Hard' } });
    expect((await queue(interviewer, 'interviewer')).status).toBe(409);
    expect((await call(room(roomId), { method: 'DELETE', token: interviewer.accessToken })).status).toBe(204);
    expect((await call(room(roomId), { method: 'DELETE', token: interviewee.accessToken })).status).toBe(204);
    expect((await get<RoomDetail>(room(roomId), interviewee)).body.status).toBe('expired');
    expect((await post(room(roomId, 'join'), interviewee)).status).toBe(410);
    expect((await post(room(roomId, 'start'), interviewee)).status).toBe(410);
    expect((await balance(interviewee)).opportunities).toBe(1);
    // …and once it is called off, both may.
    const requeued = await queue(interviewer, 'interviewer');
    expect(requeued.status).toBe(202);
    expect(
      (await call(`/api/v1/matches/queue/${requeued.body.queueId as string}`, { method: 'DELETE', token: interviewer.accessToken })).status,
    ).toBe(204);

    const started = await pair();
    expect((await post(room(started.roomId, 'start'), started.interviewee)).status).toBe(200);
    const refused = await call(room(started.roomId), { method: 'DELETE', token: started.interviewer.accessToken });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONFLICT' });
    expect((await get<RoomDetail>(room(started.roomId), started.interviewee)).body.status).toBe('active');
  });
});
