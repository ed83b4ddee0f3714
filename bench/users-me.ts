// GET /api/v1/users/me at 50 connections, one signed-in user per connection: the app (custom
// server + route handler + auth, rate limit and validation layers) against a bare node:http +
// postgres server doing the same token check and query, both on one throwaway PostgreSQL
// cluster, measured in the same run. With BENCH_ONE_USER=1 all 50 connections share one user,
// whose rate-limit counter row then serialises every request in PostgreSQL.
// Run: npm run build && npx tsx --tsconfig tsconfig.server.json bench/users-me.ts
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT, freePort, startApp, startPostgres } from '../tests/harness/processes';

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, tokens: string[], seconds = DURATION): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    setupClient: (client) => client.setHeaders({ authorization: `Bearer ${tokens[next++ % tokens.length]}` }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function token(baseUrl: string, n: number): Promise<string> {
  const body = { email: `bench${n}-${Date.now()}@example.com`, password: 'Passw0rdOk', displayName: `Bench ${n}` };
  await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: body.email, password: body.password }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

function print(name: string, f: Figures): void {
  console.log(
    `${name.padEnd(28)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}   errors ${f.errors}`,
  );
}

async function main(): Promise<void> {
  const cluster = await startPostgres();
  // The limit is raised so the load is measured, not refused; the limiter still counts every request.
  const env = { AUTH_SECRET: SECRET, RATE_LIMIT_GENERAL_PER_MIN: '100000000', RATE_LIMIT_AUTH_PER_MIN: '1000', LOG_LEVEL: 'error' };
  const app = await startApp({ databaseUrl: cluster.url, env });
  const users = process.env.BENCH_ONE_USER ? 1 : CONNECTIONS;
  const tokens: string[] = [];
  for (let n = 0; n < users; n++) tokens.push(await token(app.baseUrl, n));
  const bearer = tokens[0]!;

  const barePort = await freePort();
  const bare = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['bench/bare-users-me.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: cluster.url, AUTH_SECRET: SECRET, PORT: String(barePort) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${barePort}/`, { headers: { authorization: `Bearer ${bearer}` } }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  try {
    console.log(`GET /api/v1/users/me, ${CONNECTIONS} connections, ${users} user(s), ${DURATION} s each, PostgreSQL on loopback`);
    await load(`${app.baseUrl}/api/v1/users/me`, tokens, 3); // warm-up: JIT, connection pools
    await load(`http://127.0.0.1:${barePort}/`, tokens, 3);
    const appFigures = await load(`${app.baseUrl}/api/v1/users/me`, tokens);
    const bareFigures = await load(`http://127.0.0.1:${barePort}/`, tokens);
    print('app (API route handler)', appFigures);
    print('bare node:http + postgres', bareFigures);
    console.log(
      `ratio app/bare throughput: ${(appFigures.rps / bareFigures.rps).toFixed(2)} (aim ≥ 0.5); app p99 ${appFigures.p99} ms (aim < 50 ms)`,
    );
  } finally {
    bare.kill('SIGTERM');
    await app.stop();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
