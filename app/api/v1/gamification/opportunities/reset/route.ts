// POST /api/v1/gamification/opportunities/reset — codemeet-api.md 5.4 (the daily cron); GET for schedulers that only send GET
import { json } from '@/lib/http/core';
import type { Db } from '@/db';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { resetDailyOpportunities } from '@/lib/gamification/service';
import { resetResponse } from '@/lib/validation/gamification';

const docs = (summary: string) => ({
  tag: 'Gamification (v1)',
  summary,
  description:
    'Tops every balance below the daily allowance (`DAILY_OPPORTUNITIES`, 1) up to it, never lowering one, once per Asia/Taipei day: a second call the same day (another instance, a retried cron, the built-in scheduler) changes nothing and answers that day’s figures with `alreadyRan: true`. `resetAt` is that day’s 00:00 Asia/Taipei.',
  responses: { 200: { description: 'Reset (or already reset today)', schema: resetResponse } },
});

async function reset({ db }: { db: Db }) {
  const result = await resetDailyOpportunities(db);
  return json({ affectedUsers: result.affectedUsers, resetAt: result.resetAt.toISOString(), day: result.day, alreadyRan: !result.ran });
}

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route({ auth: 'system', docs: docs('5.4 Daily reset of opportunities (system caller)') }, reset),
  GET: v1Route({ auth: 'system', docs: docs('5.4 Daily reset, for schedulers that only send GET (SYSTEM_TOKEN or CRON_SECRET)') }, reset),
});
