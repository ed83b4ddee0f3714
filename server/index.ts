import { createServer } from 'node:http';
import next from 'next';
import { closeDatabase, getDatabase } from '@/db';
import { prepareDatabase } from '@/db/migrate';
import { env } from '@/lib/env';
import { bankIndex } from '@/lib/interviews/bank-index';
import { listenForEvents } from '@/lib/events';
import { CLIENT_IP_HEADER } from '@/lib/http/request';
import { logger } from '@/lib/logger';
import { getSandbox, LANGUAGES } from './sandbox';
import { ApiRouter } from './api-router';
import { applySecurityHeaders, clientAddress, parseHost, refuseMalformedFirst, requestOrigin } from './http-guards';
import { attachRealtime } from './realtime';

const dev = process.argv.includes('--dev');
const INSTALL_HINT = 'run: bash scripts/install-system-deps.sh run';

/** One line at start when user code cannot run, or not in every language, and how to fix it. */
async function reportSandbox(sandbox: ReturnType<typeof getSandbox>): Promise<void> {
  // status() runs the jail's self-test and logs its mode: ready, unsafe (opt-in) or unavailable (with the fix).
  const status = await sandbox.status();
  if (!status.available) return;
  const installed = await sandbox.languages();
  const missing = Object.keys(LANGUAGES).filter((id) => !installed.includes(id as (typeof installed)[number]));
  if (missing.length)
    logger.warn(
      { component: 'sandbox', missing },
      `code execution cannot run ${missing.join(', ')}: toolchain not installed; ${INSTALL_HINT}`,
    );
  // Toolchain caches (C++ precompiled header, javac startup archive) warm in the background.
  void sandbox.prepare(installed).catch((error: unknown) => logger.warn({ err: error }, 'sandbox warm-up failed'));
}

async function main(): Promise<void> {
  const started = performance.now();
  const database = await getDatabase();
  // Demo accounts (with the README's published passwords) only where a newcomer runs the app:
  // the embedded database, or PostgreSQL when SEED_DEMO asks for them.
  await prepareDatabase(database, { seedDemo: env.SEED_DEMO ?? database.driver === 'pglite' });
  const stopEvents = await listenForEvents(database);
  // The question bank's search index takes a few hundred milliseconds to build: not on the first interview's time.
  void bankIndex(database.db).catch((error: unknown) => logger.warn({ err: error }, 'question bank warm-up failed'));
  // The one sandbox of this process, configured before any route asks for it.
  const sandbox = getSandbox({
    allowUnsafe: env.SANDBOX_ALLOW_UNSAFE,
    bwrapPath: env.SANDBOX_BWRAP_PATH,
    perOwnerActive: env.SANDBOX_PER_USER_ACTIVE,
    perOwnerQueue: env.SANDBOX_PER_USER_QUEUE,
    concurrency: env.SANDBOX_CONCURRENCY,
    maxQueue: env.SANDBOX_MAX_QUEUE,
    logger: logger.child({ component: 'sandbox' }),
  });
  await reportSandbox(sandbox);
  if (env.APP_URL) process.env.NEXTAUTH_URL ??= env.APP_URL;
  else process.env.AUTH_TRUST_HOST ??= '1';

  const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  // next-auth's endpoints need Next's request context (cookies(), headers()); every other /api route runs here.
  const api = new ApiRouter((routePath) => routePath.startsWith('/api/auth/'));
  const https = env.APP_URL?.startsWith('https:') ?? false;

  const server = createServer((req, res) => {
    // Only well-formed hosts and paths get here (refuseMalformedFirst below).
    const host = parseHost(req.headers.host) ?? 'localhost';
    // Only the server decides who the client is (rate limits key on it).
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, env.TRUST_PROXY);
    applySecurityHeaders(req, res, { dev, https });
    api
      .handle(req, res, requestOrigin(req, host, env.TRUST_PROXY))
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
  // A malformed Host or path is refused before anything (Socket.IO included) builds a URL from it.
  refuseMalformedFirst(server);

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
    await stopEvents().catch(() => undefined);
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
