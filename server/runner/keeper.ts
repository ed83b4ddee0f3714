/**
 * The runner keeper: forked by the web server before it gives up root (WEB_USER), it forks the
 * runner processes, starts again one that dies, and relays their messages to and from the web
 * server. So runners keep the jail's privileges across restarts while the web server runs as an
 * ordinary user. It loads nothing but this file: no database, no sandbox.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// Beside this file: main.ts under tsx, main.js in the build (dist/server/runner).
const ENTRY = path.join(import.meta.dirname, `main${path.extname(import.meta.filename)}`);
const count = Number(process.env.RUNNERS ?? '1');
const children = new Map<number, ChildProcess>();
let closing = false;

export type KeeperMessage = { from: number; message: unknown } | { from: number; exit: { code: number | null; signal: string | null } };
export type WebMessage = { to: number; message: unknown };

const toWeb = (message: KeeperMessage) => {
  if (process.connected) process.send?.(message);
};

function start(slot: number, delayMs: number): void {
  const started = Date.now();
  const child = fork(ENTRY, [], {
    execArgv: process.execArgv,
    env: { ...process.env, RUNNER_SLOT: String(slot) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.set(slot, child);
  child.on('message', (message) => toWeb({ from: slot, message }));
  child.once('exit', (code, signal) => {
    if (children.get(slot) === child) children.delete(slot);
    toWeb({ from: slot, exit: { code, signal } });
    if (closing) return;
    // A runner that lived a while starts again at once; one that dies at start, slower each time.
    const next = Date.now() - started > 30_000 ? 1000 : Math.min(delayMs * 2, 30_000);
    setTimeout(() => {
      if (!closing) start(slot, next);
    }, next).unref();
  });
}

process.on('message', (message: WebMessage) => {
  const child = children.get(message?.to);
  if (child?.connected) child.send(message.message as Parameters<ChildProcess['send']>[0]);
});

/** Stops the runners (they hand their jobs back), waiting a bounded time for each. */
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(0);
}

process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
// The web server is gone (stopped, or killed): so go the runners.
process.on('disconnect', () => void close());

for (let slot = 0; slot < count; slot++) start(slot, 1000);
