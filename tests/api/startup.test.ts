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

  it('starts with demo discussions, interview experiences and companies (zh-TW, with tags and comments), once', async () => {
    const read = async (base: string) => {
      const [discussions, experiences] = await Promise.all(
        ['/api/discussions', '/api/experiences'].map(
          async (url) => (await fetch(`${base}${url}`)).json() as Promise<Array<Record<string, unknown>>>,
        ),
      );
      return { discussions: discussions!, experiences: experiences! };
    };
    const first = await read(app.baseUrl);
    expect(first.discussions.length).toBeGreaterThanOrEqual(3);
    for (const d of first.discussions) {
      expect(d.title).toMatch(/\p{Script=Han}/u);
      expect((d.tags as string[]).length).toBeGreaterThan(0);
    }
    expect(first.discussions.some((d) => (d.comments as number) > 0)).toBe(true);
    expect(first.experiences.length).toBeGreaterThanOrEqual(3);
    expect(first.experiences[0]).toMatchObject({
      company: expect.any(String),
      position: expect.any(String),
      interview_date: expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}$/),
    });
    const companies = new Set(first.experiences.map((e) => e.company));
    expect(companies.size).toBeGreaterThanOrEqual(2);
    const [company] = companies;
    expect((await fetch(`${app.baseUrl}/companies/${encodeURIComponent(company as string)}`)).status).toBe(200);

    // A second start on the same data adds nothing.
    await app.stop();
    app = await startApp({ dataDir: app.dataDir, env: { SANDBOX_BWRAP_PATH: '/nonexistent/bwrap' } });
    const second = await read(app.baseUrl);
    expect(second.discussions.map((d) => d.discussion_id)).toEqual(first.discussions.map((d) => d.discussion_id));
    expect(second.experiences.map((e) => e.experience_id)).toEqual(first.experiences.map((e) => e.experience_id));
  }, 120_000);
});
