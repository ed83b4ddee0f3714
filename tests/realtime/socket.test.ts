import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl, call, newUser } from '../api/client';

const sockets: Socket[] = [];
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));

function connect(auth: Record<string, string>): Promise<{ ready?: { userId: number }; error?: string }> {
  const socket = io(baseUrl(), { auth, transports: ['websocket'], reconnection: false, timeout: 5000 });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.on('ready', (ready: { userId: number }) => resolve({ ready }));
    socket.on('connect_error', (err) => resolve({ error: err.message }));
  });
}

describe('Socket.IO handshake', () => {
  it('admits a user with a valid token into their own room', async () => {
    const user = await newUser();
    const result = await connect({ token: user.accessToken });
    expect(result.ready?.userId).toBe(Number(user.userId.replace('usr_', '')));
  });

  it('refuses no token, a bad token, and a logged-out token', async () => {
    expect((await connect({})).error).toBe('UNAUTHORIZED');
    expect((await connect({ token: 'not.a.token' })).error).toBe('UNAUTHORIZED');
    const user = await newUser();
    await call('/api/v1/auth/logout', { method: 'POST', token: user.accessToken });
    expect((await connect({ token: user.accessToken })).error).toBe('UNAUTHORIZED');
  });
});
