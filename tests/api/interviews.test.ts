import { describe, expect, it } from 'vitest';
import { adminToken, baseUrl, browserSignIn, call, newUser, uniqueName, type CallOptions, type TestUser } from './client';

// The AI mock interview over HTTP: question selection over the real seeded bank, an interview
// from start to record, its owner's alone, its recordings, and the bank's admin writes.

interface Bilingual {
  zh: string;
  en: string;
}

interface Feedback {
  language: 'zh' | 'en';
  durationSeconds: number | null;
  length: { count: number; unit: 'chars' | 'words'; recommended: [number, number]; verdict: string };
  speechRate: { value: number; unit: 'cpm' | 'wpm' } | null;
  fillers: { total: number; perMinute: number | null; words: { word: string; count: number }[] };
  coverage: { covered: Bilingual[]; missed: Bilingual[]; ratio: number };
  star: Record<'situation' | 'task' | 'action' | 'result', boolean> | null;
  score: number;
  tips: Bilingual[];
}

interface SelectedQuestion {
  id: number;
  key: string;
  family: string;
  kind: string;
  question: string;
  question_zh: string;
  question_en: string;
  reason: Bilingual;
  seconds: [number, number];
  points: Bilingual[];
}

interface Selection {
  family: string;
  questions: SelectedQuestion[];
}

interface InterviewQuestion {
  index: number;
  id: number | null;
  kind: string | null;
  question: string;
  reason: Bilingual | null;
  seconds: [number, number] | null;
  points: Bilingual[];
  answer: string | null;
  mode: 'typed' | 'voice' | null;
  duration_ms: number | null;
  speech_rate: number | null;
  feedback: Feedback | null;
  coach: unknown;
  recording_url: string | null;
}

interface Interview {
  interview_id: number;
  position: string;
  status: 'in_progress' | 'completed';
  score: number | null;
  improved: string[];
  created_at: string;
  questions: InterviewQuestion[];
}

interface InterviewRecord {
  interview_id: number;
  created_at: string;
  created_time: string;
  position: string;
  status: string;
  question_and_answer: { question: string; answer: string; speech_rate: number; mode: string | null }[];
  improved: string[];
}

interface BankQuestion {
  id: number;
  key: string;
  family: string;
  kind: string;
  zh: string;
  en: string;
  tags: string[];
  status: 'published' | 'retired';
}

/** Calls as a user with the ai-interview contract's `token` header. */
const as =
  (user: TestUser | string) =>
  <T = Record<string, unknown>>(path: string, options: CallOptions = {}) =>
    call<T>(path, { ...options, token: typeof user === 'string' ? user : user.accessToken, tokenHeader: true });

