import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl, browserSignIn, call, newUser } from '../api/client';

const sockets: Socket[] = [];
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));

type Connect = Parameters<typeof io>[1];

/** Resolves with the server's ready event, or the handshake's refusal. */
function connect(options: Connect): Promise<{ ready?: { userId: string }; error?: string }> {
  const socket = io(baseUrl(), { transports: ['websocket'], reconnection: false, timeout: 5000, ...options });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.on('ready', (ready: { userId: string }) => resolve({ ready }));
    socket.on('connect_error', (err) => resolve({ error: err.message }));
  });
}

describe('Socket.IO handshake', () => {
  it('tells every connection of a user that their profile changed, once the change is saved', async () => {
    const user = await newUser();
    const socket = io(baseUrl(), { auth: { token: user.accessToken }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    await new Promise((resolve) => socket.once('ready', resolve));
    const updated = new Promise((resolve) => socket.once('user_updated', resolve));
    const reply = await call('/api/users/profile', { method: 'PATCH', token: user.accessToken, body: { address: 'Taipei' } });
    expect(reply.status).toBe(200);
    expect(await updated).toEqual({ userId: user.userId });
  });

  it('admits a user with a valid token into their own room, and names them by the contract’s id', async () => {
    const user = await newUser();
    const result = await connect({ auth: { token: user.accessToken } });
    expect(result.ready).toEqual({ userId: user.userId });
    expect(user.userId).toMatch(/^usr_\d+$/);
  });

  it('ends a connection when its session logs out, and only that one', async () => {
    const user = await newUser();
    const other = await call<{ accessToken: string }>('/api/v1/auth/login', { body: { email: user.email, password: user.password } });
    const doomed = io(baseUrl(), { auth: { token: user.accessToken }, transports: ['websocket'], reconnection: false });
    const kept = io(baseUrl(), { auth: { token: other.body.accessToken }, transports: ['websocket'], reconnection: false });
    sockets.push(doomed, kept);
    await Promise.all([doomed, kept].map((s) => new Promise((resolve) => s.once('ready', resolve))));
    const revoked = new Promise((resolve) => doomed.once('session_revoked', resolve));
    const closed = new Promise((resolve) => doomed.once('disconnect', resolve));
    await call('/api/v1/auth/logout', { method: 'POST', token: user.accessToken });
    expect(await revoked).toEqual({ reason: 'logout' });
    expect(await closed).toBe('io server disconnect');
    expect(kept.connected).toBe(true);
  });

  it('refuses no token, a bad token, and a logged-out token', async () => {
    expect((await connect({ auth: {} })).error).toBe('UNAUTHORIZED');
    expect((await connect({ auth: { token: 'not.a.token' } })).error).toBe('UNAUTHORIZED');
    const user = await newUser();
    await call('/api/v1/auth/logout', { method: 'POST', token: user.accessToken });
    expect((await connect({ auth: { token: user.accessToken } })).error).toBe('UNAUTHORIZED');
  });
});

/** Logs in the way the browser does (next-auth credentials) and returns the session cookie. */
async function browserSessionCookie(identifier: string, password: string): Promise<string> {
  const { cookie, url } = await browserSignIn(identifier, password);
  if (!cookie) throw new Error(`no session cookie (${url})`);
  return cookie;
}

// Node's WebSocket transport sends no extra headers, so the cookie rides the polling handshake.
const connectWithCookie = (cookie: string, headers: Record<string, string> = {}) =>
  connect({ extraHeaders: { cookie, ...headers }, transports: ['polling'] });

describe('Socket.IO with the browser session', () => {
  it('admits the user signed in through next-auth, by the same cookie the pages use', async () => {
    const user = await newUser();
    const cookie = await browserSessionCookie(user.account, user.password);
    const session = await fetch(`${baseUrl()}/api/auth/session`, { headers: { cookie } });
    expect(await session.json()).toMatchObject({ user: { email: user.email }, userId: Number(user.userId.replace('usr_', '')) });
    const result = await connectWithCookie(cookie);
    expect(result.ready?.userId).toBe(user.userId);
  });

  it('admits the cookie only from the app’s own pages: another site’s page carrying it is refused', async () => {
    const user = await newUser();
    const cookie = await browserSessionCookie(user.account, user.password);
    expect((await connectWithCookie(cookie, { origin: 'https://evil.example' })).error).toBe('UNAUTHORIZED');
    expect((await connectWithCookie(cookie, { origin: 'null' })).error).toBe('UNAUTHORIZED');
    expect((await connectWithCookie(cookie, { 'sec-fetch-site': 'cross-site' })).error).toBe('UNAUTHORIZED');
    const own = await connectWithCookie(cookie, { origin: new URL(baseUrl()).origin });
    expect(own.ready?.userId).toBe(user.userId);
    // A token is not sent by the browser on its own, so it needs no Origin check.
    const byToken = await connect({
      auth: { token: user.accessToken },
      extraHeaders: { origin: 'https://evil.example' },
      transports: ['polling'],
    });
    expect(byToken.ready).toEqual(own.ready);
  });

  it('refuses a forged session cookie and a wrong password gets no cookie', async () => {
    expect((await connectWithCookie('next-auth.session-token=forged')).error).toBe('UNAUTHORIZED');
    const user = await newUser();
    await expect(browserSessionCookie(user.account, 'Wrong1234')).rejects.toThrow('no session cookie');
  });
});
