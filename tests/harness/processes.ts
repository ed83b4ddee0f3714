import { randomBytes } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SYSTEM_TOKEN = 'test-system-token-0123456789abcdef';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function pgBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(base, v, 'bin', 'initdb'))) return path.join(base, v, 'bin');
  throw new Error('PostgreSQL server binaries not found: install Debian "postgresql" (or set PG_BIN)');
}

/** initdb and pg_ctl refuse root, so as root they run as the postgres user. */
function runPg(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(bin, args[0]!), ...args.slice(1)]]
    : [path.join(bin, args[0]!), args.slice(1)];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args[0]} failed: ${result.stderr || result.stdout}`);
}

export interface PostgresCluster {
  url: string;
  stop(): Promise<void>;
}

/** A new, empty database on the test run's PostgreSQL cluster (for servers of a test's own). */
export async function freshDatabase(clusterUrl: string, prefix = 'db'): Promise<string> {
  const admin = postgres(clusterUrl, { max: 1, onnotice: () => {} });
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A throwaway PostgreSQL cluster on a free port, removed on stop. */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = pgBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-pg-'));
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres:postgres', dir]);
  const port = await freePort();
  runPg(bin, ['initdb', '-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  runPg(bin, [
    'pg_ctl',
    '-D',
    dataDir,
    '-w',
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        runPg(bin, ['pg_ctl', '-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** SIGKILL to a detached child's whole process group; nothing when it is gone. */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

export interface AppServer {
  baseUrl: string;
  dataDir: string;
  port: number;
  process: ChildProcess;
  /** From spawn to the first healthy answer of /api/health. */
  startupMs: number;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * How the server runs: as `npm start` runs it (the JavaScript `npm run build` compiled, on plain
 * node: production runs what the build produced), as `npm run dev` does (the sources under tsx,
 * Next in development mode), or the sources under tsx in production mode, as `npm start` did
 * before the server was compiled (bench/startup.ts compares the two).
 */
type ServerMode = 'build' | 'dev' | 'sources';

/** `npm start` (server/index) and `npm run runner` (server/runner/main): the build's JavaScript on plain node. */
export function builtCommand(entry: 'server/index' | 'server/runner/main'): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--enable-source-maps', `dist/${entry}.js`] };
}

function serverCommand(mode: ServerMode): { command: string; args: string[] } {
  if (mode === 'build') return builtCommand('server/index');
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  return { command: tsx, args: ['--tsconfig', 'tsconfig.server.json', 'server/index.ts', ...(mode === 'dev' ? ['--dev'] : [])] };
}

/**
 * Starts the server on a fresh database and waits for /api/health: on the production build, or
 * with `dev` as `npm run dev` runs it (Next in development mode).
 */
export async function startApp(
  options: {
    /** Run the server as this user (the data folder is handed to it). */
    user?: { uid: number; gid: number };
    databaseUrl?: string;
    env?: Record<string, string>;
    dev?: boolean;
    /** The TypeScript sources under tsx in production mode instead of the build (bench/startup.ts). */
    fromSources?: boolean;
    /** Reuse (and keep) this data folder: a restart. */ dataDir?: string;
    /** Listen on this port (a restart where clients reconnect); a free one otherwise. */
    port?: number;
  } = {},
): Promise<AppServer> {
  const mode: ServerMode = options.dev ? 'dev' : options.fromSources ? 'sources' : 'build';
  if (!options.dev && !fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `npm run build` first');
  if (mode === 'build' && !fs.existsSync(path.join(ROOT, 'dist', 'server', 'index.js')))
    throw new Error('No compiled server: run `npm run build` first');
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-data-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: options.dev ? 'development' : 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    TRUST_PROXY: '1',
    SYSTEM_TOKEN,
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // Interviews of a test last seconds, not the ten minutes a reward takes in production (docs/opportunities.md).
    INTERVIEW_REWARD_MIN_SECONDS: '2',
    ...options.env,
  };
  if (options.user) fs.chownSync(dataDir, options.user.uid, options.user.gid);
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const { command, args } = serverCommand(mode);
  const child = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a server that does not stop in time is killed whole (the server,
    // tsx above it in the dev leg, the runner keeper and the runners), never left running orphaned.
    detached: true,
    ...(options.user ?? {}),
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const spawned = performance.now();
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup(child);
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const startupMs = performance.now() - spawned;
  return {
    baseUrl,
    dataDir,
    port,
    process: child,
    startupMs,
    logs: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => killGroup(child), 10_000);
        await exited;
        clearTimeout(timer);
      }
      // Whatever of the group outlived the process we started (a server that did not stop) goes too.
      killGroup(child);
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
