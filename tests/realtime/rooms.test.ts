import fs from 'node:fs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { io } from 'socket.io-client';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { SYSTEM_TOKEN, freshDatabase, startApp, type AppServer } from '../harness/processes';
import { PROBLEM_TYPE, baseUrl, call, newUser, type TestUser } from '../api/client';
import { PlainRoomClient, YjsRoomClient, until } from '../support/room-clients';
import { CODE_TEXT, OUT_OF_SYNC, ROOM_HISTORY_FULL } from '@/lib/rooms/document';
import { inLegs } from '../support/skips';

// Interview rooms live: a shared editor that never loses a character (Yjs), chat, runs with their
// output, and the contract's plain WebSocket in the same room as the app's Socket.IO clients.

const open: Array<{ close(): void }> = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

async function newRoom(
  interviewee: TestUser,
  interviewer: TestUser,
  base = baseUrl(),
  room: Record<string, unknown> = {},
): Promise<string> {
  const reply = await call<{ roomId: string }>('/api/v1/rooms', {
    token: SYSTEM_TOKEN,
    body: { participants: [interviewee.userId, interviewer.userId], language: 'javascript', ...room },
    base,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.roomId;
}

function yjsClient(user: TestUser, roomId: string, base = baseUrl()): YjsRoomClient {
  const client = new YjsRoomClient(base, user.accessToken, roomId);
  open.push(client);
  return client;
}

/** The interviewee in the app's editor (Yjs) and the interviewer on the contract's plain WebSocket, both in one new room. */
async function browserAndPlain(room: Record<string, unknown> = {}) {
  const [interviewee, interviewer] = [await newUser(), await newUser()];
  const roomId = await newRoom(interviewee, interviewer, baseUrl(), room);
  const browser = yjsClient(interviewee, roomId);
  await browser.ready();
  const plain = await PlainRoomClient.open(baseUrl(), interviewer.accessToken, roomId);
  open.push(plain);
  await until('the plain client’s room state', () => plain.heard('room_state').length > 0);
  return { interviewee, interviewer, roomId, browser, plain };
}

async function pair(base = baseUrl()) {
  const [interviewee, interviewer] = [await newUser(base), await newUser(base)];
  const roomId = await newRoom(interviewee, interviewer, base);
  const a = yjsClient(interviewee, roomId, base);
  const b = yjsClient(interviewer, roomId, base);
  await Promise.all([a.ready(), b.ready()]);
  // Both start from the question's starter code.
  await until('both documents to hold the starter code', () => a.code.length > 0 && a.code === b.code);
  return { interviewee, interviewer, roomId, a, b };
}

describe('the shared editor', () => {
  it('converges when both type at once, and keeps every character either typed', async () => {
    const { a, b } = await pair();
    const start = a.code;
    const typed = { a: 'const fromA = 1;', b: 'let fromB = 2;' };
    // Interleaved keystrokes at both ends of the file, each side one character at a time.
    for (let i = 0; i < Math.max(typed.a.length, typed.b.length); i++) {
      if (i < typed.a.length) a.sync.text.insert(i, typed.a[i]!);
      if (i < typed.b.length) b.sync.text.insert(b.sync.text.length, typed.b[i]!);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await until('the two documents to agree', () => a.code === b.code && a.code.length === start.length + typed.a.length + typed.b.length);
    expect(a.code.startsWith(typed.a)).toBe(true);
    expect(a.code.endsWith(typed.b)).toBe(true);
    expect(a.code).toBe(typed.a + start + typed.b);
  });

  it('merges edits made offline when the client reconnects, and a late joiner gets the current code', async () => {
    const { interviewer, roomId, a, b } = await pair();
    const heardBefore = b.events.length;
    a.socket.disconnect();
    await until('the partner to hear that A left', () => b.events.slice(heardBefore).some((e) => e.event === 'user_left'));
    a.sync.text.insert(0, '// offline A\n');
    b.sync.text.insert(b.sync.text.length, '\n// online B');
    a.socket.connect();
    await until('both sides to merge', () => a.code === b.code && a.code.includes('// offline A') && a.code.includes('// online B'));
    expect(b.heard('user_joined').length).toBeGreaterThan(0);
    const late = yjsClient(interviewer, roomId);
    await late.ready();
    await until('the late joiner to get the merged code', () => late.code === a.code);
    const state = late.heard('room_state')[0]!.data as { code: string };
    expect(state.code).toBe(a.code);
  });

  it('labels each cursor with its member’s own name, whatever the client announces', async () => {
    const { interviewee, interviewer, roomId, a, b } = await pair();
    a.sync.awareness.setLocalStateField('user', { name: interviewer.name, color: '#2563eb' });
    b.sync.awareness.setLocalStateField('user', { name: 'Admin', color: 'red;background:url(x)' });
    const seenBy = (client: YjsRoomClient, other: YjsRoomClient) =>
      client.sync.awareness.getStates().get(other.sync.doc.clientID)?.user as { name?: string; color?: string } | undefined;
    await until('both cursors to reach the other side', () => seenBy(b, a) !== undefined && seenBy(a, b) !== undefined);
    // A claims the interviewer’s name, B a made-up one and a colour that is not one: each is shown as who they are.
    expect(seenBy(b, a)).toEqual({ name: interviewee.name, color: '#2563eb' });
    expect(seenBy(a, b)).toEqual({ name: interviewer.name });
    // A late joiner is told the same.
    const late = yjsClient(interviewer, roomId);
    await late.ready();
    await until('the late joiner to see A’s cursor', () => seenBy(late, a) !== undefined);
    expect(seenBy(late, a)).toEqual({ name: interviewee.name, color: '#2563eb' });
  });

  it('keeps the code within 100,000 characters: a longer edit is refused, reaches nobody, and the room goes on', async () => {
    const { interviewer, roomId, a, b } = await pair();
    const start = a.code;
    const errors = a.errors.length;
    a.sync.text.insert(0, 'x'.repeat(100_001 - start.length));
    await until('the refusal', () => a.errors.length > errors);
    expect(a.errors.at(-1)).toMatchObject({
      event: 'y:sync',
      error: { code: 'VALIDATION_ERROR', message: 'Code must be at most 100,000 characters' },
    });
    // The partner types on and sees none of it; a fresh client gets the room as it was, with the partner’s edit.
    b.sync.text.insert(b.sync.text.length, '// still here');
    const fresh = yjsClient(interviewer, roomId);
    await fresh.ready();
    await until('a fresh client to get the partner’s edit', () => fresh.code === `${start}// still here`);
    expect(b.code).toBe(`${start}// still here`);
    // Up to the limit is fine.
    b.sync.text.insert(0, 'y'.repeat(100_000 - b.code.length));
    await until('the partner’s long edit to reach the fresh client', () => fresh.code.length === 100_000);
    expect(fresh.code).toBe(b.code);
  });

  it('refuses an edit that would take a room’s stored editor history past 16 MiB, and tells its author', async () => {
    const { roomId, interviewer, a, b } = await pair();
    const start = a.code;
    const errors = a.errors.length;
    const chunk = 'x'.repeat(90_000);
    // Pasting and deleting 90,000 characters over and over: the code stays short, the history grows.
    for (let i = 0; i < 400 && a.errors.length === errors; i++) {
      a.sync.text.insert(0, chunk);
      a.sync.text.delete(0, chunk.length);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await until('the refusal', () => a.errors.length > errors);
    // The paste is refused; the deletion that follows it in this test client is then out of sync.
    expect(a.errors.slice(errors)[0]).toMatchObject({ event: 'y:sync', error: { code: 'VALIDATION_ERROR', message: ROOM_HISTORY_FULL } });
    // A small edit still fits, and what was taken is all there: a fresh client gets the code with it.
    b.sync.text.insert(0, '// late\n');
    const fresh = yjsClient(interviewer, roomId);
    await fresh.ready();
    await until('a fresh client to get the code', () => fresh.code === `// late\n${start}`);
  }, 60_000);

  it('refuses an update that needs one the server never got, and takes both once the client syncs again', async () => {
    const { interviewee, roomId, a, b } = await pair();
    // A bare Yjs client: it answers the server's sync messages and sends only what the test says.
    const doc = new Y.Doc();
    const socket = io(`${baseUrl()}/rooms`, {
      auth: { token: interviewee.accessToken, roomId, yjs: true },
      transports: ['websocket'],
      reconnection: false,
    });
    open.push({ close: () => socket.disconnect() });
    const errors: Array<{ event: string; error: { code: string; message: string } }> = [];
    socket.on('room_error', (e: (typeof errors)[number]) => errors.push(e));
    socket.on('y:sync', (message: ArrayBuffer) => {
      const reply = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoding.createDecoder(new Uint8Array(message)), reply, doc, 'server');
      if (encoding.length(reply) > 0) socket.emit('y:sync', encoding.toUint8Array(reply));
    });
    const syncStep1 = () => {
      const encoder = encoding.createEncoder();
      syncProtocol.writeSyncStep1(encoder, doc);
      socket.emit('y:sync', encoding.toUint8Array(encoder));
    };
    socket.on('connect', syncStep1);
    await until('the starter code', () => doc.getText(CODE_TEXT).length > 0 && doc.getText(CODE_TEXT).toString() === b.code);
    const start = b.code;
    const edit = (change: (text: Y.Text) => void) => {
      const before = Y.encodeStateVector(doc);
      change(doc.getText(CODE_TEXT));
      return Y.encodeStateAsUpdate(doc, before);
    };
    const message = (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      return encoding.toUint8Array(encoder);
    };
    edit((t) => t.insert(0, '// one\n'));
    // The first never reaches the server (a rate limit refused it, say); the second needs it.
    socket.emit('y:sync', message(edit((t) => t.insert(7, '// two\n'))));
    await until('the refusal', () => errors.length > 0);
    expect(errors[0]).toEqual({
      event: 'y:sync',
      error: {
        type: PROBLEM_TYPE,
        title: 'Conflict',
        status: 409,
        detail: OUT_OF_SYNC,
        code: 'CONFLICT',
        traceId: expect.any(String),
        message: OUT_OF_SYNC,
      },
    });
    // An edit sent after the refusal reaches the partner after anything the refused one could have sent it.
    a.sync.text.insert(a.sync.text.length, '// later\n');
    await until('the later edit to reach the partner', () => b.code.includes('// later'));
    expect(b.code).toBe(`${start}// later\n`);
    // Syncing again (its state vector): the server answers with its own, and the client with both edits.
    syncStep1();
    await until('the partner to get both edits', () => b.code === `// one\n// two\n${start}// later\n`);
    expect(errors).toHaveLength(1);
    doc.destroy();
  });

  it('keeps an ended interview’s code read-only without refusing a client that only syncs', async () => {
    const { interviewee, roomId, a, b } = await pair();
    // Something deleted: every client's sync answer then carries a delete set.
    b.sync.text.delete(0, 3);
    await until('the deletion to reach A', () => a.code === b.code);
    for (const step of ['start', 'end']) {
      const reply = await call(`/api/v1/rooms/${roomId}/${step}`, { method: 'POST', token: interviewee.accessToken, body: {} });
      expect(reply.status, `${step}: ${JSON.stringify(reply.body)}`).toBe(200);
    }
    await until('A to hear the end', () => a.heard('interview_ended').length > 0);
    const errors = a.errors.length;
    // On reconnecting the server sends its state vector twice (on joining, and after answering the
    // client's); the client answers each at once, with its delete set.
    let stateVectors = 0;
    a.socket.on('y:sync', (message: ArrayBuffer) => {
      if (decoding.readVarUint(decoding.createDecoder(new Uint8Array(message))) === syncProtocol.messageYjsSyncStep1) stateVectors += 1;
    });
    a.socket.disconnect();
    a.socket.connect();
    await until('A to be back and to have answered both', () => a.socket.connected && stateVectors === 2);
    // An edit is refused: the interview is over. Its refusal comes after any of the sync answer, the only one.
    a.sync.text.insert(0, '// after the end');
    await until('the refusal', () => a.errors.length > errors);
    expect(a.errors.slice(errors)).toEqual([
      {
        event: 'y:sync',
        error: {
          type: PROBLEM_TYPE,
          title: 'Conflict',
          status: 409,
          detail: 'This interview has ended',
          code: 'CONFLICT',
          traceId: expect.any(String),
          message: 'This interview has ended',
        },
      },
    ]);
  });

  it('does not let anyone but the two members in, over either transport', async () => {
    const { roomId } = await pair();
    const stranger = await newUser();
    expect(await YjsRoomClient.refusal(baseUrl(), stranger.accessToken, roomId)).toBe('FORBIDDEN');
    expect(await YjsRoomClient.refusal(baseUrl(), stranger.accessToken, 'room_999999999')).toBe('ROOM_NOT_FOUND');
    expect(await YjsRoomClient.refusal(baseUrl(), 'not-a-token', roomId)).toBe('UNAUTHORIZED');
    expect(await PlainRoomClient.refusal(baseUrl(), stranger.accessToken, roomId)).toBe(403);
    expect(await PlainRoomClient.refusal(baseUrl(), 'not-a-token', roomId)).toBe(401);
    expect(await PlainRoomClient.refusal(baseUrl(), stranger.accessToken, 'room_999999999')).toBe(404);
  });
});

describe('chat, runs and the plain WebSocket', () => {
  it('puts a third-party client on /ws/rooms/{id} and a browser in one room: each sees the other’s chat and code', async () => {
    const { interviewee, interviewer, browser, plain } = await browserAndPlain();
    await until('the browser to hear the plain client join', () => browser.heard('user_joined').length > 0);
    expect(browser.heard('user_joined')[0]!.data).toMatchObject({ userId: interviewer.userId, role: 'interviewer' });

    plain.send('chat_message', { message: 'Let’s start with the brute force approach' });
    await until('the browser to hear the chat', () => browser.heard('chat_message').length > 0);
    expect(browser.heard('chat_message')[0]).toMatchObject({
      event: 'chat_message',
      sender: interviewer.userId,
      data: { message: 'Let’s start with the brute force approach', sender: { userId: interviewer.userId, displayName: interviewer.name } },
    });
    await browser.emit('chat_message', { message: '好，我先寫暴力解' });
    await until('the plain client to hear the chat', () => plain.heard('chat_message').length > 1);
    expect(plain.heard('chat_message')[1]!.data).toMatchObject({ message: '好，我先寫暴力解', sender: { userId: interviewee.userId } });

    // The whole file from the plain client enters the shared document; typing in the browser reaches it as code_change.
    plain.send('code_change', { language: 'javascript', code: 'function twoSum(nums, target) {\n  return [];\n}\n' });
    await until('the browser to get the code', () => browser.code === 'function twoSum(nums, target) {\n  return [];\n}\n');
    browser.sync.text.insert(browser.code.indexOf('return'), '// hash map\n  ');
    await until('the plain client to get the edit', () =>
      plain.heard('code_change').some((e) => (e.data as { code: string }).code.includes('// hash map')),
    );
    const last = plain.heard('code_change').at(-1)!;
    expect(last).toMatchObject({ sender: interviewee.userId, data: { language: 'javascript', code: browser.code } });
  });

  it('merges a whole file from the plain client with what the browser typed meanwhile, losing neither', async () => {
    const { browser, plain } = await browserAndPlain();
    const seen = (plain.heard('room_state')[0]!.data as { code: string }).code;
    // The browser types at the top; the plain client, not having seen it, sends its whole file changed at the end.
    browser.sync.text.insert(0, '// typed in the browser\n');
    plain.send('code_change', { code: `${seen}// from the plain client\n` });
    const both = (code: string) => code.includes('// typed in the browser') && code.includes('// from the plain client');
    await until('the browser to have both edits', () => both(browser.code));
    await until('the plain client to hear the merged file', () =>
      plain.heard('code_change').some((e) => both((e.data as { code: string }).code)),
    );
    expect(browser.code).toBe(`// typed in the browser\n${seen}// from the plain client\n`);
  });

  it('runs code for the room and streams its output to both sides, with how it ended', async () => {
    const { a, b } = await pair();
    const accepted = await a.emit<{ ok: boolean; jobId: string }>('run_code', {
      language: 'javascript',
      code: 'console.log(JSON.stringify([0, 1]))',
      input: '',
    });
    expect(accepted).toMatchObject({ ok: true, jobId: expect.stringMatching(/^job_\d+$/) });
    await until(
      'the run’s output at both ends',
      () => [a, b].every((c) => c.heard('code_output').some((e) => !(e.data as { partial?: boolean }).partial)),
      30_000,
    );
    const final = b.heard('code_output').find((e) => !(e.data as { partial?: boolean }).partial)!;
    expect(final.data).toMatchObject({ jobId: accepted.jobId, output: '[0,1]\n', error: null, status: 'success' });
    expect((final.data as { runtime: string }).runtime).toMatch(/^\d+ms$/);

    await a.emit('run_code', { language: 'javascript', code: 'throw new Error("boom")', input: '' });
    await until(
      'the failed run’s output',
      () => b.heard('code_output').filter((e) => !(e.data as { partial?: boolean }).partial).length === 2,
      30_000,
    );
    const failed = b.heard('code_output').filter((e) => !(e.data as { partial?: boolean }).partial)[1]!;
    expect(failed.data).toMatchObject({ status: 'runtime_error' });
    expect((failed.data as { error: string }).error).toContain('boom');
  });

  it('refuses bad event data with a clear error and changes nothing', async () => {
    const { interviewer, a, b } = await pair();
    const before = b.heard('chat_message').length;
    const reply = await a.emit<{ error: { code: string } }>('chat_message', { message: '' });
    expect(reply.error.code).toBe('VALIDATION_ERROR');
    const bad = await a.emit<{ error: { code: string } }>('run_code', { language: 'cobol', code: 'x' });
    expect(bad.error.code).toBe('VALIDATION_ERROR');
    const nul = await a.emit<{ error: { code: string } }>('run_code', { language: 'python', code: 'print(1)\u0000', input: '' });
    expect(nul.error.code).toBe('VALIDATION_ERROR');
    // Nobody speaks for their partner's cursor.
    b.sync.awareness.setLocalStateField('user', { name: 'B', color: '#059669' });
    await until('B’s cursor to reach A', () => a.sync.awareness.getStates().has(b.sync.doc.clientID));
    const spoofDoc = new Y.Doc();
    spoofDoc.clientID = b.sync.doc.clientID;
    const spoof = new Awareness(spoofDoc);
    spoof.setLocalState({ user: { name: 'not B', color: '#000000' } });
    const errors = a.errors.length;
    a.socket.emit('y:awareness', encodeAwarenessUpdate(spoof, [b.sync.doc.clientID]));
    await until('the refusal', () => a.errors.length > errors);
    expect(a.errors.at(-1)).toMatchObject({ event: 'y:awareness', error: { code: 'FORBIDDEN' } });
    expect((b.sync.awareness.getStates().get(b.sync.doc.clientID)?.user as { name: string }).name).toBe('B');
    // A still sees B’s cursor as B announced it, named by the server.
    expect(a.sync.awareness.getStates().get(b.sync.doc.clientID)?.user).toEqual({ name: interviewer.name, color: '#059669' });
    spoof.destroy();
    // A message sent after the refused ones reaches B after anything they could have sent it, and alone.
    await a.emit('chat_message', { message: 'after the refusals' });
    await until('the later message', () => b.heard('chat_message').length > before);
    expect(
      b
        .heard('chat_message')
        .slice(before)
        .map((e) => (e.data as { message: string }).message),
    ).toEqual(['after the refusals']);
  });

  it('admits a room token (4.2) to its own room only, and not once its log-in has ended', async () => {
    const { interviewee, roomId, b } = await pair();
    const joined = await call<{ accessToken: string; editorToken: string }>(`/api/v1/rooms/${roomId}/join`, {
      method: 'POST',
      token: interviewee.accessToken,
    });
    expect(joined.status).toBe(200);
    const plain = await PlainRoomClient.open(baseUrl(), joined.body.editorToken, roomId);
    open.push(plain);
    plain.send('chat_message', { message: 'via the editor token' });
    await until('the partner to hear it', () => b.heard('chat_message').some((e) => e.data.message === 'via the editor token'));
    const other = await pair();
    expect(await PlainRoomClient.refusal(baseUrl(), joined.body.editorToken, other.roomId)).toBe(401);
    const video = await call<{ videoToken: string }>(`/api/v1/rooms/${roomId}/join`, { method: 'POST', token: interviewee.accessToken });
    expect(await PlainRoomClient.refusal(baseUrl(), video.body.videoToken, roomId)).toBe(401);
    const closed = new Promise((resolve) => plain.ws.once('close', (code) => resolve(code)));
    await call('/api/v1/auth/logout', { method: 'POST', token: interviewee.accessToken });
    expect(await closed).toBe(4000);
    expect(await PlainRoomClient.refusal(baseUrl(), joined.body.editorToken, roomId)).toBe(401);
  });

  it('closes a room connection when its log-in ends', async () => {
    const { interviewee, a } = await pair();
    const closed = new Promise((resolve) => a.socket.once('room_closed', resolve));
    await call('/api/v1/auth/logout', { method: 'POST', token: interviewee.accessToken });
    expect(await closed).toEqual({ reason: 'session_revoked' });
  });
});

describe('a room nobody started', () => {
  it('tells the partner still in the room that it is gone', async () => {
    const { interviewee, roomId, b } = await pair();
    expect((await call(`/api/v1/rooms/${roomId}`, { method: 'DELETE', token: interviewee.accessToken })).status).toBe(204);
    await until('the partner to hear the new status', () => b.heard('room_status').length > 0);
    expect(b.heard('room_status')[0]!.data).toEqual({ status: 'expired' });
  });

  it('tells whoever is still in a room nobody started that it expired, over either transport, and takes no more edits', async () => {
    const { browser: a, plain } = await browserAndPlain({ expiresInSeconds: 8 });
    // Nobody reads the room meanwhile: the sweep (every 2 s) expires it, and both connections hear so.
    await until('the browser to hear the room expire', () => a.heard('room_status').length > 0, 20_000);
    expect(a.heard('room_status')[0]!.data).toEqual({ status: 'expired' });
    await until('the plain client to hear it too', () => plain.heard('room_status').length > 0);
    const errors = a.errors.length;
    a.sync.text.insert(0, '// too late');
    await until('the refusal', () => a.errors.length > errors);
    expect(a.errors.at(-1)).toMatchObject({ event: 'y:sync', error: { code: 'GONE' } });
  });
});

describe('the interviewer’s hints over the socket', () => {
  it('tells the room a hint was revealed, and never sends the interviewee a hint’s text or the solution', async () => {
    const [interviewee, interviewer] = [await newUser(), await newUser()];
    const roomId = await newRoom(interviewee, interviewer);
    const a = yjsClient(interviewee, roomId);
    const b = yjsClient(interviewer, roomId);
    await Promise.all([a.ready(), b.ready()]);
    const raw: string[] = [];
    a.socket.onAny((_event: string, ...args: unknown[]) => raw.push(JSON.stringify(args.filter((x) => !(x instanceof ArrayBuffer)))));
    expect((await call(`/api/v1/rooms/${roomId}/start`, { method: 'POST', token: interviewee.accessToken })).status).toBe(200);
    const pane = await call<{ hints: Array<{ en: string; zh: string }>; interviewer: { solution: { code: string } } }>(
      `/api/v1/rooms/${roomId}`,
      {
        token: interviewer.accessToken,
      },
    );
    expect(pane.body.hints.length).toBeGreaterThan(1);
    expect((await call(`/api/v1/rooms/${roomId}/hints`, { method: 'POST', token: interviewer.accessToken })).status).toBe(200);
    await until('the interviewee to hear of the hint', () => a.heard('hint_revealed').length === 1);
    expect(a.heard('hint_revealed')[0]!.data).toEqual({ index: 0 });
    await a.emit('chat_message', { message: 'thanks' });
    await until('the chat round trip', () => b.heard('chat_message').length > 0);
    const seen = raw.join('\n');
    for (const hint of pane.body.hints) {
      expect(seen).not.toContain(hint.en);
      expect(seen).not.toContain(hint.zh);
    }
    expect(seen).not.toContain(pane.body.interviewer.solution.code.slice(0, 60));
  });
});

describe('feedback over the socket', () => {
  it('tells both members, on both transports, that feedback was given, never what it says (R15)', async () => {
    const { interviewee, interviewer, roomId, browser, plain } = await browserAndPlain();
    expect((await call(`/api/v1/rooms/${roomId}/start`, { method: 'POST', token: interviewee.accessToken })).status).toBe(200);
    const given = await call<{ feedbackId: string }>(`/api/v1/rooms/${roomId}/feedback`, {
      token: interviewer.accessToken,
      body: { targetUserId: interviewee.userId, rating: 4, comment: '邊界情況可以再多想', strengths: ['溝通清楚'], improvements: [] },
    });
    expect(given.status, JSON.stringify(given.body)).toBe(201);
    await until('the interviewee’s page to hear of the feedback', () => browser.heard('feedback_given').length === 1);
    await until('the interviewer’s plain socket to hear of it too', () => plain.heard('feedback_given').length === 1);
    const event = browser.heard('feedback_given')[0]!;
    expect(event.data).toEqual({ feedbackId: given.body.feedbackId, fromUserId: interviewer.userId });
    expect(event.sender).toBe(interviewer.userId);
    expect(JSON.stringify(event)).not.toContain('邊界情況');
    // The text stays behind the rule: the interviewee reads it only after giving theirs.
    const before = await call<{ received: unknown; partnerGave: boolean }>(`/api/v1/rooms/${roomId}/feedback`, {
      token: interviewee.accessToken,
    });
    expect(before.body).toMatchObject({ received: null, partnerGave: true });
  });
});

describe('matchmaking notices', () => {
  it('tells both sides of a match at once over their sockets', async () => {
    const [interviewee, interviewer] = [await newUser(), await newUser()];
    const sockets = [interviewee, interviewer].map((u) => io(baseUrl(), { auth: { token: u.accessToken }, transports: ['websocket'] }));
    open.push(...sockets.map((s) => ({ close: () => s.disconnect() })));
    await Promise.all(sockets.map((s) => new Promise((resolve) => s.once('ready', resolve))));
    const found = sockets.map((s) => new Promise<Record<string, unknown>>((resolve) => s.once('match_found', resolve)));
    const language = 'javascript';
    const difficulty = 'Hard';
    expect(
      (await call('/api/v1/matches/queue', { token: interviewee.accessToken, body: { role: 'interviewee', language, difficulty } })).status,
    ).toBe(202);
    expect(
      (await call('/api/v1/matches/queue', { token: interviewer.accessToken, body: { role: 'interviewer', language, difficulty } })).status,
    ).toBe(202);
    const [one, two] = await Promise.all(found);
    expect(one).toMatchObject({ role: 'interviewee', partner: { userId: interviewer.userId, role: 'interviewer' } });
    expect(two).toMatchObject({ role: 'interviewer', partner: { userId: interviewee.userId, role: 'interviewee' } });
    expect(one!.roomId).toBe(two!.roomId);
  });
});

describe('a server restart mid-room', () => {
  const servers: AppServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it('stores what was typed on a graceful restart (SIGTERM), and the pages reconnect by themselves', async () => {
    const first = await startApp();
    servers.push(first);
    // One pair reconnects as the pages do; the other does not, so what a fresh client reads afterwards came from the database.
    const live = await pair(first.baseUrl);
    const quiet = await pair(first.baseUrl);
    quiet.a.socket.io.reconnection(false);
    quiet.b.socket.io.reconnection(false);
    live.a.sync.text.insert(0, '// typed before the deploy\n');
    quiet.a.sync.text.insert(0, '// typed before the deploy, stored\n');
    await until('the partners to have it', () => live.b.code.includes('// typed before') && quiet.b.code.includes('// typed before'));
    const closedFor: string[] = [];
    live.a.socket.on('room_closed', (e: { reason: string }) => closedFor.push(e.reason));
    // A deploy's stop: SIGTERM, and the data folder stays (stop() would remove it).
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    first.process.kill('SIGTERM');
    await exited;
    const second = await startApp({ dataDir: first.dataDir, port: first.port });
    servers.push(second);
    const fresh = yjsClient(quiet.interviewer, quiet.roomId, second.baseUrl);
    await fresh.ready();
    expect((fresh.heard('room_state')[0]!.data as { code: string }).code).toContain('// typed before the deploy, stored');
    await until('the live pair to come back by itself', () => live.a.socket.connected && live.b.socket.connected, 30_000);
    expect(closedFor).toEqual([]);
  }, 180_000);

  it('loses no code and no chat: the clients reconnect and merge, and a fresh client sees all of it', async () => {
    const first = await startApp();
    servers.push(first);
    const { interviewer, roomId, a, b } = await pair(first.baseUrl);
    a.sync.text.insert(0, '// line typed before the restart\n');
    await b.emit('chat_message', { message: 'chat before the restart' });
    await until('the partner to have the edit', () => b.code.includes('// line typed before the restart'));
    // Killed outright, a moment after the last keystroke: nothing gets a chance to flush.
    b.sync.text.insert(b.sync.text.length, '\n// typed just before the kill');
    process.kill(-first.process.pid!, 'SIGKILL');
    await until('the clients to notice', () => !a.socket.connected && !b.socket.connected);
    // Typed while the server is down.
    a.sync.text.insert(0, '// typed while the server was down\n');
    const second = await startApp({ dataDir: first.dataDir, port: first.port });
    servers.push(second);
    await until('both clients to reconnect and agree', () => a.socket.connected && b.socket.connected && a.code === b.code, 30_000);
    for (const line of ['// line typed before the restart', '// typed just before the kill', '// typed while the server was down']) {
      expect(a.code).toContain(line);
    }
    const fresh = yjsClient(interviewer, roomId, second.baseUrl);
    await fresh.ready();
    await until('the fresh client to have the code', () => fresh.code === a.code);
    const state = fresh.heard('room_state')[0]!.data as { chat: Array<{ message: string; sender: { userId: string } }> };
    expect(state.chat.map((m) => m.message)).toContain('chat before the restart');
    fs.rmSync(first.dataDir, { recursive: true, force: true });
  }, 180_000);
});

describe('one room served by two instances on one PostgreSQL', inLegs('postgres'), () => {
  const servers: AppServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('carries edits, chat, cursors, video signalling and runs between members on different instances', async () => {
    const databaseUrl = await freshDatabase(inject('postgresUrl'), 'rooms');
    const [one, two] = await Promise.all([startApp({ databaseUrl }), startApp({ databaseUrl, env: { RUNNERS: '0' } })]);
    servers.push(one!, two!);
    const [interviewee, interviewer] = [await newUser(one!.baseUrl), await newUser(one!.baseUrl)];
    const roomId = await newRoom(interviewee, interviewer, one!.baseUrl);
    const a = yjsClient(interviewee, roomId, one!.baseUrl);
    const b = yjsClient(interviewer, roomId, two!.baseUrl);
    await Promise.all([a.ready(), b.ready()]);
    await until('both to start from the starter code', () => a.code.length > 0 && a.code === b.code);

    for (let i = 0; i < 20; i++) {
      a.sync.text.insert(0, 'a');
      b.sync.text.insert(b.sync.text.length, 'b');
    }
    await until(
      'the two instances’ clients to agree',
      () => a.code === b.code && a.code.startsWith('a'.repeat(20)) && a.code.endsWith('b'.repeat(20)),
    );

    await a.emit('chat_message', { message: 'across instances' });
    await until('the chat to cross', () => b.heard('chat_message').some((e) => e.data.message === 'across instances'));

    a.sync.awareness.setLocalStateField('user', { name: 'A', color: '#2563eb' });
    await until('A’s cursor state to reach B', () =>
      [...b.sync.awareness.getStates().values()].some((state) => (state.user as { name?: string } | undefined)?.name === interviewee.name),
    );
    await a.emit('signal', { kind: 'offer', payload: { type: 'offer', sdp: 'v=0 test' } });
    await until('the video offer to cross', () => b.heard('signal').length === 1);
    expect(b.heard('signal')[0]).toMatchObject({ sender: interviewee.userId, data: { kind: 'offer', payload: { sdp: 'v=0 test' } } });
    expect(a.heard('signal')).toHaveLength(0);

    // Run from the instance without runners: the one with them runs it, and the output reaches both.
    await b.emit('run_code', { language: 'javascript', code: 'console.log("ran")', input: '' });
    await until(
      'the output on both instances',
      () => [a, b].every((c) => c.heard('code_output').some((e) => e.data.output === 'ran\n' && !e.data.partial)),
      30_000,
    );
  }, 180_000);
});
