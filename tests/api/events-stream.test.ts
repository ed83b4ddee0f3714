import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPE, baseUrl, call, newUser } from './client';

interface ServerEvent {
  event: string;
  data: unknown;
}

/** Opens the caller's event stream and reads it event by event, as an EventSource would. */
async function openStream(token: string) {
  const res = await fetch(`${baseUrl()}/api/v1/users/me/events`, { headers: { Authorization: `Bearer ${token}` } });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let ended = false;
  async function next(): Promise<ServerEvent | null> {
    for (;;) {
      const boundary = buffer.indexOf('\n\n');
      if (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) return { event, data: JSON.parse(data) as unknown };
        continue;
      }
      const chunk = await reader.read();
      if (chunk.done) {
        ended = true;
        return null;
      }
      buffer += chunk.value;
    }
  }
  return { res, next, ended: () => ended, close: () => reader.cancel() };
}

describe('GET /api/v1/users/me/events', () => {
  it('streams the caller’s own events as they happen, and ends with the session', async () => {
    const user = await newUser();
    const other = await newUser();
    const { userId } = user;
    const stream = await openStream(user.accessToken);
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('content-length')).toBeNull();
    expect(await stream.next()).toEqual({ event: 'ready', data: { userId } });

    // Another user's change is not this stream's business; the caller's own change is.
    await call('/api/v1/users/me/preferences', { method: 'PUT', token: other.accessToken, body: { difficulty: 'Hard' } });
    await call('/api/users/profile', { method: 'PATCH', token: user.accessToken, body: { address: '台北市' } });
    expect(await stream.next()).toEqual({ event: 'user_updated', data: { userId } });

    await call('/api/v1/auth/logout', { method: 'POST', token: user.accessToken });
    expect(await stream.next()).toEqual({ event: 'session_revoked', data: { reason: 'logout' } });
    expect(await stream.next()).toBeNull();
    expect(stream.ended()).toBe(true);
  });

  it('needs a signed-in user', async () => {
    const reply = await call('/api/v1/users/me/events');
    expect(reply).toMatchObject({ status: 401, body: { type: PROBLEM_TYPE, code: 'UNAUTHORIZED' } });
  });

  it('keeps serving after a client leaves mid-stream', async () => {
    const user = await newUser();
    const first = await openStream(user.accessToken);
    await first.next();
    await first.close();
    // The server still answers, and a new stream works.
    const second = await openStream(user.accessToken);
    expect((await second.next())?.event).toBe('ready');
    await call('/api/v1/users/me/preferences', { method: 'PUT', token: user.accessToken, body: { enableVideo: false } });
    expect((await second.next())?.event).toBe('user_updated');
    await second.close();
  });
});
