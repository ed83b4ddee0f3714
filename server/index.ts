import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { closeDatabase, getDatabase } from '@/db';
import { prepareDatabase } from '@/db/migrate';
import { env } from '@/lib/env';
import { bankIndex } from '@/lib/interviews/bank-index';
import { listenForEvents } from '@/lib/events';
import { pruneJobs as pruneOldJobs } from '@/lib/execution/jobs';
import { CLIENT_IP_HEADER } from '@/lib/http/request';
import { logger } from '@/lib/logger';
import { recordSubmissionsAsJudged } from '@/lib/submissions/record';
import { dropPrivileges } from './privileges';
import { scheduleDailyReset, scheduleMatchmaking } from './scheduler';
import { startRunners } from './runner/supervise';
import { ApiRouter } from './api-router';
import { applySecurityHeaders, clientAddress, parseHost, refuseMalformedFirst, requestOrigin } from './http-guards';
import { attachRealtime } from './realtime';

const dev = process.argv.includes('--dev');
async function main(): Promise<void> {
  const started = performance.now();
  const database = await getDatabase();
  // Demo accounts (with the README's published passwords) only where a newcomer runs the app:
  // the embedded database, or PostgreSQL when SEED_DEMO asks for them.
  await prepareDatabase(database, { seedDemo: env.SEED_DEMO ?? database.driver === 'pglite' });
  const stopEvents = await listenForEvents(database);
  // The question bank's search index takes a few hundred milliseconds to build: not on the first interview's time.
  void bankIndex(database.db).catch((error: unknown) => logger.warn({ err: error }, 'question bank warm-up failed'));
  // The execution tier: runner processes beside this one (none with RUNNERS=0, where `npm run
  // runner` on other machines serve this database). This process never runs user code.
  const runners = await startRunners(database, env.RUNNERS, env.SANDBOX_PER_USER_ACTIVE);
  if (env.WEB_USER) dropPrivileges(env.WEB_USER, [path.resolve(env.DATA_DIR)]);
  const pruneJobs = setInterval(
    () =>
      void pruneOldJobs(database.db, env.JOB_RETENTION_HOURS).catch((error: unknown) => logger.warn({ err: error }, 'pruning jobs failed')),
    60 * 60 * 1000,
  ).unref();
  // Daily opportunity reset at 00:00 Asia/Taipei, unless a scheduler of the operator's calls the endpoint instead.
  const stopScheduler = env.SCHEDULE_DAILY_RESET ? scheduleDailyReset(database.db) : () => undefined;
  // Every instance sweeps the match queue (expiry, and matches a relaxed difficulty allows).
  const stopMatchmaking = scheduleMatchmaking(database.db);
  // Judged submissions are kept as their jobs end, whichever runner judged them.
  const stopRecording = recordSubmissionsAsJudged(database.db);
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
      // /socket.io is Socket.IO's and /ws/ the rooms' plain WebSocket; the rest (HMR) is Next's.
      if (!req.url?.startsWith('/socket.io') && !req.url?.startsWith('/ws/')) void upgrade(req, socket, head);
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
    clearInterval(pruneJobs);
    stopScheduler();
    stopMatchmaking();
    stopRecording();
    await runners.close();
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
