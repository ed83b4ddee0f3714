import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema and applied at server start (db/migrate.ts),
// the same files for embedded PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
