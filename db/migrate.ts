import 'server-only';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { ensureAuthSecret } from '@/lib/auth/secret';
import type { Database } from './index';
import { seedDemoData } from './seed';
import { seedInterviewBank } from './seed/interview-bank';
import { seedQuestionBank } from './seed/question-bank';

const MIGRATIONS_FOLDER = path.resolve(process.cwd(), 'db/migrations');
// Any constant works: it only has to be the same for every instance preparing one database.
const SETUP_LOCK_KEY = 7_421_001;

/** Applies drizzle-kit's committed migrations. */
async function migrateDatabase(database: Database): Promise<void> {
  if (database.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // The migrator is typed per driver; the instance is the PGlite one built in db/index.ts.
    await migrate(database.db as unknown as Parameters<typeof migrate>[0], { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  await migrate(database.db as unknown as Parameters<typeof migrate>[0], { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * Everything a start does to the database: migrations, the shared auth secret, the interview
 * question bank's and the practice bank's new seed questions and (when asked) the demo data. On PostgreSQL under one advisory lock, so instances starting together on an
 * empty database take turns: the first migrates and seeds, the others find it done.
 */
export async function prepareDatabase(database: Database, options: { seedDemo: boolean }): Promise<void> {
  const steps = async () => {
    await migrateDatabase(database);
    await ensureAuthSecret(database.db);
    await seedInterviewBank(database.db);
    await seedQuestionBank(database.db);
    if (options.seedDemo) await seedDemoData(database.db);
  };
  if (database.driver === 'pglite') return steps();
  // The lock is held by this transaction's connection until it ends; the steps run on the pool.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    await steps();
  });
}
