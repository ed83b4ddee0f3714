/**
 * Sandbox benchmark: npx tsx --tsconfig tsconfig.server.json bench/sandbox.ts [runs]
 *
 * For Two Sum in each language it prints the p50 of a full judge() turnaround, and for
 * JavaScript and Python of an execute() of a one-line program, on the warm path (a sandbox
 * with warm jails, warm.ts) and the cold path (warmPerLanguage: 0), next to what the same
 * machine needs without the engine, all measured in the same process, interleaved:
 *   - bare:      the trivial start the brief names (node -e 0, python3 -c 0, javac+java of a
 *                trivial class, g++ of a trivial file + run, esbuild + node);
 *   - same work: the very compile and harness commands judge() runs, without jail, cgroups,
 *                rlimits or the supervisor protocol: cold minus same work is the engine's overhead.
 * "warm hits" counts the warm samples that found an idle warm jail. Then the throughput of 100
 * queued submissions (cold sandbox, in process), and last the execution tier as users meet it
 * (bench/execution-tier.ts, needs `npm run build`): 100 mixed-language jobs queued over HTTP,
 * run by one and then two runner processes, with /api/health's latency meanwhile.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createSandbox, DEFAULT_LIMITS, LANGUAGES, type LanguageId, type Sandbox } from '@/server/sandbox';
import { PROBLEMS } from '@/tests/sandbox/problems';
import { detectToolchain, type Toolchain } from '@/server/sandbox/languages';
import { benchTier } from './execution-tier';
import { bareStart, median, run, sequence } from './support/toolchain';
import { newNonce } from '@/server/sandbox/protocol';
import { ensureLanguageCache } from '@/server/sandbox/sandbox';

const RUNS = Number(process.argv[2] ?? 10);
const PAUSE_MS = 250;
const ORDER: LanguageId[] = ['javascript', 'typescript', 'python', 'java', 'cpp'];
const problem = PROBLEMS.twoSum;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** p50 of each measurement, interleaved run by run so that load drifting over time hits all alike. */
async function p50s(measures: Array<() => Promise<number>>): Promise<number[]> {
  for (const measure of measures) await measure(); // Warm-up: page cache, JIT of the supervisor.
  const samples = measures.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, measure] of measures.entries()) {
      samples[k]?.push(await measure());
      // Requests seconds apart, as users send them: background work of one sample (a warm jail
      // refilling, which forks this process) must not land inside the next one's timing.
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }
  return samples.map(median);
}

/** The exact commands judge() runs for Two Sum, without the engine around them. */
async function sameWork(language: LanguageId, toolchain: Toolchain, cacheRoot: string): Promise<() => Promise<number>> {
  const entry = LANGUAGES[language];
  const cacheDir = await ensureLanguageCache(cacheRoot, entry, toolchain);
  return async () => {
    const box = mkdtempSync(path.join(os.tmpdir(), 'codemeet-bench-box-'));
    try {
      const program = entry.harness(problem.solutions[language], problem.spec, {
        paths: { box, cache: cacheDir },
        toolchain,
        limits: DEFAULT_LIMITS,
      });
      for (const file of program.files) writeFileSync(path.join(box, file.name), file.content);
      const stdin = [newNonce(), ...problem.testCases.map((tc) => JSON.stringify(tc.args)), ''].join('\n');
      const { compile } = program;
      const steps: Array<() => Promise<number>> = [];
      if (compile) steps.push(() => run(compile.argv, { cwd: box }));
      steps.push(() => run(program.run.argv, { cwd: box, stdin }));
      return await sequence(steps);
    } finally {
      rmSync(box, { recursive: true, force: true });
    }
  };
}

/** Languages with warm jails (Language.warmRun): all five for judge(); Java's and C++'s compilers still start cold. */
const WARM: ReadonlySet<LanguageId> = new Set(['javascript', 'typescript', 'python', 'java', 'cpp']);
const EXECUTE: Array<{ language: LanguageId; code: string }> = [
  { language: 'javascript', code: 'console.log(0);\n' },
  { language: 'python', code: 'print(0)\n' },
];

/** Times one call; for the warm sandbox, also counts whether a warm jail was idle when it started. */
function timed(sandbox: Sandbox, label: string | null, hits: { hit: number; total: number }, call: () => Promise<void>) {
  return async () => {
    if (label !== null) {
      hits.total += 1;
      if ((sandbox.warmStats()[label] ?? 0) > 0) hits.hit += 1;
    }
    const started = performance.now();
    await call();
    return performance.now() - started;
  };
}

const ratio = (a: number, b: number) => (a / b).toFixed(2);

