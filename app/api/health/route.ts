// GET /api/health — up or degraded, for load balancers; the system caller also gets the details
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { checkHealth } from '@/lib/health';
import { healthDetailsResponse, healthResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      rateLimit: 'none',
      docs: {
        tag: 'Platform',
        summary: 'Health: up or degraded',
        description:
          'Anyone gets `{ status }`. With the system token (`SYSTEM_TOKEN` or `CRON_SECRET`) the answer adds the version, uptime, database (driver, latency, error), the sandbox’s mode as the freshest live runner measured it, and the runners with their queued and running jobs.',
        responses: {
          200: { description: 'Up (details for the system caller)', schema: healthResponse.or(healthDetailsResponse) },
          503: { description: 'Degraded: the database is unreachable', schema: healthResponse.or(healthDetailsResponse) },
        },
      },
    },
    async ({ actor }) => {
      const health = actor?.kind === 'system' ? await checkHealth({ details: true }) : await checkHealth();
      return json(health, health.status === 'ok' ? 200 : 503);
    },
  ),
});
