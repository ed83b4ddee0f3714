// GET /api/health — version and database status, for load balancers and the test harness
import { json } from '@/lib/http/core';
import { legacyMethods } from '@/lib/http/legacy';
import { checkHealth } from '@/lib/health';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: async () => {
    const health = await checkHealth();
    return json(health, health.status === 'ok' ? 200 : 503, { 'Cache-Control': 'no-store' });
  },
});
