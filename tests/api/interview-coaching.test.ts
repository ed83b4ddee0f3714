import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../harness/processes';
import { STUB_REPLY, startOpenAiStub, type OpenAiStub } from '../support/openai-stub';
import { call, newIp, newUser, uniqueName } from './client';
import { contractViolation } from './contract';
import { inLegs, runsIf } from '../support/skips';

// POST /api/interviews/{id}/answers/{index}/coaching: the built-in analyzer's feedback first, then
// the AI coach's words as the model writes them (server-sent events), kept with the answer; any
// failure of the model ends in `fallback` and loses nothing.

interface ServerEvent {
  event: string;
  data: Record<string, unknown>;
}

interface Coach {
  feedback: string;
  follow_up: string | null;
  model: string;
}

interface InterviewQuestion {
  index: number;
  question: string;
  answer: string | null;
  feedback: { score: number } | null;
  coach: Coach | null;
}

interface Interview {
  interview_id: number;
  questions: InterviewQuestion[];
}

/** The events of a text/event-stream body, in order (the `retry` line and keep-alive comments left out). */
function parseEvents(text: string): ServerEvent[] {
  return text
    .split('\n\n')
    .map((block) => ({ event: /^event: (.+)$/m.exec(block)?.[1], data: /^data: (.+)$/m.exec(block)?.[1] }))
    .filter((e): e is { event: string; data: string } => e.event !== undefined && e.data !== undefined)
    .map((e) => ({ event: e.event, data: JSON.parse(e.data) as Record<string, unknown> }));
}

