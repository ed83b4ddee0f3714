import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM_TOKEN } from '../harness/processes';
import { PROBLEM_TYPE, baseUrl, call, newUser } from '../api/client';
import { PlainRoomClient, YjsRoomClient, until } from '../support/room-clients';

// One error shape wherever a v1 client meets an error: a REST answer, a refused WebSocket upgrade,
// a refused Socket.IO handshake, a socket's error event and the early Host guard all carry
// codemeet-api.md's ProblemDetails (type, title, status, detail, code, traceId).

const TRACE_ID = /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/;

const open: Array<{ close(): void }> = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One HTTP/1.1 exchange as written, for what fetch() and WebSocket clients would not send or show. */
function exchange(request: string): Promise<RawAnswer> {
  const { port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

/** A WebSocket upgrade as a browser or the `ws` package sends it, with any other header lines given. */
function upgrade(path: string, { host = `127.0.0.1:${new URL(baseUrl()).port}`, more = [] as string[] } = {}): Promise<RawAnswer> {
  return exchange(
    [
      `GET ${path} HTTP/1.1`,
      `Host: ${host}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...more,
      '',
      '',
    ].join('\r\n'),
  );
}

/** A new room of two new users. */
async function newRoom() {
  const [interviewee, interviewer] = [await newUser(), await newUser()];
  const room = await call<{ roomId: string }>('/api/v1/rooms', {
    token: SYSTEM_TOKEN,
    body: { participants: [interviewee.userId, interviewer.userId], language: 'javascript' },
  });
  expect(room.status).toBe(201);
  return { roomId: room.body.roomId, interviewee, interviewer };
}

/** What a REST route answers for the same kind of refusal: the shape every other answer must match. */
async function restUnauthorized() {
  const rest = await call<Record<string, unknown>>('/api/v1/users/me', { token: 'garbage' });
  expect(rest.status).toBe(401);
  return rest.body;
}

/** The Socket.IO handshake's refusal: connect_error's message and data. */
function refusedHandshake(path: string, auth: Record<string, unknown>): Promise<{ message: string; data: unknown }> {
  const socket = io(`${baseUrl()}${path}`, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve) => {
    socket.on('connect', () => {
      socket.disconnect();
      resolve({ message: 'connected', data: null });
    });
    socket.on('connect_error', (error: Error & { data?: unknown }) => {
      socket.disconnect();
      resolve({ message: error.message, data: error.data });
    });
  });
}

describe('a refused WebSocket upgrade', () => {
  it('answers a garbage token on /ws/rooms as REST answers one: 401 ProblemDetails with a trace id', async () => {
    const rest = await restUnauthorized();
    const refused = await upgrade('/ws/rooms/room_1?token=garbage');
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toBe('application/problem+json');
    const body = JSON.parse(refused.body) as Record<string, unknown>;
    expect(body).toEqual({
      type: PROBLEM_TYPE,
      title: 'Unauthorized',
      status: 401,
      detail: expect.any(String),
      code: 'UNAUTHORIZED',
      traceId: expect.stringMatching(TRACE_ID),
    });
    expect(Object.keys(body).sort()).toEqual(Object.keys(rest).sort());
    expect(body).toMatchObject({ type: rest.type, title: rest.title, status: rest.status, code: rest.code });
    expect(refused.headers['x-trace-id']).toBe(body.traceId);
  });

  it('continues the caller’s trace, as REST does', async () => {
    const trace = randomBytes(16).toString('hex');
    const refused = await upgrade('/ws/rooms/room_1?token=garbage', {
      more: [`traceparent: 00-${trace}-${randomBytes(8).toString('hex')}-01`],
    });
    expect((JSON.parse(refused.body) as { traceId: string }).traceId).toMatch(new RegExp(`^00-${trace}-`));
  });

  it('answers a room that does not exist and a stranger with 404 and 403 in the same shape', async () => {
    const stranger = await newUser();
    for (const [path, status, code] of [
      [`/ws/rooms/room_999999999?token=${stranger.accessToken}`, 404, 'ROOM_NOT_FOUND'],
      [`/ws/rooms/${(await newRoom()).roomId}?token=${stranger.accessToken}`, 403, 'FORBIDDEN'],
    ] as const) {
      const refused = await upgrade(path);
      expect(refused.status, path).toBe(status);
      expect(JSON.parse(refused.body)).toEqual({
        type: PROBLEM_TYPE,
        title: status === 404 ? 'Not Found' : 'Forbidden',
        status,
        detail: expect.any(String),
        code,
        traceId: expect.stringMatching(TRACE_ID),
      });
    }
  });

  it('answers a malformed Host with 400 ProblemDetails naming the header, as a v1 route does', async () => {
    const refused = await upgrade('/ws/rooms/room_1?token=garbage', { host: 'a b' });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toBe('application/problem+json');
    const expected = {
      type: PROBLEM_TYPE,
      title: 'Bad Request',
      status: 400,
      detail: 'The Host header is malformed',
      code: 'BAD_REQUEST',
      errors: { Host: ['The Host header is malformed'] },
      traceId: expect.stringMatching(TRACE_ID),
    };
    const body = JSON.parse(refused.body) as Record<string, unknown>;
    expect(body).toEqual(expected);
    expect(refused.headers['x-trace-id']).toBe(body.traceId);
    const rest = await exchange('GET /api/v1/users/me HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n');
    expect(rest.status).toBe(400);
    expect(rest.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(rest.body)).toEqual(expected);
  });

  it('answers a user over the request limit with 429, Retry-After and RateLimit-*, over either transport', async () => {
    const user = await newUser();
    // newUser() spent one request of the user's 100 a minute; these spend the rest.
    await Promise.all(Array.from({ length: 99 }, () => call('/api/v1/users/me', { token: user.accessToken })));
    const refused = await upgrade(`/ws/rooms/room_1?token=${user.accessToken}`);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({
      type: PROBLEM_TYPE,
      title: 'Too Many Requests',
      status: 429,
      code: 'RATE_LIMIT_EXCEEDED',
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers).toMatchObject({ 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': String(retryAfter) });
    const socket = await refusedHandshake('', { token: user.accessToken });
    expect(socket.message).toBe('RATE_LIMIT_EXCEEDED');
    expect(socket.data).toMatchObject({
      type: PROBLEM_TYPE,
      status: 429,
      code: 'RATE_LIMIT_EXCEEDED',
      traceId: expect.stringMatching(TRACE_ID),
    });
  });
});

describe('a refused Socket.IO handshake', () => {
  it('keeps the error code as connect_error’s message and carries the REST problem as its data, on both namespaces', async () => {
    const rest = await restUnauthorized();
    for (const [path, auth] of [
      ['', { token: 'garbage' }],
      ['/rooms', { token: 'garbage', roomId: 'room_1' }],
    ] as const) {
      const refused = await refusedHandshake(path, auth);
      expect(refused.message, path).toBe('UNAUTHORIZED');
      expect(refused.data, path).toEqual({
        type: PROBLEM_TYPE,
        title: 'Unauthorized',
        status: 401,
        detail: expect.any(String),
        code: 'UNAUTHORIZED',
        traceId: expect.stringMatching(TRACE_ID),
        message: expect.any(String),
      });
      expect(Object.keys(refused.data as object).sort()).toEqual([...Object.keys(rest), 'message'].sort());
    }
  });
});

describe('an error on an open room connection', () => {
  it('reaches a plain WebSocket client as an `error` event carrying the REST problem and the event it answers', async () => {
    const { roomId, interviewer } = await newRoom();
    const plain = await PlainRoomClient.open(baseUrl(), interviewer.accessToken, roomId);
    open.push(plain);
    await until('the room state', () => plain.heard('room_state').length > 0);
    plain.ws.send('not json');
    await until('the error', () => plain.heard('error').length > 0);
    expect(plain.heard('error')[0]!.data).toEqual({
      event: 'message',
      type: PROBLEM_TYPE,
      title: 'Bad Request',
      status: 400,
      detail: 'Messages are JSON: { "event": "...", "data": { ... } }',
      code: 'VALIDATION_ERROR',
      traceId: expect.stringMatching(TRACE_ID),
      message: 'Messages are JSON: { "event": "...", "data": { ... } }',
    });
    plain.send('chat_message', { message: '' });
    await until('the second error', () => plain.heard('error').length > 1);
    expect(plain.heard('error')[1]!.data).toEqual({
      event: 'chat_message',
      type: PROBLEM_TYPE,
      title: 'One or more validation errors occurred.',
      status: 400,
      code: 'VALIDATION_ERROR',
      errors: { Message: [expect.any(String)] },
      traceId: expect.stringMatching(TRACE_ID),
      message: expect.any(String),
    });
  });

  it('reaches a Socket.IO client in its acknowledgement, in the same shape', async () => {
    const { roomId, interviewee } = await newRoom();
    const client = new YjsRoomClient(baseUrl(), interviewee.accessToken, roomId);
    open.push(client);
    await client.ready();
    expect(await client.emit('chat_message', { message: '' })).toEqual({
      event: 'chat_message',
      error: {
        type: PROBLEM_TYPE,
        title: 'One or more validation errors occurred.',
        status: 400,
        code: 'VALIDATION_ERROR',
        errors: { Message: [expect.any(String)] },
        traceId: expect.stringMatching(TRACE_ID),
        message: expect.any(String),
      },
    });
  });
});
