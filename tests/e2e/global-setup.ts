import { startApp } from '../harness/processes';

/** One server on a fresh embedded database for the browser tests; workers find it through E2E_BASE_URL. */
export default async function globalSetup() {
  const app = await startApp();
  process.env.E2E_BASE_URL = app.baseUrl;
  return async () => {
    await app.stop();
  };
}
