/**
 * Execution-tier benchmark: npm run bench:tier [jobs=100]
 *
 * Starts the production server (needs `npm run build`) on a fresh embedded database, once with one
 * runner process and once with two, and for each:
 *   - measures GET /api/health while idle (the baseline of the same run), then
 *   - queues `jobs` mixed-language jobs at once (JavaScript, TypeScript and Python runs, Java and
 *     C++ judged submissions of Two Sum) from ten users, and measures /api/health back to back
 *     while the runners work through them: p50 and p99, and their ratio to the idle baseline;
 *   - prints the throughput (jobs a second, first queued to last finished) and the errors (a job
 *     that did not end `done` with the expected answer).
 */
import { randomBytes } from 'node:crypto';
import { loadProblemSources } from '@/db/seed/problems';
import type { LanguageId } from '@/server/sandbox';
import { SYSTEM_TOKEN, startApp, type AppServer } from '@/tests/harness/processes';

const JOBS = process.argv[1]?.endsWith('execution-tier.ts') ? Number(process.argv[2] ?? 100) : 100;
const USERS = 10;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function post(app: AppServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.55.${randomBytes(1)[0]}.${randomBytes(1)[0]}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function newUser(app: AppServer): Promise<string> {
  const email = `bench-${randomBytes(4).toString('hex')}@example.com`;
  await post(app, '/api/v1/auth/register', { email, password: 'Passw0rdOk', displayName: 'bench' });
  const login = await post(app, '/api/v1/auth/login', { email, password: 'Passw0rdOk' });
  return login.body.accessToken as string;
}

async function healthOnce(app: AppServer): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${app.baseUrl}/api/health`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`health answered ${res.status}`);
  return performance.now() - started;
}

async function tier(app: AppServer): Promise<{ queued: number; running: number }> {
  const res = await fetch(`${app.baseUrl}/api/health`, { headers: { Authorization: `Bearer ${SYSTEM_TOKEN}` } });
  const body = (await res.json()) as { runners: { queued: number; running: number } };
  return body.runners;
}

interface Queued {
  token: string;
  self: string;
  check: (job: Record<string, unknown>) => boolean;
}

const twoSum = loadProblemSources(['two-sum'])[0]!;

/** One job of the mix: runs print a known line, submissions are the bank's reference solution of Two Sum (accepted, on every case). */
function jobBody(i: number): { path: string; body: unknown; check: (job: Record<string, unknown>) => boolean } {
  const runs: Array<[LanguageId, string]> = [
    ['javascript', `console.log(${i} * 2)`],
    ['typescript', `const n: number = ${i};\nconsole.log(n * 2)`],
    ['python', `print(${i} * 2)`],
  ];
  const kind = i % 5;
  if (kind < 3) {
    const [language, code] = runs[kind]!;
    return {
      path: '/api/v1/executions',
      body: { language, code },
      check: (job) => (job.result as { output?: string } | undefined)?.output === `${i * 2}\n`,
    };
  }
  const language: LanguageId = kind === 3 ? 'java' : 'cpp';
  return {
    path: '/api/v1/submissions',
    body: { problem: twoSum.slug, language, code: twoSum.solutions[language] },
    check: (job) => typeof job.submissionId === 'string',
  };
}

/** One configuration's figures, as printed lines. */
export async function measureTier(runners: number): Promise<string[]> {
  const app = await startApp({ env: { RUNNERS: String(runners), LOG_LEVEL: 'info', SANDBOX_PER_USER_QUEUE: '64' } });
  try {
    const tokens = await Promise.all(Array.from({ length: USERS }, () => newUser(app)));
    // Warm the toolchains (JVM archives, C++ header) and the server's routes before measuring.
    for (let i = 0; i < 5; i++) {
      const { path, body } = jobBody(i);
      await post(app, path, body, { Authorization: `Bearer ${tokens[0]}` });
    }
    const idle: number[] = [];
    for (let i = 0; i < 300; i++) idle.push(await healthOnce(app));

    const started = performance.now();
    const queued: Queued[] = await Promise.all(
      Array.from({ length: JOBS }, async (_, i) => {
        const token = tokens[i % USERS]!;
        const { path, body, check } = jobBody(i);
        const reply = await post(app, path, body, { Authorization: `Bearer ${token}`, Prefer: 'respond-async' });
        if (reply.status !== 202) throw new Error(`job ${i} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
        return { token, self: (reply.body.links as { self: string }).self, check };
      }),
    );
    const busy: number[] = [];
    let lastCheck = 0;
    let lastLeft = JOBS;
    let lastProgress = performance.now();
    for (;;) {
      busy.push(await healthOnce(app));
      if (performance.now() - lastCheck > 250) {
        lastCheck = performance.now();
        const { queued: waiting, running } = await tier(app);
        if (waiting + running === 0) break;
        if (waiting + running !== lastLeft) [lastLeft, lastProgress] = [waiting + running, performance.now()];
        // A stall is a bug to see, not to wait out.
        if (performance.now() - lastProgress > 60_000)
          throw new Error(`no job ended for a minute (${waiting} queued, ${running} running):\n${app.logs().slice(-6000)}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    let errors = 0;
    for (const job of queued) {
      const res = await fetch(`${app.baseUrl}${job.self}`, { headers: { Authorization: `Bearer ${job.token}` } });
      const body = (await res.json()) as Record<string, unknown>;
      if (body.state !== 'done' || !job.check(body)) {
        errors += 1;
        process.stderr.write(`not done as expected: ${JSON.stringify(body).slice(0, 300)}\n`);
      }
    }
    const row = (label: string, samples: number[]) =>
      `  ${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(samples, 99).toFixed(1).padStart(6)} ms   (${samples.length} requests)`;
    return [
      `${runners} runner process${runners > 1 ? 'es' : ''}:`,
      row('/api/health idle (baseline)', idle),
      row(`/api/health with ${JOBS} jobs queued`, busy),
      `  ratio to idle                      p50 ${(percentile(busy, 50) / percentile(idle, 50)).toFixed(2)}×   p99 ${(percentile(busy, 99) / percentile(idle, 99)).toFixed(2)}×`,
      `  ${JOBS} mixed jobs in ${seconds.toFixed(1)} s: ${(JOBS / seconds).toFixed(2)} jobs/s, ${errors} errors`,
    ];
  } finally {
    await app.stop();
  }
}

/** Both configurations, one runner and two, in one run. */
export async function benchTier(): Promise<void> {
  const lines = [...(await measureTier(1)), ...(await measureTier(2))];
  console.log(`\nexecution tier: ${JOBS} jobs (JS, TS, Python runs; Java, C++ Two Sum submissions), ${USERS} users\n`);
  console.log(lines.join('\n'));
}

if (process.argv[1]?.endsWith('execution-tier.ts')) {
  benchTier().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
