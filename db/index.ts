import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/env';
import { dropProcessSingleton, processSingleton } from '@/lib/process-singletons';
import * as schema from './schema';

export type Schema = typeof schema;
/** Either driver's database, or a transaction of it: services accept any of these. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbDriver = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: DbDriver;
  /** A raw round trip, for health checks. */
  ping(): Promise<void>;
  /**
   * LISTEN on a channel: PostgreSQL delivers a NOTIFY once its transaction commits, to every
   * instance (postgres-js keeps one dedicated connection per process for this, reconnecting as
   * needed); PGlite does the same inside this process. Resolves to the unlisten function.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

// Next bundles route handlers apart from server/, so each bundle gets its own copy of this
// module: the one open database is a process singleton (PGlite must be opened once per folder).
declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    database: Promise<Database>;
  }
}

async function openPglite(): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = path.resolve(env.DATA_DIR, 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  // Planner settings for this session (the only one PGlite has), as PostgreSQL sessions get them at connect.
  await client.exec(`set random_page_cost = ${env.DATABASE_RANDOM_PAGE_COST}`);
  const db = drizzle({ client, schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, {
    max: env.DATABASE_POOL_MAX,
    onnotice: () => {},
    // Sent with every new connection (lib/env.ts says why).
    connection: { random_page_cost: env.DATABASE_RANDOM_PAGE_COST },
  });
  const db = drizzle({ client, schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    driver: 'postgres',
    ping: async () => {
      await client`select 1`;
    },
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

export function getDatabase(): Promise<Database> {
  return processSingleton('database', () => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite()));
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = dropProcessSingleton('database');
  if (pending) await (await pending).close();
}

export { schema };
