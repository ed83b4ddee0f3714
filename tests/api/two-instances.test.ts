import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYSTEM_TOKEN, startApp, startPostgres, type AppServer, freshDatabase } from '../harness/processes';
import { inLegs } from '../support/skips';

/** A fresh database in the leg's PostgreSQL cluster, so these instances start on an empty one. */
async function post(app: AppServer, path: string, body: unknown, token?: string) {
  const res = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

describe('two instances on one PostgreSQL', inLegs('postgres'), () => {
  let url: string;
  let a: AppServer;
  let b: AppServer;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    url = await freshDatabase(inject('postgresUrl'), 'two');
  });

  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('both start together on an empty database, which is migrated and seeded once', async () => {
    // Both start at once on an empty database, asked to load the demo data: they take turns.
    const started = await Promise.allSettled([
      startApp({ databaseUrl: url, env: { SEED_DEMO: '1' } }),
      startApp({ databaseUrl: url, env: { SEED_DEMO: '1' } }),
    ]);
    [a, b] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined)) as [AppServer, AppServer];
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason).slice(0, 2000) : 'started'))).toEqual(['started', 'started']);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [{ count }] = (await sql`select count(*)::int as count from users where email like '%@codemeet.tw'`) as unknown as [
      { count: number },
    ];
    await sql.end();
    expect(count).toBe(3);
    for (const app of [a, b]) {
      const login = await post(app, '/api/v1/auth/login', { email: 'admin@codemeet.tw', password: 'CodeMeet2026' });
      expect(login.status).toBe(200);
    }
  }, 180_000);

  it('a log-out on one instance closes that session’s socket on the other', async () => {
    const login = await post(a, '/api/v1/auth/login', { email: 'demo@codemeet.tw', password: 'Demo12345' });
    const token = login.body!.accessToken as string;
    const socket = io(b.baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    await new Promise((resolve) => socket.once('ready', resolve));
    const revoked = new Promise((resolve) => socket.once('session_revoked', resolve));
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    expect((await post(a, '/api/v1/auth/logout', {}, token)).status).toBe(204);
    expect(await revoked).toEqual({ reason: 'logout' });
    expect(await closed).toBe('io server disconnect');
  });

  it('a change saved through one instance reaches the user’s connections on the other', async () => {
    const login = await post(b, '/api/v1/auth/login', { email: 'meiling@codemeet.tw', password: 'Demo12345' });
    const token = login.body!.accessToken as string;
    const socket = io(a.baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    const ready = await new Promise<{ userId: string }>((resolve) => socket.once('ready', resolve));
    const updated = new Promise((resolve) => socket.once('user_updated', resolve));
    const res = await fetch(`${b.baseUrl}/api/v1/users/me/preferences`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ enableVideo: false }),
    });
    expect(res.status).toBe(200);
    expect(await updated).toEqual({ userId: ready.userId });
  });
});

describe('an instance on PostgreSQL', inLegs('postgres'), () => {
  it('loads no demo accounts, with their published passwords, unless asked to', async () => {
    const app = await startApp({ databaseUrl: await freshDatabase(inject('postgresUrl'), 'two') });
    try {
      const login = await post(app, '/api/v1/auth/login', { email: 'admin@codemeet.tw', password: 'CodeMeet2026' });
      expect(login).toMatchObject({ status: 400, body: { code: 'INVALID_CREDENTIALS' } });
    } finally {
      await app.stop();
    }
  }, 120_000);
});

describe('an instance whose database goes away', inLegs('postgres'), () => {
  it('tells anyone only that it is degraded, and the system caller why', async () => {
    const cluster = await startPostgres();
    const app = await startApp({ databaseUrl: cluster.url });
    try {
      await cluster.stop();
      const anyone = await fetch(`${app.baseUrl}/api/health`);
      expect(anyone.status).toBe(503);
      expect(await anyone.json()).toEqual({ status: 'degraded' });
      const system = await fetch(`${app.baseUrl}/api/health`, { headers: { Authorization: `Bearer ${SYSTEM_TOKEN}` } });
      expect(system.status).toBe(503);
      expect(await system.json()).toMatchObject({ status: 'degraded', database: { status: 'down', error: expect.any(String) } });
    } finally {
      await app.stop();
    }
  }, 120_000);
});
