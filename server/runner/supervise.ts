import { fork } from 'node:child_process';
import type { Database } from '@/db';
import { codeFile } from '@/lib/code-root';
import { recoverAllRunning } from '@/lib/execution/jobs';
import { forgetDeadRunner } from '@/lib/execution/runners';
import { logger } from '@/lib/logger';
import type { KeeperMessage, WebMessage } from './keeper';
import { serveRunnerOverIpc, SqlJobSource, type RunnerChannel } from './source';

const log = logger.child({ component: 'runners' });
const KEEPER = codeFile('server', 'runner', 'keeper');

export interface RunnerFleet {
  close(): Promise<void>;
}

/**
 * Starts `count` runner processes beside the web server, through the keeper
 * (server/runner/keeper.ts), which restarts one that dies and keeps the privileges the jail
 * needs when the web server gives them up (WEB_USER). Resolves once each runner has registered,
 * so the server listens with its runners ready. On the embedded database the runners reach the
 * queue through this process (serveRunnerOverIpc), and every job left running by a previous
 * process is taken back at once: nobody else could be running it.
 */
export async function startRunners(database: Database, count: number, perUserActive: number): Promise<RunnerFleet> {
  if (count === 0) return { close: async () => undefined };
  const ipc = database.driver === 'pglite';
  if (ipc) await recoverAllRunning(database.db);
  const source = ipc ? new SqlJobSource(database, { perUserActive }) : null;
  const keeper = fork(KEEPER, [], {
    execArgv: process.execArgv,
    env: { ...process.env, RUNNERS: String(count) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const listeners = new Map<number, Array<(message: unknown) => void>>();
  const runnerIds = new Map<number, string>();
  const ready = Array.from({ length: count }, () => {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });

  keeper.on('message', (event: KeeperMessage) => {
    if ('exit' in event) {
      const runnerId = runnerIds.get(event.from);
      runnerIds.delete(event.from);
      ready[event.from]?.resolve();
      log.error({ slot: event.from, ...event.exit }, 'a runner process exited; the keeper starts another');
      // Its jobs need not wait out their lease: it is certainly not running them any more.
      if (runnerId)
        void forgetDeadRunner(database.db, runnerId).catch((error: unknown) =>
          log.warn({ err: error }, 'could not release a dead runner’s jobs'),
        );
      return;
    }
    const message = event.message as { type?: string; runnerId?: string };
    if (message?.type === 'ready' && message.runnerId) {
      runnerIds.set(event.from, message.runnerId);
      ready[event.from]?.resolve();
    }
    for (const listener of listeners.get(event.from) ?? []) listener(event.message);
  });
  const keeperGone = new Promise<void>((resolve) => keeper.once('exit', () => resolve()));
  keeper.once('exit', (code, signal) => {
    for (const r of ready) r.resolve();
    if (!closing) log.error({ code, signal }, 'the runner keeper exited: no code runs here until a restart');
  });
  let closing = false;

  const stops = Array.from({ length: count }, (_, slot) => {
    const channel: RunnerChannel = {
      send: (message) => {
        if (keeper.connected)
          keeper.send({ to: slot, message } satisfies WebMessage, (error) => error && log.debug({ err: error }, 'runner ipc send failed'));
      },
      onMessage: (listener) => {
        const list = listeners.get(slot) ?? [];
        list.push(listener);
        listeners.set(slot, list);
      },
    };
    return source ? serveRunnerOverIpc(channel, source) : () => undefined;
  });

  await Promise.all(ready.map((r) => r.promise));
  return {
    async close() {
      closing = true;
      if (keeper.exitCode === null && keeper.signalCode === null) {
        // Closing the channel, not a signal: a web server that gave root up (WEB_USER) may not
        // signal the keeper, which stops its runners and exits when the channel closes.
        if (keeper.connected) keeper.disconnect();
        await Promise.race([keeperGone, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      }
      for (const stop of stops) stop();
    },
  };
}