function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const toolchain = await detectToolchain();
  // One caller measuring the machine: the per-user shares of the run queue would only throttle it.
  const shared = { logger: quiet, maxQueue: 128, perOwnerActive: os.availableParallelism(), perOwnerQueue: 128 };
  const sandbox = createSandbox({ ...shared, warmPerLanguage: 0 });
  const warmSandbox = createSandbox({ ...shared, warmPerLanguage: 1 });
  const status = await sandbox.status();
  if (!status.available) throw new Error(`sandbox unavailable: ${status.reason}`);
  await sandbox.prepare(ORDER);
  await warmSandbox.prepare(ORDER);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'codemeet-bench-'));
  const cacheRoot = path.join(os.tmpdir(), `codemeet-sandbox-cache-${process.getuid?.() ?? 0}`);

  const judgeRows: string[][] = [];
  for (const language of ORDER) {
    process.stderr.write(`judge ${language}\n`);
    const hits = { hit: 0, total: 0 };
    const judgeOn = (target: Sandbox, label: string | null) =>
      timed(target, label, hits, async () => {
        const result = await target.judge({
          language,
          code: problem.solutions[language],
          problem: problem.spec,
          testCases: problem.testCases,
        });
        if (result.status !== 'accepted') throw new Error(`${language}: ${result.status}`);
      });
    const warm = WARM.has(language);
    const measures = [judgeOn(sandbox, null), bareStart(language, toolchain, scratch), await sameWork(language, toolchain, cacheRoot)];
    if (warm) measures.push(judgeOn(warmSandbox, `${language}:judge`));
    const [cold = NaN, bare = NaN, same = NaN, warmMs = NaN] = await p50s(measures);
    judgeRows.push([
      language,
      warm ? warmMs.toFixed(1) : '-',
      cold.toFixed(1),
      bare.toFixed(1),
      warm ? ratio(warmMs, bare) : '-',
      ratio(cold, bare),
      warm ? `${hits.hit}/${hits.total}` : '-',
      same.toFixed(1),
      (cold - same).toFixed(1),
    ]);
  }

  const executeRows: string[][] = [];
  for (const { language, code } of EXECUTE) {
    process.stderr.write(`execute ${language}\n`);
    const hits = { hit: 0, total: 0 };
    const executeOn = (target: Sandbox, label: string | null) =>
      timed(target, label, hits, async () => {
        const result = await target.execute({ language, code });
        if (result.status !== 'success') throw new Error(`${language}: ${result.status} ${result.stderr}`);
      });
    const file = path.join(scratch, language === 'python' ? 'main.py' : 'main.js');
    writeFileSync(file, code);
    const plain = language === 'python' ? [toolchain.python ?? 'python3', '-B', '-s', file] : [toolchain.node, file];
    const [warmMs = NaN, cold = NaN, bare = NaN, same = NaN] = await p50s([
      executeOn(warmSandbox, `${language}:execute`),
      executeOn(sandbox, null),
      bareStart(language, toolchain, scratch),
      () => run(plain),
    ]);
    executeRows.push([
      language,
      warmMs.toFixed(1),
      cold.toFixed(1),
      bare.toFixed(1),
      ratio(warmMs, bare),
      ratio(cold, bare),
      `${hits.hit}/${hits.total}`,
      same.toFixed(1),
      (cold - same).toFixed(1),
    ]);
  }

  const header = [
    'language',
    'warm p50',
    'cold p50',
    'bare start',
    'warm/bare',
    'cold/bare',
    'warm hits',
    'same work',
    'cold engine overhead',
  ];
  const where = `${RUNS} runs each, p50 in ms (${os.availableParallelism()} cores, load ${os.loadavg()[0]?.toFixed(2)})`;
  printTable(`judge(), Two Sum, ${where}`, header, judgeRows);
  printTable(`execute() of a one-line program, ${where}`, header, executeRows);
  console.log('bare start: node -e 0, python3 -c 0, esbuild + node, javac + java, g++ + run of trivial programs');

  for (const mix of [['python'], ORDER] as LanguageId[][]) {
    const count = 100;
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: count }, (_, i) => {
        const language = mix[i % mix.length] as LanguageId;
        return sandbox.judge({ language, code: problem.solutions[language], problem: problem.spec, testCases: problem.testCases });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const errors = results.filter((r) => r.status === 'rejected' || r.value.status !== 'accepted').length;
    console.log(
      `throughput, ${count} queued Two Sum submissions (${mix.join('/')}), concurrency ${sandbox.pool.concurrency}: ` +
        `${(count / seconds).toFixed(2)} submissions/s, ${errors} errors, ${seconds.toFixed(1)} s`,
    );
  }

  rmSync(scratch, { recursive: true, force: true });
  await sandbox.close();
  await warmSandbox.close();

  if (existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) await benchTier();
  else console.log('\nexecution tier: skipped (no production build: run `npm run build`, or `npm run bench:tier` after it)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
