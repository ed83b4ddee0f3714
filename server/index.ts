import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import next from 'next';
import { closeDatabase, getDatabase } from '@/db';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/db/seed';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { CLIENT_IP_HEADER } from '@/lib/http/request';
import { logger } from '@/lib/logger';
import { getSandbox } from './sandbox';
import { ApiRouter } from './api-router';
import { attachRealtime } from './realtime';

const dev = process.argv.includes('--dev');

function clientIpOf(req: IncomingMessage): string {
  if (env.TRUST_PROXY) {
    const forwarded = req.headers['x-forwarded-for'];
    // The rightmost entry is the one our proxy appended; anything left of it the client wrote.
    const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

async function main(): Promise<void> {
  const started = performance.now();
  const database = await getDatabase();
  await migrateDatabase(database);
  await ensureAuthSecret(database.db);
  if (env.SEED_DEMO) await seedDemoData(database.db);
  // The one sandbox of this process, configured before any route asks for it; startup says how user code will run.
  const sandbox = getSandbox({
    allowUnsafe: env.SANDBOX_ALLOW_UNSAFE,
    concurrency: env.SANDBOX_CONCURRENCY,
    maxQueue: env.SANDBOX_MAX_QUEUE,
    logger: logger.child({ component: 'sandbox' }),
  });
  // status() runs the jail's self-test and logs the mode: ready, unsafe (opt-in) or unavailable.
  const sandboxState = await sandbox.status();
  // Toolchain caches (C++ precompiled header, javac startup archive) warm in the background.
  if (sandboxState.available) void sandbox.prepare().catch((error: unknown) => logger.warn({ err: error }, 'sandbox warm-up failed'));
  if (env.APP_URL) process.env.NEXTAUTH_URL ??= env.APP_URL;
  else process.env.AUTH_TRUST_HOST ??= '1';

  const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  // next-auth's endpoints need Next's request context (cookies(), headers()).
  const api = dev ? null : new ApiRouter(path.join(process.cwd(), 'app', 'api'), (routePath) => routePath.startsWith('/api/auth/'));

  const server = createServer((req, res) => {
    // Only the server decides who the client is (rate limits key on it).
    req.headers[CLIENT_IP_HEADER] = clientIpOf(req);
    const served = api ? api.handle(req, res) : Promise.resolve(false);
    served
      .then((done) => (done ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        logger.error({ err: error, url: req.url }, 'request handler crashed');
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Internal Server Error' }));
      });
  });
  const realtime = attachRealtime(server, database.db);
  if (dev) {
    const upgrade = app.getUpgradeHandler();
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket.io')) void upgrade(req, socket, head);
    });
  }

  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info(
    { port, dev, database: database.driver, startupMs: Math.round(performance.now() - started) },
    `CodeMeet listening on http://localhost:${port}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    server.closeIdleConnections();
    await realtime.close();
    await sandbox.close();
    await new Promise((resolve) => server.close(resolve));
    await closeDatabase();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'server failed to start');
  process.exit(1);
});
