// Question selection for the AI mock interview over the full bank (db/seed/interview-questions),
// with a 2,000-character job description and a résumé's skills: the service as the route calls
// it (the caller's résumé and recent interviews read from the database, then BM25 ranking with
// MiniSearch), on the embedded database. Baseline in the same run: a plain scan that counts the
// description's tokens in every question's text, no index, no ranking (what the bank would cost
// without one). Aim: p99 < 50 ms.
// Run: npm run bench:interview   (BENCH_RUNS to change the number of selections)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 500);
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-bench-interview-'));
process.env.LOG_LEVEL = 'warn';

const DESCRIPTION_PARTS = [
  '我們正在尋找一位熱愛使用者體驗的前端工程師，加入電商平台團隊，負責網站與後台系統的開發與維護。',
  '熟悉 React、TypeScript 與 Next.js，理解 Server Components 與 SSR 的取捨，能撰寫可測試的元件。',
  '重視網頁效能，能用 Lighthouse 與 Core Web Vitals（LCP、INP、CLS）找出瓶頸並提出改善方案。',
  'Experience with REST and GraphQL APIs, state management (Redux, Zustand), and CSS layout (Flexbox, Grid).',
  '具備跨部門溝通能力，能與設計師、產品經理與後端工程師合作，在期限內交付高品質的功能。',
  'Familiar with accessibility (WCAG), unit and end-to-end testing (Jest, Playwright), and CI/CD pipelines.',
  '加分條件：有 Design System 建置經驗、熟悉 Webpack 或 Vite 設定、了解瀏覽器安全（XSS、CSRF）。',
];

function description(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += DESCRIPTION_PARTS[i % DESCRIPTION_PARTS.length];
  return text.slice(0, length);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function figures(name: string, samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  console.log(
    `${name.padEnd(34)} p50 ${p50.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   max ${sorted.at(-1)!.toFixed(2)} ms`,
  );
  return { p50, p99 };
}

async function time(run: () => Promise<unknown> | unknown, runs: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function main() {
  const { getDatabase, closeDatabase } = await import('@/db');
  const { prepareDatabase } = await import('@/db/migrate');
  const { interviewQuestions } = await import('@/db/schema');
  const { createUser } = await import('@/lib/users/service');
  const { saveResume } = await import('@/lib/resumes/service');
  const { buildBankIndex, queryTokens } = await import('@/lib/interviews/bank-index');
  const { candidateOf, selectQuestionsForPosition } = await import('@/lib/interviews/selection');

  const database = await getDatabase();
  await prepareDatabase(database, { seedDemo: false });
  const db = database.db;
  const user = await createUser(db, { name: 'Bench', email: `bench-${Date.now()}@example.com`, password: 'Passw0rdOk' });
  const actor = { kind: 'user' as const, userId: user.id, role: user.role, sessionId: 'bench', user };
  await saveResume(db, actor, {
    autobiography: '',
    education: [],
    workExperience: [],
    portfolio: [],
    skills: ['React', 'TypeScript', 'Next.js', 'Playwright', 'GraphQL', 'Figma'],
  });
  const rows = await db.select().from(interviewQuestions);
  const jd = description(2000);
  console.log(`bank: ${rows.length} questions; description: ${jd.length} characters; ${RUNS} selections each\n`);

  const build = await time(() => buildBankIndex(rows), 20);
  figures('index build (cold, per instance)', build);

  const input = { title: '前端工程師 Frontend Engineer', description: jd, count: 8, language: 'zh' as const, seed: 1 };
  const selection = await time(async () => selectQuestionsForPosition(db, input, await candidateOf(db, user.id)), RUNS);
  const app = figures('selection (résumé + BM25 ranking)', selection);

  // Baseline: every question's text scanned for every token of the description.
  const texts = rows.map((q) => `${q.textZh}\n${q.textEn}\n${q.tags.join(' ')}`.toLowerCase());
  const baseline = await time(() => {
    const tokens = queryTokens(`${input.title}\n${jd}`);
    return texts.map((text) => tokens.reduce((n, token) => n + (text.includes(token) ? 1 : 0), 0));
  }, RUNS);
  const bare = figures('baseline (token scan, no ranking)', baseline);

  const picked = await selectQuestionsForPosition(db, input, await candidateOf(db, user.id));
  console.log(`\nratio selection/baseline: p50 ${(app.p50 / bare.p50).toFixed(2)}   p99 ${(app.p99 / bare.p99).toFixed(2)}`);
  console.log(
    `aim p99 < 50 ms: ${app.p99 < 50 ? 'met' : 'NOT met'}   (family read: ${picked.family}; kinds: ${picked.questions.map((q) => q.kind).join(', ')})`,
  );
  await closeDatabase();
  fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
