import 'server-only';
import { getDatabase } from '@/db';
import { logger } from '@/lib/logger';
import pkg from '@/package.json';
import { sandboxStatus, type SandboxStatus } from '@/server/sandbox';

export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; driver: 'pglite' | 'postgres' | 'unknown'; latencyMs?: number; error?: string };
  /** Whether user code can run, and how it is isolated; the app serves everything else without it. */
  sandbox: SandboxStatus;
}

export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  let database: Health['database'];
  try {
    const handle = await getDatabase();
    await handle.ping();
    database = { status: 'up', driver: handle.driver, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    // The cause goes to the log and to the system caller only; the public answer says "degraded".
    logger.error({ err: error }, 'health check: database unreachable');
    database = { status: 'down', driver: 'unknown', error: error instanceof Error ? error.message : 'unreachable' };
  }
  return {
    status: database.status === 'up' ? 'ok' : 'degraded',
    sandbox: await sandboxStatus(),
    version: pkg.version,
    uptimeSeconds: Math.round(process.uptime()),
    database,
  };
}