/** A server of this file's own, and what it answers: JSON is held to the route's declared docs, as client.ts does. */
class Client {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  static async signUp(baseUrl: string): Promise<Client> {
    const account = uniqueName('coach');
    const ip = newIp();
    const post = (p: string, body: unknown) =>
      fetch(`${baseUrl}${p}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
        body: JSON.stringify(body),
      });
    const email = `${account}@example.com`;
    expect((await post('/api/v1/auth/register', { email, password: 'Passw0rdOk', displayName: account })).status).toBe(201);
    const login = await post('/api/v1/auth/login', { email, password: 'Passw0rdOk' });
    return new Client(baseUrl, ((await login.json()) as { accessToken: string }).accessToken);
  }

  async json<T = Record<string, unknown>>(p: string, method = 'GET', body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.baseUrl}${p}`, {
      method,
      headers: { token: this.token, 'X-Forwarded-For': newIp(), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = (await res.json()) as T;
    const violation = await contractViolation(this.baseUrl, method, p, res.status, res.headers.get('content-type'), parsed);
    if (violation) throw new Error(`contract violation: ${violation}`);
    return { status: res.status, body: parsed };
  }

  async start(body: Record<string, unknown>): Promise<Interview> {
    const reply = await this.json<Interview>('/api/interviews', 'POST', body);
    expect(reply.status).toBe(201);
    return reply.body;
  }

  async answer(id: number, index: number, text: string): Promise<InterviewQuestion> {
    const reply = await this.json<InterviewQuestion>(`/api/interviews/${id}/answers/${index}`, 'PUT', { answer: text });
    expect(reply.status).toBe(200);
    return reply.body;
  }

  async interview(id: number): Promise<Interview> {
    return (await this.json<Interview>(`/api/interviews/${id}`)).body;
  }

  /** Opens the coaching stream and reads it event by event, as the page does. */
  async openCoaching(id: number, index: number) {
    const res = await fetch(`${this.baseUrl}/api/interviews/${id}/answers/${index}/coaching`, {
      method: 'POST',
      headers: { token: this.token, 'X-Forwarded-For': newIp() },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    return {
      async next(): Promise<ServerEvent | null> {
        for (;;) {
          const boundary = buffer.indexOf('\n\n');
          if (boundary >= 0) {
            const [event] = parseEvents(buffer.slice(0, boundary + 2));
            buffer = buffer.slice(boundary + 2);
            if (event) return event;
            continue;
          }
          const chunk = await reader.read();
          if (chunk.done) return null;
          buffer += chunk.value;
        }
      },
    };
  }

  /** The whole coaching stream, once it has ended. */
  async coaching(id: number, index: number): Promise<ServerEvent[]> {
    const stream = await this.openCoaching(id, index);
    const events: ServerEvent[] = [];
    for (let e = await stream.next(); e; e = await stream.next()) events.push(e);
    return events;
  }
}

const names = (events: ServerEvent[]) => events.map((e) => e.event);
/** The event names, each run of deltas collapsed to one. */
const shape = (events: ServerEvent[]) => names(events).filter((name, i, all) => name !== 'delta' || all[i - 1] !== 'delta');

const MODEL = 'stub-coach-1';
const API_KEY = 'sk-test-coaching-0123456789';
const FIRST_TOKEN_MS = 1500;
const POSITION = '後端工程師';
const ANSWER = '我在上一份工作負責訂單服務，當時尖峰延遲過高，我決定在查詢前加上快取，結果延遲降低一半。';

describe('coaching from an OpenAI-compatible model (its own server, pointed at a local stub)', inLegs('pglite'), () => {
  let stub: OpenAiStub;
  let app: AppServer;
  let dataDir: string;
  let client: Client;

  beforeAll(async () => {
    stub = await startOpenAiStub();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-coaching-'));
    app = await startApp({
      env: {
        AI_BASE_URL: stub.url,
        AI_API_KEY: API_KEY,
        AI_MODEL: MODEL,
        AI_FIRST_TOKEN_TIMEOUT_MS: String(FIRST_TOKEN_MS),
        AI_TIMEOUT_MS: '20000',
        // Known here (startApp's own is not), so the recordings test can look at the files.
        DATA_DIR: dataDir,
      },
    });
    client = await Client.signUp(app.baseUrl);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams the analysis, then the coach’s words as written, then the parsed feedback and follow-up, and keeps them', async () => {
    stub.setBehaviour('stream');
    const { interview_id: id } = await client.start({ position: POSITION, question_count: 3 });
    const saved = await client.answer(id, 0, ANSWER);
    const calls = stub.requests.length;

    const events = await client.coaching(id, 0);
    expect(shape(events)).toEqual(['analysis', 'delta', 'done']);
    expect(events[0]!.data.feedback).toEqual(saved.feedback);
    const deltas = events.filter((e) => e.event === 'delta');
    // Cut at awkward places by the stub (inside characters, between CR and LF), the text arrives whole.
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((e) => e.data.text).join('')).toBe(STUB_REPLY.zh);
    const coach = {
      feedback: STUB_REPLY.zh.split('\n').slice(0, 3).join('\n'),
      followUp: '資料更新時，你會如何讓快取失效？',
      model: MODEL,
    };
    expect(events.at(-1)!.data).toEqual({ type: 'done', coach });
    expect(stub.requests.length).toBe(calls + 1);

    // Kept with the answer: a reload shows it, and asking again replays it without a second model call.
    const kept = (await client.interview(id)).questions[0]!;
    expect(kept).toMatchObject({ answer: ANSWER, coach: { feedback: coach.feedback, follow_up: coach.followUp, model: MODEL } });
    const replay = await client.coaching(id, 0);
    expect(names(replay)).toEqual(['analysis', 'done']);
    expect(replay[1]!.data).toEqual({ type: 'done', coach });
    expect(stub.requests.length).toBe(calls + 1);

    // A new take of the answer drops the coaching written for the old one.
    await client.answer(id, 0, `${ANSWER}另外也加上監控。`);
    expect((await client.interview(id)).questions[0]!.coach).toBeNull();
  });

  it('sends the configured model, the key as a Bearer token, and the answer inside the prompt, in the interview’s language', async () => {
    stub.setBehaviour('stream');
    const zh = await client.start({ position: POSITION, question_count: 3 });
    await client.answer(zh.interview_id, 1, ANSWER);
    await client.coaching(zh.interview_id, 1);
    const request = stub.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toMatchObject({ model: MODEL, stream: true });
    const messages = request.body!.messages!;
    expect(messages.find((m) => m.role === 'system')!.content).toContain(POSITION);
    const user = messages.find((m) => m.role === 'user')!.content;
    expect(user).toContain(ANSWER);
    expect(user).toContain(zh.questions[1]!.question);

    const english = await client.start({ position: 'Backend Engineer', question_count: 3, language: 'en' });
    const text = 'I put a cache in front of the orders query, which halved the latency at peak.';
    await client.answer(english.interview_id, 1, text);
    const events = await client.coaching(english.interview_id, 1);
    expect(stub.requests.at(-1)!.body!.messages!.find((m) => m.role === 'user')!.content).toContain(text);
    expect(events.at(-1)!.data).toMatchObject({
      type: 'done',
      coach: { followUp: 'How would you invalidate that cache when the data changes?' },
    });
  });

  it('falls back, losing nothing, when the model is slow to start, refuses, breaks off or sends garbage', async () => {
    const { interview_id: id } = await client.start({ position: POSITION, question_count: 5 });
    const cases = [
      { behaviour: 'slow', reason: 'timeout' },
      { behaviour: 'broken', reason: 'http' },
      { behaviour: 'cut', reason: 'network' },
      { behaviour: 'garbage', reason: 'protocol' },
    ] as const;
    for (const [index, { behaviour, reason }] of cases.entries()) {
      const text = `${ANSWER}（第 ${index + 1} 題）`;
      const saved = await client.answer(id, index, text);
      stub.setBehaviour(behaviour);
      const stream = await client.openCoaching(id, index);
      const first = await stream.next();
      const analysedAt = Date.now();
      expect(first).toMatchObject({ event: 'analysis', data: { feedback: saved.feedback } });
      const rest: ServerEvent[] = [];
      for (let e = await stream.next(); e; e = await stream.next()) rest.push(e);
      expect(
        shape([first!, ...rest]).filter((name) => name !== 'delta'),
        behaviour,
      ).toEqual(['analysis', 'fallback']);
      expect(rest.at(-1)!.data, behaviour).toEqual({ type: 'fallback', reason });
      if (behaviour === 'slow') {
        // The analysis was not held back behind the silent model: the timeout came well after it.
        expect(Date.now() - analysedAt).toBeGreaterThanOrEqual(FIRST_TOKEN_MS - 1000);
      }
      // The answer and the analyzer's feedback are as saved; there is no coaching to keep.
      expect((await client.interview(id)).questions[index], behaviour).toMatchObject({
        answer: text,
        feedback: saved.feedback,
        coach: null,
      });
    }
    // Once the model is back, coaching works for an answer that fell back before.
    stub.setBehaviour('stream');
    expect(names(await client.coaching(id, 2)).at(-1)).toBe('done');
    expect((await client.interview(id)).questions[2]!.coach).toMatchObject({ model: MODEL });
  });

  it('keeps a recording as a file in DATA_DIR/recordings, replaces it, and removes it with the interview', async () => {
    const folder = path.join(dataDir, 'recordings');
    const files = () => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);
    const before = new Set(files());
    const added = () => files().filter((name) => !before.has(name));
    const { interview_id: id } = await client.start({ position: POSITION, question_count: 3 });
    const upload = async (bytes: Buffer) => {
      const form = new FormData();
      form.set('recording', new Blob([new Uint8Array(bytes)], { type: 'audio/webm' }), 'answer.webm');
      const res = await fetch(`${app.baseUrl}/api/interviews/${id}/answers/0/recording`, {
        method: 'PUT',
        headers: { token: client.token, 'X-Forwarded-For': newIp() },
        body: form,
      });
      expect(res.status).toBe(200);
    };
    const first = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from('first take')]);
    const second = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from('second take')]);
    await upload(first);
    expect(added()).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, added()[0]!)).equals(first)).toBe(true);
    await upload(second);
    // The first take's file is gone once the second is kept.
    expect(added()).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, added()[0]!)).equals(second)).toBe(true);
    expect((await client.json(`/api/interview_records/${id}`, 'DELETE')).status).toBe(200);
    expect(added()).toEqual([]);
  });
});

