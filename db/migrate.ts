import 'server-only';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from './index';

const MIGRATIONS_FOLDER = path.resolve(process.cwd(), 'db/migrations');
// Any constant works: it only has to be the same for every instance migrating one database.
const MIGRATION_LOCK_KEY = 7_421_001;

/** Applies drizzle-kit's committed migrations; on PostgreSQL under an advisory lock so several instances may start at once. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // The migrator is typed per driver; the instance is the PGlite one built in db/index.ts.
    await migrate(database.db as unknown as Parameters<typeof migrate>[0], { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await migrate(database.db as unknown as Parameters<typeof migrate>[0], { migrationsFolder: MIGRATIONS_FOLDER });
  });
}
