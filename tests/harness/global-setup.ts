import type { TestProject } from 'vitest/node';
import { startApp, startPostgres, type PostgresCluster } from './processes';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dbDriver: 'pglite' | 'postgres';
    /** The PostgreSQL cluster of the postgres leg (tests may create databases of their own in it); '' on PGlite. */
    postgresUrl: string;
    /** Which of the suite's three runs this is: tests that start servers of their own run in the one they concern. */
    leg: 'pglite' | 'postgres' | 'dev';
  }
}

/**
 * One server per run, on a throwaway database: PGlite by default, PostgreSQL with TEST_DB=postgres;
 * as `npm start` runs it, or as `npm run dev` does with TEST_SERVER=dev (one request path: the
 * same API tests must pass on both).
 */
export default async function setup(project: TestProject) {
  const driver = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  let cluster: PostgresCluster | undefined;
  if (driver === 'postgres') cluster = await startPostgres();
  const dev = process.env.TEST_SERVER === 'dev';
  const app = await startApp({ databaseUrl: cluster?.url, dev });
  project.provide('baseUrl', app.baseUrl);
  project.provide('dbDriver', driver);
  project.provide('postgresUrl', cluster?.url ?? '');
  project.provide('leg', dev ? 'dev' : driver);
  return async () => {
    await app.stop();
    await cluster?.stop();
  };
}
