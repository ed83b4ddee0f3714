import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../harness/processes';
import { inLegs } from '../support/skips';

// Its own server, on a machine where bubblewrap is missing (pointed at a path that does not exist).
describe('starting without the sandbox installed', inLegs('pglite'), () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ env: { SANDBOX_BWRAP_PATH: '/nonexistent/bwrap' } });
  }, 120_000);
  afterAll(() => app?.stop());

  it('says in one line what is missing and how to install it, and serves everything else', async () => {
    const lines = app
      .logs()
      .split('\n')
      .filter((line) => line.includes('code execution is unavailable'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('bash scripts/install-system-deps.sh run');
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    const login = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'demo@codemeet.tw', password: 'Demo12345' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const run = await fetch(`${app.baseUrl}/api/v1/executions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ language: 'python', code: 'print(1)' }),
    });
    expect(run.status).toBe(503);
    expect(await run.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
