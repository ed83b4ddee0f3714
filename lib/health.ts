import 'server-only';
import { getDatabase } from '@/db';
import { tierStatus, type TierStatus } from '@/lib/execution/runners';
import { logger } from '@/lib/logger';
import pkg from '@/package.json';
import type { SandboxStatus } from '@/lib/vocabulary/runs';

export interface Health {
  status: 'ok' | 'degraded';
}

export interface HealthDetails extends Health {
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; driver: 'pglite' | 'postgres' | 'unknown'; latencyMs?: number; error?: string };
  /** Whether user code can run, as the freshest live runner measured it; the app serves everything else without it. */
  sandbox: SandboxStatus;
  /** The execution tier: live runner processes and the jobs waiting and running. */
  runners: { live: number; queued: number; running: number; processes: TierStatus['runners'] } | null;
}

/** Up or degraded: one round trip to the database, so load balancers' checks stay cheap under load. */
export async function checkHealth(options: { details: true }): Promise<HealthDetails>;
export async function checkHealth(options?: { details?: false }): Promise<Health>;
export async function checkHealth({ details = false }: { details?: boolean } = {}): Promise<Health | HealthDetails> {
  const started = performance.now();
  let database: HealthDetails['database'];
  try {
    const handle = await getDatabase();
    await handle.ping();
    database = { status: 'up', driver: handle.driver, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    // The cause goes to the log and to the system caller only; the public answer says "degraded".
    logger.error({ err: error }, 'health check: database unreachable');
    database = { status: 'down', driver: 'unknown', error: error instanceof Error ? error.message : 'unreachable' };
  }
  const status = database.status === 'up' ? 'ok' : 'degraded';
  if (!details) return { status };
  const tier = database.status === 'up' ? await tierStatus((await getDatabase()).db).catch(() => null) : null;
  return {
    status,
    version: pkg.version,
    uptimeSeconds: Math.round(process.uptime()),
    database,
    sandbox: tier?.sandbox ?? {
      available: false,
      mode: 'unavailable',
      reason: 'the runners’ state is unknown (database down)',
      cgroups: { version: null, memory: false, pids: false, cpu: false },
      seccomp: false,
    },
    runners: tier ? { live: tier.runners.length, queued: tier.queued, running: tier.running, processes: tier.runners } : null,
  };
}
