import type { TestProject } from 'vitest/node';
import { startApp, startPostgres, type PostgresCluster } from './processes';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dbDriver: 'pglite' | 'postgres';
  }
}

/** One server per run, on a throwaway database: PGlite by default, PostgreSQL with TEST_DB=postgres. */
export default async function setup(project: TestProject) {
  const driver = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  let cluster: PostgresCluster | undefined;
  if (driver === 'postgres') cluster = await startPostgres();
  const app = await startApp({ databaseUrl: cluster?.url });
  project.provide('baseUrl', app.baseUrl);
  project.provide('dbDriver', driver);
  return async () => {
    await app.stop();
    await cluster?.stop();
  };
}
