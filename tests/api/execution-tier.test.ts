import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT, SYSTEM_TOKEN, builtCommand, startApp, type AppServer } from '../harness/processes';
import { inLegs } from '../support/skips';

// The execution tier on servers of its own: jobs survive SIGKILL of the web server and of a
// runner, the queue is shared fairly, and two runners on one PostgreSQL never run a job twice.

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function request(
  app: AppServer,
  urlPath: string,
  options: { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; ip?: string } = {},
): Promise<Reply> {
  const res = await fetch(`${app.baseUrl}${urlPath}`, {
    method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      'X-Forwarded-For': options.ip ?? `10.77.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

async function newUser(app: AppServer): Promise<string> {
  const b = randomBytes(4);
  const ip = `10.${b[0]}.${b[1]}.${b[2]}`;
  const email = `tier-${b.toString('hex')}@example.com`;
  const password = 'Passw0rdOk';
  expect((await request(app, '/api/v1/auth/register', { body: { email, password, displayName: `tier ${b[3]}` }, ip })).status).toBe(201);
  const login = await request(app, '/api/v1/auth/login', { body: { email, password }, ip });
  expect(login.status).toBe(200);
  return login.body.accessToken as string;
}

/** Queues a run and answers its job at once (Prefer: respond-async). */
async function queueRun(app: AppServer, token: string, code: string, language = 'python'): Promise<{ jobId: string; self: string }> {
  const reply = await request(app, '/api/v1/executions', { token, body: { language, code }, headers: { Prefer: 'respond-async' } });
  expect(reply.status, JSON.stringify(reply.body)).toBe(202);
  return { jobId: reply.body.jobId as string, self: (reply.body.links as { self: string }).self };
}

interface Job {
  state: string;
  position: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result?: { status: string; output: string };
}

async function job(app: AppServer, token: string, self: string): Promise<Job> {
  const reply = await request(app, self, { token });
  expect(reply.status).toBe(200);
  return reply.body as unknown as Job;
}

// Polls stay well inside a user's 100 requests a minute.
async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

const ended = (app: AppServer, token: string, self: string, timeoutMs?: number) =>
  waitFor(
    `${self} to end`,
    async () => {
      const j = await job(app, token, self);
      return ['done', 'failed', 'cancelled'].includes(j.state) && j;
    },
    timeoutMs,
    1000,
  );

interface RunnerProcess {
  id: string;
  pid: number;
}

async function runnersOf(app: AppServer): Promise<RunnerProcess[]> {
  const health = await request(app, '/api/health', { token: SYSTEM_TOKEN });
  return ((health.body.runners as { processes: RunnerProcess[] } | null)?.processes ?? []) as RunnerProcess[];
}

/** The server's own node process: the harness starts the build on plain node, as `npm start` does. */
function serverPid(app: AppServer): number {
  return app.process.pid!;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleeper = (seconds: number, word: string) =>
  `import time\nprint("${word}", flush=True)\ntime.sleep(${seconds})\nprint("${word} done")`;

const servers: AppServer[] = [];
const runnerProcesses: ChildProcess[] = [];
afterAll(async () => {
  for (const child of runnerProcesses) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone (the test killed it).
    }
  }
  await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
});

describe('the execution tier on the embedded database', inLegs('pglite'), () => {
  it('loses no job when the web server is killed mid-job: after a restart every job is run and answered', async () => {
    const dataDir = fs.mkdtempSync(path.join('/tmp', 'codemeet-tier-'));
    const first = await startApp({ dataDir });
    servers.push(first);
    const token = await newUser(first);
    // Two run at once (the user's share), the third waits.
    const runs = [
      await queueRun(first, token, sleeper(2, 'a')),
      await queueRun(first, token, sleeper(2, 'b')),
      await queueRun(first, token, sleeper(0.1, 'c')),
    ];
    await waitFor('a job to run', async () => (await job(first, token, runs[0]!.self)).state === 'running');
    const web = serverPid(first);
    const [runner] = await runnersOf(first);
    process.kill(web, 'SIGKILL');
    await waitFor(
      'the server and its runner to be gone',
      async () => !alive(web) && !alive(runner!.pid) && (first.process.exitCode ?? first.process.signalCode) !== null,
    );

    const second = await startApp({ dataDir });
    servers.push(second);
    const results = await Promise.all(runs.map((r) => ended(second, token, r.self)));
    expect(results.map((r) => r.state)).toEqual(['done', 'done', 'done']);
    expect(results.map((r) => r.result?.output)).toEqual(['a\na done\n', 'b\nb done\n', 'c\nc done\n']);
    await second.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  it('loses no job when a runner is killed mid-job: the web server starts another, which runs the job again', async () => {
    const app = await startApp({ env: { JOB_LEASE_MS: '3000' } });
    servers.push(app);
    const token = await newUser(app);
    const run = await queueRun(app, token, sleeper(1.5, 'again'));
    await waitFor('the job to run', async () => (await job(app, token, run.self)).state === 'running');
    const [runner] = await runnersOf(app);
    process.kill(runner!.pid, 'SIGKILL');
    const result = await ended(app, token, run.self, 30_000);
    expect(result).toMatchObject({ state: 'done', result: { status: 'success', output: 'again\nagain done\n' } });
    // The web server started a new runner in its place, and forgot the dead one.
    const now = await runnersOf(app);
    expect(now.map((r) => alive(r.pid))).toEqual([true]);
    expect(now[0]!.pid).not.toBe(runner!.pid);
    await app.stop();
  }, 120_000);

  it('a user with 30 jobs queued delays another user’s first job by at most one job’s time', async () => {
    const app = await startApp({ env: { SANDBOX_CONCURRENCY: '2', SANDBOX_PER_USER_ACTIVE: '2', SANDBOX_PER_USER_QUEUE: '40' } });
    servers.push(app);
    const [alice, bob] = await Promise.all([newUser(app), newUser(app)]);
    const aliceRuns: Array<{ self: string }> = [];
    for (let i = 0; i < 30; i++) aliceRuns.push(await queueRun(app, alice, 'import time\ntime.sleep(0.8)\nprint("alice")'));
    // Alice holds both slots and has the rest waiting.
    await waitFor('Alice to fill the runner', async () => (await job(app, alice, aliceRuns[1]!.self)).state === 'running');
    const bobRun = await queueRun(app, bob, 'print("bob")');
    const queued = await job(app, bob, bobRun.self);
    if (queued.state === 'queued') expect(queued.position).toBe(1);
    const bobJob = await ended(app, bob, bobRun.self);
    expect(bobJob.result).toMatchObject({ status: 'success', output: 'bob\n' });
    const aliceJobs = await Promise.all(aliceRuns.slice(0, 6).map((r) => ended(app, alice, r.self)));
    const durations = aliceJobs.map((j) => Date.parse(j.finishedAt!) - Date.parse(j.startedAt!));
    const oneJob = Math.max(...durations);
    const bobWaited = Date.parse(bobJob.startedAt!) - Date.parse(bobJob.createdAt);
    // Bob waited for one of Alice's two running jobs to end, not for her backlog (30 × ~0.9 s / 2).
    expect(bobWaited).toBeLessThanOrEqual(oneJob + 250);
    for (const r of aliceRuns) await request(app, r.self, { method: 'DELETE', token: alice });
    await app.stop();
  }, 180_000);

  it('started as root with WEB_USER, the web server gives root up and only the runner keeps it', async () => {
    const app = await startApp({ env: { WEB_USER: 'nobody' } });
    servers.push(app);
    const uidOf = (pid: number) => /^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    expect(uidOf(serverPid(app))).toBe('65534');
    const [runner] = await runnersOf(app);
    expect(uidOf(runner!.pid)).toBe('0');
    // The embedded database and the uploads folder are the web server's to write.
    const token = await newUser(app);
    const run = await request(app, '/api/v1/executions', { token, body: { language: 'python', code: 'print(6 * 7)' } });
    expect(run.body).toMatchObject({ status: 'success', output: '42\n' });
    // A runner that dies is started again with root: the keeper forked it, not the web server.
    process.kill(runner!.pid, 'SIGKILL');
    const [next] = await waitFor('a new runner', async () => {
      const live = await runnersOf(app);
      return live.length === 1 && live[0]!.pid !== runner!.pid && live;
    });
    expect(uidOf(next!.pid)).toBe('0');
    const again = await request(app, '/api/v1/executions', { token, body: { language: 'python', code: 'print(7 * 7)' } });
    expect(again.body).toMatchObject({ status: 'success', output: '49\n' });
    await app.stop();
  }, 120_000);

  it('cancelling a running job kills the run, and so does the runner’s deadline: the runner’s one slot is free at once', async () => {
    const app = await startApp({ env: { SANDBOX_CONCURRENCY: '1', RUNNER_JOB_DEADLINE_MS: '2000' } });
    servers.push(app);
    const token = await newUser(app);
    const long = await queueRun(app, token, sleeper(4, 'long'));
    await waitFor('the long job to run', async () => (await job(app, token, long.self)).state === 'running');
    const cancelled = await request(app, long.self, { method: 'DELETE', token });
    expect(cancelled.body).toMatchObject({ state: 'cancelled' });
    const cancelledAt = Date.now();
    // One slot: the next job runs only once the long one's process is gone.
    const next = await queueRun(app, token, 'print("next")');
    const done = await ended(app, token, next.self);
    expect(done.result).toMatchObject({ status: 'success', output: 'next\n' });
    expect(Date.parse(done.finishedAt!) - cancelledAt).toBeLessThan(2500);
    // The long run's end (and any result its runner reported) came before the next could start: it never got one.
    const stopped = await job(app, token, long.self);
    expect(stopped).toMatchObject({ state: 'cancelled', error: 'Cancelled by its owner' });
    expect(stopped.result).toBeUndefined();
    // A run still going at the runner's deadline (here 2 s, within the 3 s time limit) is stopped and failed, freeing the slot.
    const overdue = await queueRun(app, token, sleeper(2.8, 'late'));
    const failed = await ended(app, token, overdue.self);
    expect(failed).toMatchObject({ state: 'failed', error: 'the run did not end within 2 s' });
    const after = await queueRun(app, token, 'print("after")');
    expect((await ended(app, token, after.self)).result).toMatchObject({ output: 'after\n' });
    await app.stop();
  }, 120_000);

  it('refuses a user’s runs beyond their share with 429 and runs beyond the whole queue with 503, and keeps serving', async () => {
    const app = await startApp({
      env: { SANDBOX_CONCURRENCY: '2', SANDBOX_PER_USER_ACTIVE: '2', SANDBOX_PER_USER_QUEUE: '3', SANDBOX_MAX_QUEUE: '4' },
    });
    servers.push(app);
    const [first, second, third] = await Promise.all([newUser(app), newUser(app), newUser(app)]);
    // Two running and three waiting are the first user's share: the sixth is refused at once.
    const accepted: Array<{ self: string }> = [];
    for (let i = 0; i < 5; i++) accepted.push(await queueRun(app, first, sleeper(2, `f${i}`)));
    const excess = await request(app, '/api/v1/executions', { token: first, body: { language: 'python', code: 'print(1)' } });
    expect(excess.status).toBe(429);
    expect(excess.body).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', status: 429 });
    expect(Number(excess.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Its RateLimit-* say which quota refused it: the user's share of the runners (decision 2).
    expect(excess.headers.get('ratelimit-limit')).toBe('5');
    expect(excess.headers.get('ratelimit-remaining')).toBe('0');
    expect(excess.headers.get('ratelimit-reset')).toBe(excess.headers.get('retry-after'));
    // Three waiting and one more make the queue's four places: the next user's run finds it full.
    await waitFor('two to run', async () => (await job(app, first, accepted[1]!.self)).state === 'running');
    await queueRun(app, second, sleeper(0.1, 's'));
    const full = await request(app, '/api/v1/executions', { token: third, body: { language: 'python', code: 'print(1)' } });
    expect(full.status).toBe(503);
    expect(full.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await request(app, '/api/health')).status).toBe(200);
    for (const run of accepted) expect((await ended(app, first, run.self)).state).toBe('done');
    await app.stop();
  }, 120_000);
});

/** A fresh database in the leg's PostgreSQL cluster. */
async function freshDatabase(): Promise<string> {
  const admin = postgres(inject('postgresUrl'), { max: 1, onnotice: () => {} });
  const name = `tier_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** `npm run runner` on the same database: a runner of its own (its own process group, to kill it whole). */
function startRunner(databaseUrl: string, env: Record<string, string> = {}): ChildProcess {
  const { command, args } = builtCommand('server/runner/main');
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  runnerProcesses.push(child);
  return child;
}

describe('two runner processes on one PostgreSQL', inLegs('postgres'), () => {
  it('share one queue: every job runs exactly once, both runners take jobs, and a killed runner’s jobs are finished by the other', async () => {
    const url = await freshDatabase();
    const app = await startApp({ databaseUrl: url, env: { RUNNERS: '0', SANDBOX_PER_USER_QUEUE: '40' } });
    servers.push(app);
    const runnerEnv = { SANDBOX_CONCURRENCY: '2', JOB_LEASE_MS: '3000' };
    const a = startRunner(url, runnerEnv);
    startRunner(url, runnerEnv);
    await waitFor('two runners', async () => (await runnersOf(app)).length === 2, 90_000);
    const users = await Promise.all([newUser(app), newUser(app), newUser(app), newUser(app)]);
    const runs: Array<{ token: string; self: string; word: string }> = [];
    for (const [u, token] of users.entries()) {
      for (let i = 0; i < 10; i++) runs.push({ token, word: `u${u}j${i}`, ...(await queueRun(app, token, sleeper(0.3, `u${u}j${i}`))) });
    }
    // Kill one runner (its whole process group: node and its jails) while it holds jobs.
    await waitFor('jobs to run', async () => {
      const health = await request(app, '/api/health', { token: SYSTEM_TOKEN });
      return ((health.body.runners as { running: number }).running ?? 0) >= 3;
    });
    process.kill(-a.pid!, 'SIGKILL');
    const results = await Promise.all(runs.map((r) => ended(app, r.token, r.self, 120_000)));
    expect(results.map((r) => r.state)).toEqual(runs.map(() => 'done'));
    expect(results.map((r) => r.result?.output)).toEqual(runs.map((r) => `${r.word}\n${r.word} done\n`));

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const rows = (await sql`select id, attempts, runner_id from jobs order by id`) as unknown as Array<{
      id: number;
      attempts: number;
      runner_id: string;
    }>;
    await sql.end();
    expect(rows).toHaveLength(40);
    // Only a job cut off by the kill was claimed a second time; no finished job ran twice.
    expect(rows.filter((r) => r.attempts > 2)).toEqual([]);
    expect(rows.filter((r) => r.attempts === 2).length).toBeLessThanOrEqual(2);
    expect(new Set(rows.map((r) => r.runner_id)).size).toBe(2);
    await app.stop();
  }, 240_000);

  it('lets the web server run as an ordinary user: only the runner holds the jail’s privileges', async () => {
    const url = await freshDatabase();
    const nobody = { uid: 65534, gid: 65534 };
    const app = await startApp({ databaseUrl: url, env: { RUNNERS: '0' }, user: nobody });
    servers.push(app);
    startRunner(url);
    await waitFor('the runner', async () => (await runnersOf(app)).length === 1, 90_000);
    const web = serverPid(app);
    const uid = /^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${web}/status`, 'utf8'))?.[1];
    expect(uid).toBe('65534');
    const token = await newUser(app);
    const reply = await request(app, '/api/v1/executions', {
      token,
      body: { language: 'python', code: 'import os\nprint(os.getuid() != 0)' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'success', output: 'True\n' });
    const health = await request(app, '/api/health', { token: SYSTEM_TOKEN });
    expect(health.body.sandbox).toMatchObject({ available: true, mode: 'bwrap', seccomp: true });
    await app.stop();
  }, 180_000);
});