describe(
  'coaching without an AI endpoint configured (the suite’s server)',
  runsIf(!process.env.AI_BASE_URL, 'AI_BASE_URL is set here, so the suite’s server has an AI endpoint'),
  () => {
    it('sends the analysis, then falls back: not_configured', async () => {
      const user = await newUser();
      const as = { token: user.accessToken, tokenHeader: true };
      const started = await call<Interview>('/api/interviews', { ...as, body: { position: POSITION, question_count: 3 } });
      const { interview_id: id } = started.body;
      const saved = await call<InterviewQuestion>(`/api/interviews/${id}/answers/0`, { ...as, method: 'PUT', body: { answer: ANSWER } });
      const reply = await call<string>(`/api/interviews/${id}/answers/0/coaching`, { ...as, method: 'POST' });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const events = parseEvents(reply.body);
      expect(events).toEqual([
        { event: 'analysis', data: { type: 'analysis', feedback: saved.body.feedback } },
        { event: 'fallback', data: { type: 'fallback', reason: 'not_configured' } },
      ]);
      expect((await call<Interview>(`/api/interviews/${id}`, as)).body.questions[0]).toMatchObject({ answer: ANSWER, coach: null });
    });

    it('does not coach an empty answer: the analysis, then fallback empty_answer', async () => {
      const user = await newUser();
      const as = { token: user.accessToken, tokenHeader: true };
      const { interview_id: id } = (await call<Interview>('/api/interviews', { ...as, body: { position: POSITION, question_count: 3 } }))
        .body;
      await call(`/api/interviews/${id}/answers/0`, { ...as, method: 'PUT', body: { answer: '  ' } });
      const reply = await call<string>(`/api/interviews/${id}/answers/0/coaching`, { ...as, method: 'POST' });
      expect(parseEvents(reply.body).map((e) => (e.event === 'fallback' ? e.data : e.event))).toEqual([
        'analysis',
        { type: 'fallback', reason: 'empty_answer' },
      ]);
    });

    it('refuses coaching for a question not yet answered, or not there', async () => {
      const user = await newUser();
      const as = { token: user.accessToken, tokenHeader: true };
      const { interview_id: id } = (await call<Interview>('/api/interviews', { ...as, body: { position: POSITION, question_count: 3 } }))
        .body;
      const unanswered = await call(`/api/interviews/${id}/answers/1/coaching`, { ...as, method: 'POST' });
      // The ai-interview contract answers a conflict with 400 資料衝突; no stream starts.
      expect(unanswered.status).toBe(400);
      expect(unanswered.body).toEqual({ message: '資料衝突' });
      expect(await call(`/api/interviews/${id}/answers/3/coaching`, { ...as, method: 'POST' })).toMatchObject({
        status: 404,
        body: { message: '資料不存在' },
      });
    });
  },
);
