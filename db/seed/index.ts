import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { logger } from '@/lib/logger';
import { createUser } from '@/lib/users/service';
import { seedCommunity } from './community';

/**
 * Demo accounts for a first start (README), with published passwords: loaded by default only
 * into the embedded database, into PostgreSQL only with SEED_DEMO=1.
 */
export const DEMO_USERS = [
  { name: '管理員 Admin', email: 'admin@codemeet.tw', account: 'admin', password: 'CodeMeet2026', role: 'admin' },
  { name: '王小明', email: 'demo@codemeet.tw', account: 'demo', password: 'Demo12345', role: 'user' },
  { name: '陳美玲', email: 'meiling@codemeet.tw', account: 'meiling', password: 'Demo12345', role: 'user' },
] as const;

/** Loads demo data into an empty database; a database that has any user is left alone. */
export async function seedDemoData(db: Db): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return false;
  const created = [];
  for (const demo of DEMO_USERS) {
    const { role, ...input } = demo;
    created.push(await createUser(db, input, role));
  }
  await seedCommunity(db, created);
  logger.info({ users: DEMO_USERS.length }, 'demo data loaded');
  return true;
}
