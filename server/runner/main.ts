/**
 * A runner process: `npm run runner` on a dedicated machine (pointed at the web servers'
 * PostgreSQL by DATABASE_URL), or forked by `npm start` beside the web server (RUNNERS, default 1).
 * Only this process holds what the jail needs (root for cgroup v1, or a delegated cgroup v2
 * subtree); the web server never runs user code. See docs/sandbox.md, "Execution tier".
 */
import os from 'node:os';
import { closeDatabase, getDatabase } from '@/db';
import { env } from '@/lib/env';
import { listenForEvents } from '@/lib/events';
import { logger } from '@/lib/logger';
import { getSandbox, LANGUAGES } from '@/server/sandbox';
import { Runner } from './runner';
import { IpcJobSource, SqlJobSource, type JobSource } from './source';

const INSTALL_HINT = 'run: bash scripts/install-system-deps.sh run';
const log = logger.child({ component: 'runner' });

async function main(): Promise<void> {
  const forked = typeof process.send === 'function';
  // Lower priority than the web server: a saturated runner must not slow pages and health checks.
  try {
    os.setPriority(0, env.RUNNER_NICE);
  } catch (error) {
    log.warn({ err: error }, 'could not lower the runner’s priority');
  }
  let source: JobSource;
  let stopEvents: (() => Promise<void>) | null = null;
  if (env.DATABASE_URL) {
    const database = await getDatabase();
    stopEvents = await listenForEvents(database);
    source = new SqlJobSource(database, { perUserActive: env.SANDBOX_PER_USER_ACTIVE });
  } else if (forked) {
    source = new IpcJobSource(process);
  } else {
    log.fatal(
      'a runner of its own needs the web servers’ PostgreSQL (DATABASE_URL); with the embedded database, `npm start` runs the runners',
    );
    process.exit(1);
  }

  const sandbox = getSandbox({
    allowUnsafe: env.SANDBOX_ALLOW_UNSAFE,
    allowRlimitOnly: env.SANDBOX_ALLOW_RLIMIT_ONLY,
    requireSeccomp: env.SANDBOX_REQUIRE_SECCOMP,
    cgroupRoot: env.SANDBOX_CGROUP_ROOT,
    bwrapPath: env.SANDBOX_BWRAP_PATH,
    concurrency: env.SANDBOX_CONCURRENCY,
    warmPerLanguage: env.SANDBOX_WARM_PER_LANGUAGE,
    logger: log,
  });
  const slots = sandbox.pool.concurrency;
  const status = await sandbox.status();
  if (status.available) {
    const installed = await sandbox.languages();
    const missing = Object.keys(LANGUAGES).filter((id) => !installed.includes(id as (typeof installed)[number]));
    if (missing.length) log.warn({ missing }, `code execution cannot run ${missing.join(', ')}: toolchain not installed; ${INSTALL_HINT}`);
    // Toolchain caches (C++ precompiled header, JVM archives) warm in the background.
    void sandbox.prepare(installed).catch((error: unknown) => log.warn({ err: error }, 'sandbox warm-up failed'));
  }
  const runner = new Runner(source, sandbox, { slots, leaseMs: env.JOB_LEASE_MS, jobDeadlineMs: env.RUNNER_JOB_DEADLINE_MS, logger: log });
  await runner.start();
  log.info({ runnerId: runner.id, slots, mode: status.mode, forked }, 'runner ready');
  process.send?.({ type: 'ready', runnerId: runner.id });

  let closing = false;
  const shutdown = async (reason: string, finish: boolean) => {
    if (closing) return;
    closing = true;
    log.info({ reason }, 'runner stopping');
    // Bounded: with the web process gone, a call through it would never be answered.
    await Promise.race([runner.stop({ finish }), new Promise((resolve) => setTimeout(resolve, finish ? 60_000 : 3000))]);
    await sandbox.close();
    await stopEvents?.().catch(() => undefined);
    if (env.DATABASE_URL) await closeDatabase();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM', false));
  process.on('SIGINT', () => void shutdown('SIGINT', false));
  // Forked: the keeper is gone (and with it the web process). On PostgreSQL the jobs in hand can
  // still be finished and reported; through the web process they cannot, so they are stopped.
  if (forked) process.on('disconnect', () => void shutdown('the keeper went away', Boolean(env.DATABASE_URL)));
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'runner failed to start');
  process.exit(1);
});
