import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Database } from '@/db';
import { forgetDeadRunner, recoverAllRunning } from '@/lib/execution/jobs';
import { logger } from '@/lib/logger';
import { serveRunnerOverIpc, SqlJobSource } from './source';

const log = logger.child({ component: 'runners' });
const ENTRY = path.join(import.meta.dirname, 'main.ts');

export interface RunnerFleet {
  /** Pids of the runner processes now running (tests kill one to see its jobs survive). */
  pids(): number[];
  close(): Promise<void>;
}

/**
 * Forks `count` runner processes beside the web server and keeps them running: one that dies is
 * started again (after 1 s, doubling up to 30 s while it keeps dying at start). Resolves once
 * each has registered, so the server listens with its runners ready. On the embedded database
 * the runners reach the queue through this process (serveRunnerOverIpc), and every job left
 * running by a previous process is taken back at once: nobody else could be running it.
 */
export async function startRunners(database: Database, count: number, perUserActive: number): Promise<RunnerFleet> {
  const ipc = database.driver === 'pglite';
  if (ipc) await recoverAllRunning(database.db);
  const source = ipc ? new SqlJobSource(database, { perUserActive }) : null;
  const children = new Set<ChildProcess>();
  let closing = false;

  const spawnOne = (slot: number, delayMs: number): Promise<void> =>
    new Promise((resolve) => {
      const child = fork(ENTRY, [], {
        // The same loader (tsx) and flags this process runs with.
        execArgv: process.execArgv,
        env: { ...process.env, RUNNER_SLOT: String(slot) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.add(child);
      const stopServing = source ? serveRunnerOverIpc(child, source) : () => undefined;
      const started = Date.now();
      let runnerId: string | null = null;
      child.on('message', (message: { type?: string; runnerId?: string }) => {
        if (message?.type !== 'ready') return;
        runnerId = message.runnerId ?? null;
        resolve();
      });
      child.once('exit', (code, signal) => {
        children.delete(child);
        stopServing();
        resolve();
        if (closing) return;
        // Its jobs need not wait out their lease: it is certainly not running them any more.
        if (runnerId)
          void forgetDeadRunner(database.db, runnerId).catch((error: unknown) =>
            log.warn({ err: error }, 'could not release a dead runner’s jobs'),
          );
        // A runner that lived a while is restarted at once; one that dies at start, slower each time.
        const next = Date.now() - started > 30_000 ? 1000 : Math.min(delayMs * 2, 30_000);
        log.error({ code, signal, restartInMs: next }, 'a runner process exited; starting another');
        setTimeout(() => {
          if (!closing) void spawnOne(slot, next);
        }, next).unref();
      });
    });

  await Promise.all(Array.from({ length: count }, (_, slot) => spawnOne(slot, 1000)));
  return {
    pids: () => [...children].map((c) => c.pid).filter((pid): pid is number => pid !== undefined),
    async close() {
      closing = true;
      await Promise.all(
        [...children].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
              child.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