async function select(user: TestUser, body: Record<string, unknown>): Promise<Selection> {
  const reply = await as(user)<Selection>('/api/interview_questions/selection', { body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

async function start(user: TestUser, body: Record<string, unknown>): Promise<Interview> {
  const reply = await as(user)<Interview>('/api/interviews', { body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

const answer = (user: TestUser, id: number | string, index: number | string, body: Record<string, unknown>) =>
  as(user)<InterviewQuestion>(`/api/interviews/${id}/answers/${index}`, { method: 'PUT', body });

const interviewOf = async (user: TestUser, id: number) => (await as(user)<Interview>(`/api/interviews/${id}`)).body;

const recordsOf = async (user: TestUser) => {
  const reply = await as(user)<InterviewRecord[]>('/api/interview_records?per_page=100');
  expect(reply.status).toBe(200);
  return { records: reply.body, total: Number(reply.headers.get('x-total-count')) };
};

const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
const HAN = /\p{Script=Han}/u;
const overlap = (a: { id: number | null }[], b: { id: number | null }[]) => a.filter((q) => b.some((r) => r.id === q.id)).length;

/** Every chosen question says why, in both languages. */
function expectReasons(selection: Selection) {
  for (const q of selection.questions) {
    expect(q.reason.zh, q.key).toMatch(HAN);
    expect(q.reason.en.trim(), q.key).toMatch(/[A-Za-z]{3}/);
  }
}

/** The shape of the picks: a self-introduction first, behavioral questions among them, mostly the family's own. */
function expectFamilyPicks(selection: Selection, family: string, count: number) {
  expect(selection.family).toBe(family);
  expect(selection.questions).toHaveLength(count);
  expect(new Set(selection.questions.map((q) => q.id)).size).toBe(count);
  expect(selection.questions[0]!.kind).toBe('self_introduction');
  expect(selection.questions.some((q) => q.kind === 'behavioral')).toBe(true);
  const own = selection.questions.filter((q) => q.family !== 'general');
  expect(own.filter((q) => q.family === family).length, selection.questions.map((q) => q.key).join(', ')).toBeGreaterThan(own.length / 2);
  expectReasons(selection);
}

const MARKETING = {
  position: '數位行銷專員',
  description: '負責社群經營、Meta 廣告投放與 SEO 優化，使用 GA4 追蹤成效並撰寫行銷企劃。',
};
const SALES = { position: '業務專員', description: '開發新客戶、維繫既有客戶關係，達成每月業績目標；熟悉 CRM 管理與報價談判。' };
const DESIGN_EN = {
  position: 'Product Designer',
  description:
    'Design user flows, wireframes and high-fidelity prototypes in Figma; run usability testing with real users; maintain our design system.',
};
const DESIGN_ZH = {
  position: '產品設計師',
  description: '使用 Figma 設計使用者流程、線框稿與高擬真原型；與真實使用者進行易用性測試；維護設計系統。',
};

describe('question selection over the seeded bank (POST /api/interview_questions/selection)', () => {
  it('reads a Chinese marketing description as marketing: an introduction first, the role’s own questions, behavioral ones, each with why', async () => {
    const user = await newUser();
    const selection = await select(user, { ...MARKETING, question_count: 8 });
    expectFamilyPicks(selection, 'marketing', 8);
    // The description's own words are named as the reason for some question.
    const reasons = selection.questions.map((q) => q.reason.zh).join('\n');
    expect(reasons).toMatch(/符合職缺關鍵字：.*(社群經營|Meta 廣告|廣告投放|SEO|GA4|行銷企劃)/);
    expect(selection.questions.at(-1)!.kind).toBe('motivation');
    // Asked in Chinese by default.
    for (const q of selection.questions) expect(q.question).toBe(q.question_zh);
  });

  it('reads a sales description as sales', async () => {
    const user = await newUser();
    expectFamilyPicks(await select(user, { ...SALES, question_count: 6 }), 'sales', 6);
  });

  it('reads an English-only design description as design, asking in English', async () => {
    const user = await newUser();
    const selection = await select(user, { ...DESIGN_EN, question_count: 8, language: 'en' });
    expectFamilyPicks(selection, 'design', 8);
    for (const q of selection.questions) {
      expect(q.question).toBe(q.question_en);
      expect(q.question).not.toMatch(HAN);
    }
  });

  it('reads a Chinese-only description of the same role as well as the English one', async () => {
    const user = await newUser();
    const english = await select(user, { ...DESIGN_EN, question_count: 8, language: 'en' });
    const chinese = await select(user, { ...DESIGN_ZH, question_count: 8 });
    expectFamilyPicks(chinese, 'design', 8);
    expect(chinese.family).toBe(english.family);
    // The same mix of kinds (the role's own questions being technical or situational alike), and largely the same questions.
    const kinds = (s: Selection) =>
      s.questions
        .map((q) => (q.kind === 'situational' ? 'technical' : q.kind))
        .sort()
        .join();
    expect(kinds(chinese)).toBe(kinds(english));
    expect(overlap(chinese.questions, english.questions)).toBeGreaterThanOrEqual(3);
  });

  it('reads a frontend description (React, TypeScript, CSS) as frontend, in either language', async () => {
    const user = await newUser();
    const english = {
      position: 'Frontend Engineer',
      description: 'Build our web app in React and TypeScript; write responsive CSS; improve page load performance.',
    };
    expectFamilyPicks(await select(user, { ...english, question_count: 8, language: 'en' }), 'frontend', 8);
    const chinese = { position: '前端工程師', description: '使用 React 與 TypeScript 開發網站，撰寫 CSS 版面，優化網頁載入效能。' };
    expectFamilyPicks(await select(user, { ...chinese, question_count: 8 }), 'frontend', 8);
  });

  it('reads a backend description (Node.js, PostgreSQL, REST, Redis) as backend', async () => {
    const user = await newUser();
    const backend = {
      position: 'Backend Engineer',
      description: 'Design REST APIs in Node.js; model data in PostgreSQL; add Redis caching; keep services reliable.',
    };
    expectFamilyPicks(await select(user, { ...backend, question_count: 8, language: 'en' }), 'backend', 8);
  });

  it('returns as many questions as asked, from 3 to 15, and refuses 2 and 16', async () => {
    const user = await newUser();
    for (const count of [3, 15]) {
      const selection = await select(user, { ...MARKETING, question_count: count });
      expect(selection.questions).toHaveLength(count);
      expect(new Set(selection.questions.map((q) => q.id)).size).toBe(count);
      expectReasons(selection);
    }
    expect((await select(user, { position: MARKETING.position })).questions).toHaveLength(6);
    for (const count of [2, 16, 'many']) {
      const reply = await as(user)('/api/interview_questions/selection', { body: { ...MARKETING, question_count: count } });
      expect(reply, String(count)).toMatchObject({
        status: 400,
        body: { message: '資料有誤', errors: { question_count: expect.any(Array) } },
      });
    }
  });

  it('gives weight to the skills on the caller’s résumé, and says so, when the description says little', async () => {
    const [withResume, without] = await Promise.all([newUser(), newUser()]);
    const skills = ['Figma', 'SEO', 'GA4'];
    expect(await as(withResume)('/api/resumes', { body: { autobiography: '我喜歡數據。', skill: skills } })).toMatchObject({
      status: 200,
    });
    const vague = { position: '新鮮人', question_count: 8 };
    const boosted = await select(withResume, vague);
    const mentions = boosted.questions.filter((q) => q.reason.zh.includes('履歷') && skills.some((s) => q.reason.zh.includes(s)));
    expect(mentions.length, boosted.questions.map((q) => q.reason.zh).join('\n')).toBeGreaterThan(0);
    for (const q of mentions) expect(q.reason.en).toContain('résumé');
    // Without a résumé nothing can be credited to one.
    const plain = await select(without, vague);
    expect(plain.questions.filter((q) => q.reason.zh.includes('履歷'))).toEqual([]);
  });

  it('rests the questions of the caller’s last interview when the bank has others to ask', async () => {
    const user = await newUser();
    const position = { ...MARKETING, question_count: 6 };
    const before = await select(user, position);
    const first = await start(user, position);
    // Relevance decides: before any interview, the same position brings largely the same questions...
    expect(overlap(before.questions, first.questions)).toBeGreaterThanOrEqual(4);
    expect((await answer(user, first.interview_id, 0, { answer: '我是行銷人，擅長社群經營。' })).status).toBe(200);
    expect((await as(user)(`/api/interviews/${first.interview_id}/finish`, { method: 'POST' })).status).toBe(200);
    // ...and after it, none of them again, while the role stays the same.
    const after = await select(user, position);
    expect(after.family).toBe('marketing');
    expect(overlap(after.questions, first.questions), after.questions.map((q) => q.key).join(', ')).toBe(0);
    const second = await start(user, position);
    expect(overlap(second.questions, first.questions)).toBe(0);
    // Another user, with no history, is offered them as before.
    const other = await select(await newUser(), position);
    expect(overlap(other.questions, first.questions)).toBeGreaterThanOrEqual(4);
  });
});

const ZH_ANSWER = '我在上一份工作負責社群經營，當時粉絲成長停滯，我決定每週舉辦直播活動，結果三個月內追蹤人數成長一倍。';

describe('a mock interview from start to record (POST /api/interviews … /api/interview_records)', () => {
  it('starts, saves typed and spoken answers with feedback, finishes with a score, and becomes a record in the contract’s shape', async () => {
    const user = await newUser();
    const started = await start(user, { ...MARKETING, question_count: 3, seconds_per_answer: 90 });
    expect(started).toMatchObject({ position: MARKETING.position, status: 'in_progress', score: null, improved: [] });
    expect(started.questions.map((q) => q.index)).toEqual([0, 1, 2]);
    for (const q of started.questions) {
      expect(q.reason?.zh).toMatch(HAN);
      expect(q.reason?.en).toMatch(/[A-Za-z]/);
      expect(q.seconds![0]).toBeLessThan(q.seconds![1]);
      expect(q.points.length).toBeGreaterThanOrEqual(2);
      expect(q).toMatchObject({ answer: null, feedback: null, speech_rate: null, recording_url: null });
    }
    const id = started.interview_id;
    // A reload finds it as it was, unanswered; it is no record yet.
    expect(await interviewOf(user, id)).toEqual(started);
    expect((await recordsOf(user)).records).toEqual([]);

    const typed = await answer(user, id, 0, { answer: '我是行銷人，擅長社群經營與廣告投放。', mode: 'typed' });
    expect(typed.status).toBe(200);
    expect(typed.body).toMatchObject({ index: 0, answer: '我是行銷人，擅長社群經營與廣告投放。', mode: 'typed', speech_rate: null });
    expect(typed.body.feedback).toMatchObject({ language: 'zh', speechRate: null, length: { unit: 'chars', count: 16 } });
    expect(typed.body.feedback!.coverage.covered.length + typed.body.feedback!.coverage.missed.length).toBe(
      started.questions[0]!.points.length,
    );
    expect(Number.isInteger(typed.body.feedback!.score)).toBe(true);

    // 46 characters spoken in 12 s: 46 / 0.2 min = 230 characters a minute.
    expect(hanCount(ZH_ANSWER)).toBe(46);
    const spoken = await answer(user, id, 1, { answer: ZH_ANSWER, mode: 'voice', duration_ms: 12_000, transcript: ZH_ANSWER });
    expect(spoken.status).toBe(200);
    expect(spoken.body).toMatchObject({ mode: 'voice', duration_ms: 12_000, speech_rate: 230 });
    expect(spoken.body.feedback).toMatchObject({ durationSeconds: 12, speechRate: { value: 230, unit: 'cpm' }, length: { count: 46 } });

    const finished = await as(user)<Interview>(`/api/interviews/${id}/finish`, { method: 'POST' });
    expect(finished.status).toBe(200);
    // The mean over every question asked, the unanswered third counting 0.
    const expectedScore = Math.round((typed.body.feedback!.score + spoken.body.feedback!.score + 0) / 3);
    expect(finished.body).toMatchObject({ status: 'completed', score: expectedScore });
    expect(finished.body.improved.length).toBeGreaterThan(0);
    expect(finished.body.improved).toContain('1 題沒有作答');
    // Ending it again changes nothing.
    expect((await as(user)<Interview>(`/api/interviews/${id}/finish`, { method: 'POST' })).body).toEqual(finished.body);

    const { records, total } = await recordsOf(user);
    expect(total).toBe(1);
    const record = records.find((r) => r.interview_id === id)!;
    expect(record.created_at).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    const taipei = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' });
    expect(record.created_at).toBe(taipei.format(new Date(record.created_time)).replaceAll('-', '/'));
    expect(record).toMatchObject({
      position: MARKETING.position,
      status: 'completed',
      improved: finished.body.improved,
      question_and_answer: [
        { question: started.questions[0]!.question, answer: '我是行銷人，擅長社群經營與廣告投放。', speech_rate: 0 },
        { question: started.questions[1]!.question, answer: ZH_ANSWER, speech_rate: 230 },
        { question: started.questions[2]!.question, answer: '', speech_rate: 0 },
      ],
    });
    expect((await as(user)<InterviewRecord>(`/api/interview_records/${id}`)).body).toEqual(record);

    // An ended interview's answers stay as they were.
    const late = await answer(user, id, 2, { answer: '補答' });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ message: '資料衝突' });
    const again = await answer(user, id, 0, { answer: '改答' });
    expect(again.body).toMatchObject({ message: '資料衝突' });
    expect((await interviewOf(user, id)).questions.map((q) => q.answer)).toEqual(['我是行銷人，擅長社群經營與廣告投放。', ZH_ANSWER, null]);
  });

  it('keeps answers across reloads, and a second take replaces the first', async () => {
    const user = await newUser();
    const { interview_id: id } = await start(user, { ...SALES, question_count: 4 });
    await answer(user, id, 2, { answer: '第一次的回答', mode: 'typed' });
    const reloaded = await interviewOf(user, id);
    expect(reloaded.questions.map((q) => q.answer)).toEqual([null, null, '第一次的回答', null]);
    const retake = await answer(user, id, 2, {
      answer: 'Second take, spoken this time.',
      mode: 'voice',
      duration_ms: 3_000,
      transcript: 'Second take, spoken this time.',
    });
    expect(retake.body).toMatchObject({ answer: 'Second take, spoken this time.', mode: 'voice', duration_ms: 3_000, speech_rate: 100 });
    const after = await interviewOf(user, id);
    expect(after.questions).toHaveLength(4);
    expect(after.questions[2]).toMatchObject({ answer: 'Second take, spoken this time.', speech_rate: 100 });
    expect(after.questions[2]!.feedback).toMatchObject({ language: 'en', speechRate: { value: 100, unit: 'wpm' } });
    expect(after.questions.filter((q) => q.answer !== null)).toHaveLength(1);
  });
});

// A small WebM: the EBML magic number, then padding.
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from('codemeet-recording-0123456789')]);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function recordingForm(bytes: Uint8Array, field = 'recording'): FormData {
  const form = new FormData();
  form.set(field, new Blob([new Uint8Array(bytes)], { type: 'audio/webm' }), 'answer.webm');
  return form;
}

const recordingPath = (id: number, index: number) => `/api/interviews/${id}/answers/${index}/recording`;

const uploadRecording = (token: string | undefined, id: number, index: number, form: FormData) =>
  call<{ message: string; recording_url?: string }>(recordingPath(id, index), { method: 'PUT', rawBody: form, token, tokenHeader: true });

/** A recording as the page plays it back: status, type and bytes. */
async function playRecording(user: TestUser, id: number, index: number) {
  const res = await fetch(`${baseUrl()}${recordingPath(id, index)}`, { headers: { token: user.accessToken } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('an interview is its owner’s alone', () => {
  it('answers someone else 403 on every interview route, and changes nothing', async () => {
    const [owner, intruder] = await Promise.all([newUser(), newUser()]);
    const { interview_id: id } = await start(owner, { ...SALES, question_count: 3 });
    await answer(owner, id, 0, { answer: '我是業務，擅長開發新客戶。' });
    expect((await uploadRecording(owner.accessToken, id, 0, recordingForm(WEBM))).status).toBe(200);
    const before = await interviewOf(owner, id);

    const attempts: [string, CallOptions][] = [
      [`/api/interview_records/${id}`, {}],
      [`/api/interview_records/${id}`, { method: 'DELETE' }],
      [`/api/interviews/${id}`, {}],
      [`/api/interviews/${id}/answers/0`, { method: 'PUT', body: { answer: '搶答' } }],
      [`/api/interviews/${id}/answers/1`, { method: 'PUT', body: { answer: '搶答' } }],
      [recordingPath(id, 0), {}],
      [recordingPath(id, 0), { method: 'PUT', rawBody: recordingForm(WEBM) }],
      [recordingPath(id, 0), { method: 'DELETE' }],
      [`/api/interviews/${id}/answers/0/coaching`, { method: 'POST' }],
      [`/api/interviews/${id}/finish`, { method: 'POST' }],
    ];
    for (const [path, options] of attempts) {
      expect(await as(intruder)(path, options), `${options.method ?? 'GET'} ${path}`).toMatchObject({
        status: 403,
        body: { message: '權限不足' },
      });
    }
    // Nothing changed: the same answers, the same recording, still running.
    expect(await interviewOf(owner, id)).toEqual(before);
    expect((await playRecording(owner, id, 0)).bytes.equals(WEBM)).toBe(true);
    expect((await recordsOf(intruder)).records).toEqual([]);

    // Finished, it is listed for its owner only.
    await as(owner)(`/api/interviews/${id}/finish`, { method: 'POST' });
    await as(intruder)('/api/interview_records', {
      body: { question_and_answer: [{ question: '自我介紹', answer: '你好', speech_rate: 40 }] },
    });
    expect((await recordsOf(owner)).records.map((r) => r.interview_id)).toEqual([id]);
    expect((await recordsOf(intruder)).records.map((r) => r.interview_id)).not.toContain(id);
  });

  it('needs a signed-in user: no token is 401 權限不足', async () => {
    const owner = await newUser();
    const { interview_id: id } = await start(owner, { ...SALES, question_count: 3 });
    const attempts: [string, CallOptions][] = [
      ['/api/interview_records', {}],
      ['/api/interview_records', { body: { question_and_answer: [{ question: 'q', answer: 'a', speech_rate: 1 }] } }],
      [`/api/interview_records/${id}`, {}],
      [`/api/interview_records/${id}`, { method: 'DELETE' }],
      ['/api/interviews', { body: { position: 'x' } }],
      [`/api/interviews/${id}`, {}],
      [`/api/interviews/${id}/answers/0`, { method: 'PUT', body: { answer: 'a' } }],
      [`/api/interviews/${id}/answers/0/coaching`, { method: 'POST' }],
      [recordingPath(id, 0), {}],
      [recordingPath(id, 0), { method: 'PUT', rawBody: recordingForm(WEBM) }],
      [`/api/interviews/${id}/finish`, { method: 'POST' }],
      ['/api/interview_questions/selection', { body: { position: 'x' } }],
      ['/api/interview_analysis', { body: { answer: 'a', question: { kind: 'behavioral' } } }],
    ];
    for (const [path, options] of attempts) {
      expect(await call(path, options), `${options.method ?? 'GET'} ${path}`).toMatchObject({ status: 401, body: { message: '權限不足' } });
    }
    expect((await interviewOf(owner, id)).questions.every((q) => q.answer === null)).toBe(true);
  });

  it('takes the browser’s session cookie from the app’s own pages only', async () => {
    const [owner, other] = await Promise.all([newUser(), newUser()]);
    const { interview_id: id } = await start(owner, { ...SALES, question_count: 3 });
    const { cookie } = await browserSignIn(owner.account, owner.password);
    const { cookie: otherCookie } = await browserSignIn(other.account, other.password);
    expect(cookie).toMatch(/^next-auth\.session-token=./);
    const read = (headers: Record<string, string>) => fetch(`${baseUrl()}/api/interviews/${id}`, { headers });
    expect((await read({ cookie: cookie! })).status).toBe(200);
    expect((await read({ cookie: cookie!, origin: new URL(baseUrl()).origin })).status).toBe(200);
    // A cross-site page riding on the cookie is not the user.
    expect((await read({ cookie: cookie!, origin: 'https://evil.example' })).status).toBe(401);
    expect((await read({ cookie: cookie!, 'sec-fetch-site': 'cross-site' })).status).toBe(401);
    expect((await read({ cookie: otherCookie! })).status).toBe(403);
  });
});

describe('bad input is refused and writes nothing', () => {
  it('refuses a malformed record with 400 資料有誤 and per-field errors; the records are unchanged', async () => {
    const user = await newUser();
    const good = { question: '自我介紹', answer: '你好你好', speech_rate: 40 };
    const bad: [Record<string, unknown>, string][] = [
      [{}, 'question_and_answer'],
      [{ question_and_answer: '自我介紹' }, 'question_and_answer'],
      [{ question_and_answer: [] }, 'question_and_answer'],
      [{ question_and_answer: [{ answer: 'a', speech_rate: 1 }] }, 'question_and_answer[0].question'],
      [{ question_and_answer: [{ ...good, speech_rate: -1 }] }, 'question_and_answer[0].speech_rate'],
      [{ question_and_answer: [{ ...good, speech_rate: '40' }] }, 'question_and_answer[0].speech_rate'],
      [{ question_and_answer: [good, { ...good, answer: 'a\u0000b' }] }, 'question_and_answer[1].answer'],
      [{ question_and_answer: [{ ...good, question: '\u0000' }] }, 'question_and_answer[0].question'],
      [{ question_and_answer: [{ ...good, score: 100 }] }, 'question_and_answer[0].score'],
      [{ question_and_answer: [good], user_id: 1 }, 'user_id'],
      [{ question_and_answer: [good], improved: '多練習' }, 'improved'],
    ];
    for (const [body, field] of bad) {
      const reply = await as(user)<{ errors: Record<string, string[]> }>('/api/interview_records', { body });
      expect(reply, JSON.stringify(body)).toMatchObject({ status: 400, body: { message: '資料有誤' } });
      expect(Object.keys(reply.body.errors), JSON.stringify(body)).toContain(field);
    }
    const notJson = await as(user)('/api/interview_records', {
      rawBody: '{"question_and_answer": [',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notJson).toMatchObject({ status: 400, body: { message: '資料有誤' } });
    expect(await recordsOf(user)).toEqual({ records: [], total: 0 });
  });

  it('refuses an interview without a position, and answers no question that is not there', async () => {
    const user = await newUser();
    for (const position of ['', '   ', undefined, 'x'.repeat(101)]) {
      const reply = await as(user)('/api/interviews', { body: { position, question_count: 3 } });
      expect(reply, JSON.stringify(position)).toMatchObject({
        status: 400,
        body: { message: '資料有誤', errors: { position: expect.any(Array) } },
      });
    }
    for (const body of [
      { position: 'x', seconds_per_answer: 10 },
      { position: 'x', language: 'fr' },
      { position: 'x', role: 'admin' },
    ]) {
      expect((await as(user)('/api/interviews', { body })).status, JSON.stringify(body)).toBe(400);
    }
    expect(await recordsOf(user)).toEqual({ records: [], total: 0 });

    const { interview_id: id } = await start(user, { ...SALES, question_count: 3 });
    for (const index of ['3', '99', '100', '-1', 'abc', '1.5']) {
      expect(await answer(user, id, index, { answer: 'a' }), index).toMatchObject({ status: 404, body: { message: '資料不存在' } });
    }
    for (const other of ['abc', '0', '999999999', '1e3']) {
      expect(await as(user)(`/api/interviews/${other}`), other).toMatchObject({ status: 404, body: { message: '資料不存在' } });
      expect((await as(user)(`/api/interview_records/${other}`)).status, other).toBe(404);
      expect((await answer(user, other, 0, { answer: 'a' })).status, other).toBe(404);
    }
    for (const body of [
      {},
      { answer: 7 },
      { answer: 'a\u0000' },
      { answer: 'a', mode: 'video' },
      { answer: 'a', duration_ms: -5 },
      { answer: 'a', x: 1 },
    ]) {
      const reply = await answer(user, id, 0, body);
      expect(reply, JSON.stringify(body)).toMatchObject({ status: 400, body: { message: '資料有誤', errors: expect.any(Object) } });
    }
    expect((await interviewOf(user, id)).questions.every((q) => q.answer === null)).toBe(true);
  });

  it('analyses only an answer to a question it knows: inline or by id', async () => {
    const user = await newUser();
    const neither = await as(user)('/api/interview_analysis', { body: { answer: 'a' } });
    expect(neither).toMatchObject({ status: 400, body: { message: '資料有誤', errors: { question_id: expect.any(Array) } } });
    const both = await as(user)('/api/interview_analysis', { body: { answer: 'a', question_id: 1, question: { kind: 'behavioral' } } });
    expect(both.status).toBe(400);
    expect(await as(user)('/api/interview_analysis', { body: { answer: 'a', question_id: 999_999 } })).toMatchObject({
      status: 404,
      body: { message: '題目不存在' },
    });
    expect((await as(user)('/api/interview_analysis', { body: { answer: 'a', question: { kind: 'riddle' } } })).status).toBe(400);
  });
});

describe('records made elsewhere (POST /api/interview_records, InterviewRecords 3)', () => {
  it('keeps the record as sent, 200 新增成功 with its id, and lists it with the speech rates as sent', async () => {
    const user = await newUser();
    const body = {
      question_and_answer: [
        { question: '自我介紹', answer: '你好你好', speech_rate: 40 },
        { question: '為何選擇我們公司', answer: '挖阿災', speech_rate: 185 },
        { question: 'Why this role?', answer: '', speech_rate: 0 },
      ],
      improved: ['常常沒有直視前方', '語速偏快'],
    };
    const created = await as(user)<{ message: string; interview_id: number }>('/api/interview_records', { body });
    expect(created).toMatchObject({ status: 200, body: { message: '新增成功', interview_id: expect.any(Number) } });
    const { records, total } = await recordsOf(user);
    expect(total).toBe(1);
    expect(records[0]).toMatchObject({
      interview_id: created.body.interview_id,
      created_at: expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}$/),
      question_and_answer: body.question_and_answer,
      improved: body.improved,
      status: 'completed',
    });
    expect((await as(user)(`/api/interview_records/${created.body.interview_id}`)).body).toEqual(records[0]);
    // Its owner may delete it; then it is gone.
    expect(await as(user)(`/api/interview_records/${created.body.interview_id}`, { method: 'DELETE' })).toMatchObject({
      status: 200,
      body: { message: '刪除成功' },
    });
    expect(await as(user)(`/api/interview_records/${created.body.interview_id}`)).toMatchObject({
      status: 404,
      body: { message: '資料不存在' },
    });
    expect(await recordsOf(user)).toEqual({ records: [], total: 0 });
  });
});

describe('recordings of answers (PUT/GET/DELETE /api/interviews/{id}/answers/{index}/recording)', () => {
  it('keeps a WebM recording, plays back the same bytes to its owner only, and replaces or discards it', async () => {
    const [owner, other] = await Promise.all([newUser(), newUser()]);
    const { interview_id: id } = await start(owner, { ...SALES, question_count: 3 });
    const up = await uploadRecording(owner.accessToken, id, 1, recordingForm(WEBM));
    expect(up).toMatchObject({ status: 200, body: { recording_url: recordingPath(id, 1) } });
    expect(await playRecording(owner, id, 1)).toMatchObject({ status: 200, type: 'audio/webm', bytes: WEBM });
    expect((await interviewOf(owner, id)).questions[1]!.recording_url).toBe(recordingPath(id, 1));
    expect((await playRecording(other, id, 1)).status).toBe(403);
    expect((await playRecording(owner, id, 0)).status).toBe(404);

    // Ogg, MP4 and WAV too, each served as what its bytes say, whatever the upload claimed.
    const others: [Buffer, string][] = [
      [Buffer.concat([Buffer.from('OggS'), Buffer.alloc(24, 1)]), 'audio/ogg'],
      [Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A '), Buffer.alloc(20, 2)]), 'audio/mp4'],
      [Buffer.concat([Buffer.from('RIFF'), Buffer.from([36, 0, 0, 0]), Buffer.from('WAVEfmt '), Buffer.alloc(20, 3)]), 'audio/wav'],
    ];
    for (const [bytes, type] of others) {
      expect((await uploadRecording(owner.accessToken, id, 1, recordingForm(bytes))).status, type).toBe(200);
      expect(await playRecording(owner, id, 1), type).toMatchObject({ status: 200, type, bytes });
    }

    expect(await as(owner)(recordingPath(id, 1), { method: 'DELETE' })).toMatchObject({ status: 200, body: { message: '刪除成功' } });
    expect((await playRecording(owner, id, 1)).status).toBe(404);
    expect((await as(owner)(recordingPath(id, 1), { method: 'DELETE' })).status).toBe(404);
    expect((await interviewOf(owner, id)).questions[1]!.recording_url).toBeNull();
  });

  it('refuses what is not audio (415), an empty or missing file (400), and a question that is not there (404)', async () => {
    const user = await newUser();
    const { interview_id: id } = await start(user, { ...SALES, question_count: 3 });
    for (const bytes of [PNG, Buffer.from('just some text, not audio at all'), Buffer.from([0x1a, 0x45, 0xdf])]) {
      expect(await uploadRecording(user.accessToken, id, 0, recordingForm(bytes))).toMatchObject({
        status: 415,
        body: { message: '檔案格式不支援' },
      });
    }
    expect(await uploadRecording(user.accessToken, id, 0, recordingForm(Buffer.alloc(0)))).toMatchObject({
      status: 400,
      body: { message: '資料有誤', errors: { recording: expect.any(Array) } },
    });
    expect(await uploadRecording(user.accessToken, id, 0, recordingForm(WEBM, 'audio'))).toMatchObject({
      status: 400,
      body: { errors: { recording: expect.any(Array) } },
    });
    expect((await uploadRecording(user.accessToken, id, 3, recordingForm(WEBM))).status).toBe(404);
    expect((await interviewOf(user, id)).questions.every((q) => q.recording_url === null)).toBe(true);
  });

  it('goes with its interview when the record is deleted', async () => {
    const user = await newUser();
    const { interview_id: id } = await start(user, { ...SALES, question_count: 3 });
    await uploadRecording(user.accessToken, id, 0, recordingForm(WEBM));
    expect((await playRecording(user, id, 0)).status).toBe(200);
    expect((await as(user)(`/api/interview_records/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await playRecording(user, id, 0)).status).toBe(404);
    expect((await as(user)(`/api/interviews/${id}`)).status).toBe(404);
  });

  it('takes no new recording once the interview has ended (400 資料衝突), and keeps the one it has', async () => {
    const user = await newUser();
    const { interview_id: id } = await start(user, { ...SALES, question_count: 3 });
    await uploadRecording(user.accessToken, id, 0, recordingForm(WEBM));
    expect((await as(user)(`/api/interviews/${id}/finish`, { method: 'POST' })).status).toBe(200);
    expect(await uploadRecording(user.accessToken, id, 1, recordingForm(WEBM))).toMatchObject({
      status: 400,
      body: { message: '資料衝突' },
    });
    expect((await interviewOf(user, id)).questions.map((q) => q.recording_url)).toEqual([recordingPath(id, 0), null, null]);
    expect(await playRecording(user, id, 0)).toMatchObject({ status: 200, bytes: WEBM });
    // (That the file itself is removed is checked in interview-coaching.test.ts, whose server's DATA_DIR is known.)
  });
});

describe('the question bank (GET/POST /api/interview_questions, GET/PATCH/DELETE /api/interview_questions/{id})', () => {
  it('lists the published bank a page at a time, filtered by family, kind and text', async () => {
    const all = await call<BankQuestion[]>('/api/interview_questions?per_page=100');
    expect(all.status).toBe(200);
    expect(Number(all.headers.get('x-total-count'))).toBeGreaterThanOrEqual(190);
    expect(all.body).toHaveLength(100);
    expect(all.body.every((q) => q.status === 'published')).toBe(true);

    const marketing = await call<BankQuestion[]>('/api/interview_questions?family=marketing&kind=behavioral&per_page=100');
    expect(marketing.body.length).toBeGreaterThan(0);
    expect(marketing.body.every((q) => q.family === 'marketing' && q.kind === 'behavioral')).toBe(true);
    expect(Number(marketing.headers.get('x-total-count'))).toBe(marketing.body.length);

    const ga4 = await call<BankQuestion[]>('/api/interview_questions?q=GA4&per_page=100');
    expect(ga4.body.length).toBeGreaterThan(0);
    for (const q of ga4.body) expect(`${q.zh} ${q.en} ${q.key} ${q.tags.join(' ')}`.toLowerCase()).toContain('ga4');
    expect((await call<BankQuestion[]>(`/api/interview_questions?q=${uniqueName('nothing')}`)).body).toEqual([]);
    // The tags are searched one by one, not as JSON text: punctuation of the list finds nothing.
    for (const q of ['["', '","', '"]']) {
      expect((await call<BankQuestion[]>(`/api/interview_questions?q=${encodeURIComponent(q)}`)).body, q).toEqual([]);
    }
    expect((await call('/api/interview_questions?family=astrology')).status).toBe(400);
  });

  it('is written by admins only: a user’s POST, PATCH and DELETE are 403, and retired questions are hidden from them', async () => {
    const user = await newUser();
    const [existing] = (await call<BankQuestion[]>('/api/interview_questions?family=general&per_page=1')).body;
    const question = {
      family: 'general',
      kind: 'technical',
      zh: '請說明一個技術取捨',
      en: 'Explain a technical trade-off',
      tags: ['取捨'],
      points: [
        { zh: '情境', en: 'Context', keywords: ['context'] },
        { zh: '取捨', en: 'Trade-off', keywords: ['trade-off'] },
      ],
      seconds: [60, 120],
    };
    expect(await as(user)('/api/interview_questions', { body: question })).toMatchObject({ status: 403, body: { message: '權限不足' } });
    expect(await as(user)(`/api/interview_questions/${existing!.id}`, { method: 'PATCH', body: { zh: '改' } })).toMatchObject({
      status: 403,
    });
    expect((await as(user)(`/api/interview_questions/${existing!.id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await call<BankQuestion>(`/api/interview_questions/${existing!.id}`)).body).toEqual(existing);
    // `status=retired` is for admins: 403 for a user, 401 for no one.
    expect(await as(user)('/api/interview_questions?status=retired')).toMatchObject({ status: 403 });
    expect(await call('/api/interview_questions?status=all')).toMatchObject({ status: 401 });
  });

  it('takes an admin’s new question into selection at once, never selects it once retired, and again once restored', async () => {
    const adminTok = await adminToken();
    // One user takes interviews; another only asks for selections, so resting what the first was asked plays no part.
    const [user, chooser] = await Promise.all([newUser(), newUser()]);
    const word = uniqueName('zq');
    const body = {
      family: 'general',
      kind: 'technical',
      zh: `請說明你如何導入 ${word} 並衡量成效`,
      en: `How did you adopt ${word}, and how did you measure it?`,
      tags: [word],
      points: [
        { zh: '導入的原因', en: 'Why it was adopted', keywords: ['why', '原因'] },
        { zh: '衡量的指標', en: 'How it was measured', keywords: ['metric', '指標'] },
      ],
      seconds: [60, 120],
    };
    const created = await as(adminTok)<BankQuestion>('/api/interview_questions', { body });
    expect(created).toMatchObject({ status: 201, body: { family: 'general', kind: 'technical', zh: body.zh, status: 'published' } });
    const id = created.body.id;
    try {
      const listed = async () => (await call<BankQuestion[]>(`/api/interview_questions?q=${word}`)).body.map((q) => q.id);
      const chosen = async () => (await select(chooser, { position: word, question_count: 3 })).questions.map((q) => q.id);
      expect(await listed()).toEqual([id]);
      expect(await chosen()).toContain(id);
      const asked = await start(user, { position: word, question_count: 3 });
      const index = asked.questions.findIndex((q) => q.id === id);
      expect(index).toBeGreaterThanOrEqual(0);

      const retired = await as(adminTok)<BankQuestion>(`/api/interview_questions/${id}`, { method: 'DELETE' });
      expect(retired).toMatchObject({ status: 200, body: { id, status: 'retired' } });
      expect(await listed()).toEqual([]);
      for (let i = 0; i < 3; i++) expect(await chosen()).not.toContain(id);
      expect((await start(user, { position: word, question_count: 3 })).questions.map((q) => q.id)).not.toContain(id);
      expect(await as(user)(`/api/interview_questions/${id}`)).toMatchObject({ status: 404, body: { message: '題目不存在' } });
      expect((await as(adminTok)<BankQuestion>(`/api/interview_questions/${id}`)).body).toMatchObject({ id, status: 'retired' });
      const retiredList = await as(adminTok)<BankQuestion[]>(`/api/interview_questions?status=retired&q=${word}`);
      expect(retiredList.body.map((q) => q.id)).toEqual([id]);
      // The interview that asked it keeps it as asked.
      expect((await interviewOf(user, asked.interview_id)).questions[index]!.question).toBe(body.zh);

      const restored = await as(adminTok)<BankQuestion>(`/api/interview_questions/${id}`, {
        method: 'PATCH',
        body: { status: 'published', zh: `${body.zh}？` },
      });
      expect(restored).toMatchObject({ status: 200, body: { id, status: 'published', zh: `${body.zh}？`, en: body.en } });
      expect(await listed()).toEqual([id]);
      expect(await chosen()).toContain(id);
      expect((await interviewOf(user, asked.interview_id)).questions[index]!.question).toBe(body.zh);
    } finally {
      // Leave the shared bank as it was found.
      await as(adminTok)(`/api/interview_questions/${id}`, { method: 'DELETE' });
    }
  });

  it('refuses a malformed question with per-field errors', async () => {
    const adminTok = await adminToken();
    const reply = await as(adminTok)<{ errors: Record<string, string[]> }>('/api/interview_questions', {
      body: { family: 'astrology', kind: 'technical', zh: '', en: 'x', tags: [], points: [], seconds: [120, 60] },
    });
    expect(reply).toMatchObject({ status: 400, body: { message: '資料有誤' } });
    expect(Object.keys(reply.body.errors)).toEqual(expect.arrayContaining(['family', 'zh', 'tags', 'points', 'seconds']));
    expect((await as(adminTok)('/api/interview_questions/999999', { method: 'PATCH', body: { zh: '改' } })).status).toBe(404);
  });
});

describe('POST /api/interview_analysis', () => {
  it('measures an English spoken answer: 70 words in 30 s is 140 wpm, three "um"s, one point of two covered', async () => {
    const user = await newUser();
    const text =
      'Um, at my previous company our product page was slow, so I had to fix it. Um, first I measured latency with real user data, ' +
      'then I added a cache in front of the API. Um, the result was that load time dropped by half and conversions grew noticeably ' +
      'within two months of launch. We also wrote a runbook so the team could keep the page fast after I left.';
    const reply = await as(user)<Feedback>('/api/interview_analysis', {
      body: {
        answer: text,
        mode: 'voice',
        duration_ms: 30_000,
        transcript: text,
        question: {
          kind: 'technical',
          points: [
            { zh: '說明快取', en: 'Explain the cache', keywords: ['cache'] },
            { zh: '說明監控', en: 'Explain monitoring', keywords: ['monitoring', 'alert'] },
          ],
          seconds: [30, 60],
        },
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      language: 'en',
      durationSeconds: 30,
      // 30–60 s at 140 words a minute: 70–140 words.
      length: { count: 70, unit: 'words', recommended: [70, 140], verdict: 'ok' },
      speechRate: { value: 140, unit: 'wpm' },
      fillers: { total: 3, perMinute: 6, words: [{ word: 'um', count: 3 }] },
      coverage: { covered: [{ en: 'Explain the cache' }], missed: [{ en: 'Explain monitoring' }], ratio: 0.5 },
      star: null,
    });
    // Coverage 0.65 × ½ + length 0.2 + fluency 0.15 × (1 − (6/4 − 1)/3) = 0.65 → 65.
    expect(reply.body.score).toBe(65);
    expect(reply.body.tips[0]).toEqual({ zh: '可以補充：說明監控', en: 'Also cover: Explain monitoring' });
    // Typed, the same words have no pace.
    const typed = await as(user)<Feedback>('/api/interview_analysis', { body: { answer: text, question: { kind: 'technical' } } });
    expect(typed.body).toMatchObject({ speechRate: null, fillers: { total: 3, perMinute: null } });
  });

  it('analyses an answer to a bank question by its id, against that question’s points', async () => {
    const user = await newUser();
    const [question] = (
      await call<(BankQuestion & { points: { keywords: string[] }[] })[]>(
        '/api/interview_questions?family=sales&kind=behavioral&per_page=1',
      )
    ).body;
    const reply = await as(user)<Feedback>('/api/interview_analysis', {
      body: { question_id: question!.id, answer: ZH_ANSWER, mode: 'voice', duration_ms: 12_000, transcript: ZH_ANSWER },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.coverage.covered.length + reply.body.coverage.missed.length).toBe(question!.points.length);
    expect(reply.body).toMatchObject({ language: 'zh', speechRate: { value: 230, unit: 'cpm' }, star: { situation: true, result: true } });
  });

  it('measures speech rate only on the browser transcript: a recording with typed text has no pace (decision A30)', async () => {
    const user = await newUser();
    const { interview_id: id } = await start(user, MARKETING);
    // The bug: 8 s of audio with a typed page answered 947 字／分鐘 and 語速偏快.
    const typedIntoRecording = await answer(user, id, 0, { answer: ZH_ANSWER.repeat(3), mode: 'voice', duration_ms: 8_000 });
    expect(typedIntoRecording.status).toBe(200);
    expect(typedIntoRecording.body).toMatchObject({ mode: 'voice', duration_ms: 8_000, speech_rate: null });
    expect(typedIntoRecording.body.feedback).toMatchObject({ speechRate: null, fillers: { perMinute: null } });
    expect(typedIntoRecording.body.feedback!.tips.some((tip) => tip.zh.startsWith('語速'))).toBe(false);

    // What recognition heard (25 characters in 6 s) is timed, whatever was typed beside it: 250 a minute.
    const heard = ZH_ANSWER.slice(0, 27);
    expect(hanCount(heard)).toBe(25);
    const transcribed = await answer(user, id, 1, {
      answer: `${heard}另外補充很多打字的內容`,
      mode: 'voice',
      duration_ms: 6_000,
      transcript: heard,
    });
    expect(transcribed.body).toMatchObject({ speech_rate: 250 });

    await as(user)(`/api/interviews/${id}/finish`, { method: 'POST' });
    const record = (await as(user)<InterviewRecord>(`/api/interview_records/${id}`)).body;
    // The contract's number stays a number: 0 where the pace is unknown.
    expect(record.question_and_answer.slice(0, 2)).toMatchObject([
      { speech_rate: 0, mode: 'voice' },
      { speech_rate: 250, mode: 'voice' },
    ]);
  });
});
