// Live rooms: the time from a keystroke in one editor to its arrival in the partner's, with 100
// rooms typing at once, against a bare Socket.IO relay measured in the same run (the ratio), on
// one instance and across two instances on one PostgreSQL; and the time from the second join of
// a pair to `match_found`.
//
//   npm run bench:rooms [-- rooms=100 seconds=10]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { RoomSync } from '@/lib/rooms/sync-client';
import { ROOT, SYSTEM_TOKEN, freePort, startApp, startPostgres, type AppServer } from '@/tests/harness/processes';

const args = new Map(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const ROOMS = Number(args.get('rooms') ?? 100);
const SECONDS = Number(args.get('seconds') ?? 10);
/** Keystrokes a second per typist: a fast typist. */
const KEYS_PER_SECOND = 8;
const PAIRS_FOR_MATCH = Number(args.get('pairs') ?? 40);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ip = () => `10.66.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

async function post(base: string, urlPath: string, body: unknown, token?: string) {
  const res = await fetch(`${base}${urlPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

async function newUser(base: string): Promise<{ token: string; userId: string }> {
  const email = `bench-${randomBytes(5).toString('hex')}@example.com`;
  await post(base, '/api/v1/auth/register', { email, password: 'Passw0rdOk', displayName: 'bench' });
  const login = await post(base, '/api/v1/auth/login', { email, password: 'Passw0rdOk' });
  return { token: login.body.accessToken as string, userId: (login.body.user as { userId: string }).userId };
}

interface Typist {
  send(char: string): void;
  /** Length of the text the partner sees. */
  seen(): number;
  onChange(listener: () => void): void;
  close(): void;
}

/** One side of a room in the app: Socket.IO /rooms with Yjs, as the browser's editor. */
async function appSide(base: string, token: string, roomId: string): Promise<Typist> {
  const socket = io(`${base}/rooms`, { auth: { token, roomId, yjs: true }, transports: ['websocket'] });
  const sync = new RoomSync(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('room_state', () => resolve());
    socket.once('connect_error', reject);
  });
  await sleep(200);
  return {
    send: (char) => sync.text.insert(sync.text.length, char),
    seen: () => sync.text.length,
    onChange: (listener) => sync.text.observe(listener),
    close: () => {
      sync.destroy();
      socket.disconnect();
    },
  };
}

/** One side of a room on the bare relay: the same Yjs updates, relayed by a server that does nothing else. */
async function bareSide(base: string, roomId: string): Promise<Typist> {
  const socket: Socket = io(base, { auth: { roomId }, transports: ['websocket'] });
  const doc = new Y.Doc();
  const text = doc.getText('code');
  socket.on('y:sync', (message: ArrayBuffer) => {
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(new Uint8Array(message)), reply, doc, 'remote');
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'remote') return;
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    socket.emit('y:sync', encoding.toUint8Array(encoder));
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    send: (char) => text.insert(text.length, char),
    seen: () => text.length,
    onChange: (listener) => text.observe(listener),
    close: () => {
      socket.disconnect();
      doc.destroy();
    },
  };
}

/** Every room's first side types; the time until each keystroke shows at the partner is a sample. */
async function typeAndMeasure(pairs: Array<[Typist, Typist]>): Promise<number[]> {
  const samples: number[] = [];
  const stopAt = Date.now() + SECONDS * 1000;
  await Promise.all(
    pairs.map(async ([writer, reader]) => {
      const base = reader.seen();
      const sentAt: number[] = [];
      let counted = 0;
      reader.onChange(() => {
        const arrived = performance.now();
        while (counted < reader.seen() - base && counted < sentAt.length) samples.push(arrived - sentAt[counted++]!);
      });
      // Rooms start out of phase, as people do.
      await sleep(Math.random() * (1000 / KEYS_PER_SECOND));
      while (Date.now() < stopAt) {
        sentAt.push(performance.now());
        writer.send('x');
        await sleep(1000 / KEYS_PER_SECOND);
      }
      await sleep(500);
    }),
  );
  return samples;
}

function line(label: string, samples: number[], baseline?: number[]): string {
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  const ratio = baseline
    ? ` · p99 ratio to bare ${(p99 / percentile(baseline, 99)).toFixed(2)} (p50 ${(p50 / percentile(baseline, 50)).toFixed(2)})`
    : '';
  return `${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} ms · p99 ${p99.toFixed(1).padStart(6)} ms · ${String(samples.length).padStart(6)} edits${ratio}`;
}

async function startBare(): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/bare-socket-relay.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group, killed whole (tsx and the node under it).
    detached: true,
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { base: `http://127.0.0.1:${port}`, stop: () => process.kill(-child.pid!, 'SIGKILL') };
}

async function roomsOn(apps: [AppServer, AppServer]): Promise<Array<[Typist, Typist]>> {
  const pairs: Array<[Typist, Typist]> = [];
  for (let i = 0; i < ROOMS; i++) {
    const [a, b] = [await newUser(apps[0].baseUrl), await newUser(apps[1].baseUrl)];
    const room = await post(apps[0].baseUrl, '/api/v1/rooms', { participants: [a.userId, b.userId], language: 'javascript' }, SYSTEM_TOKEN);
    if (room.status !== 201) throw new Error(`POST /api/v1/rooms answered ${room.status}: ${JSON.stringify(room.body)}`);
    const roomId = room.body.roomId as string;
    pairs.push([await appSide(apps[0].baseUrl, a.token, roomId), await appSide(apps[1].baseUrl, b.token, roomId)]);
  }
  return pairs;
}

/** Pairs join the queue one after the other; the sample is the second join's request until both heard match_found. */
async function matchLatency(base: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < PAIRS_FOR_MATCH; i++) {
    const users = [await newUser(base), await newUser(base)];
    const sockets = users.map((u) => io(base, { auth: { token: u.token }, transports: ['websocket'] }));
    await Promise.all(sockets.map((s) => new Promise((resolve) => s.once('ready', resolve))));
    const heard = sockets.map((s) => new Promise<number>((resolve) => s.once('match_found', () => resolve(performance.now()))));
    const body = { language: 'python', difficulty: 'Medium' };
    const first = await post(base, '/api/v1/matches/queue', { ...body, role: 'interviewee' }, users[0]!.token);
    if (first.status !== 202) throw new Error(`join answered ${first.status}: ${JSON.stringify(first.body)}`);
    const started = performance.now();
    await post(base, '/api/v1/matches/queue', { ...body, role: 'interviewer' }, users[1]!.token);
    const arrived = await Promise.all(heard);
    samples.push(Math.max(...arrived) - started);
    sockets.forEach((s) => s.disconnect());
  }
  return samples;
}

async function main(): Promise<void> {
  console.log(`live rooms: ${ROOMS} rooms, one typist each at ${KEYS_PER_SECOND} keys/s for ${SECONDS} s\n`);
  const bare = await startBare();
  const barePairs: Array<[Typist, Typist]> = [];
  for (let i = 0; i < ROOMS; i++) barePairs.push([await bareSide(bare.base, `r${i}`), await bareSide(bare.base, `r${i}`)]);
  const baseline = await typeAndMeasure(barePairs);
  barePairs.flat().forEach((t) => t.close());
  bare.stop();
  console.log(line('bare Socket.IO relay (baseline)', baseline));

  const env = { LOG_LEVEL: 'warn', RUNNERS: '0' };
  const solo = await startApp({ env });
  const soloPairs = await roomsOn([solo, solo]);
  console.log(line('app, one instance (PGlite)', await typeAndMeasure(soloPairs), baseline));
  soloPairs.flat().forEach((t) => t.close());
  const matched = await matchLatency(solo.baseUrl);
  await solo.stop();

  const pg = await startPostgres();
  try {
    const apps: [AppServer, AppServer] = [
      await startApp({ env, databaseUrl: pg.url }),
      await startApp({ env: { ...env, SCHEDULE_DAILY_RESET: 'false' }, databaseUrl: pg.url }),
    ];
    try {
      const same = await roomsOn([apps[0], apps[0]]);
      console.log(line('app, one instance (PostgreSQL)', await typeAndMeasure(same), baseline));
      same.flat().forEach((t) => t.close());
      const across = await roomsOn(apps);
      console.log(line('app, partners on two instances (PostgreSQL)', await typeAndMeasure(across), baseline));
      across.flat().forEach((t) => t.close());
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  } finally {
    await pg.stop();
  }
  console.log(
    `\nsecond join → match_found at both (PGlite, ${PAIRS_FOR_MATCH} pairs): p50 ${percentile(matched, 50).toFixed(1)} ms · p99 ${percentile(matched, 99).toFixed(1)} ms`,
  );
  console.log('aims: edit p99 < 30 ms and ratio ≤ 1.5; match_found p99 < 100 ms');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
