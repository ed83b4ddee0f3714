/**
 * Sandbox benchmark: npx tsx --tsconfig tsconfig.server.json bench/sandbox.ts [runs]
 *
 * For Two Sum in each language it prints the p50 of a full judge() turnaround, next to
 * what the same machine needs without the engine, measured in the same process:
 *   - bare:      the trivial start the brief names (node -e 0, python3 -c 0, javac+java of a
 *                trivial class, g++ of a trivial file + run, esbuild + node);
 *   - same work: the very compile and harness commands judge() runs, without jail, cgroups,
 *                rlimits or the supervisor protocol: the difference is the engine's overhead.
 * Then the throughput of 100 queued submissions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createSandbox, DEFAULT_LIMITS, LANGUAGES, PROBLEMS, type LanguageId } from '@/server/sandbox';
import { detectToolchain, type Toolchain } from '@/server/sandbox/languages';
import { bareStart, median, run, sequence } from './support/toolchain';
import { newNonce } from '@/server/sandbox/protocol';
import { ensureLanguageCache } from '@/server/sandbox/sandbox';

const RUNS = Number(process.argv[2] ?? 10);
const ORDER: LanguageId[] = ['javascript', 'typescript', 'python', 'java', 'cpp'];
const problem = PROBLEMS.twoSum;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** p50 of each measurement, interleaved run by run so that load drifting over time hits all alike. */
async function p50s(measures: Array<() => Promise<number>>): Promise<number[]> {
  for (const measure of measures) await measure(); // Warm-up: page cache, JIT of the supervisor.
  const samples = measures.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, measure] of measures.entries()) samples[k]?.push(await measure());
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

async function main(): Promise<void> {
  const toolchain = await detectToolchain();
  // One caller measuring the machine: the per-user shares of the run queue would only throttle it.
  const sandbox = createSandbox({ logger: quiet, maxQueue: 128, perOwnerActive: os.availableParallelism(), perOwnerQueue: 128 });
  const status = await sandbox.status();
  if (!status.available) throw new Error(`sandbox unavailable: ${status.reason}`);
  await sandbox.prepare(ORDER);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'codemeet-bench-'));
  const cacheRoot = path.join(os.tmpdir(), `codemeet-sandbox-cache-${process.getuid?.() ?? 0}`);

  const rows: string[][] = [];
  for (const language of ORDER) {
    process.stderr.write(`${language}\n`);
    const judgeOnce = async () => {
      const started = performance.now();
      const result = await sandbox.judge({
        language,
        code: problem.solutions[language],
        problem: problem.spec,
        testCases: problem.testCases,
      });
      if (result.status !== 'accepted') throw new Error(`${language}: ${result.status}`);
      return performance.now() - started;
    };
    const [judge = NaN, bare = NaN, same = NaN] = await p50s([
      judgeOnce,
      bareStart(language, toolchain, scratch),
      await sameWork(language, toolchain, cacheRoot),
    ]);
    rows.push([
      language,
      judge.toFixed(1),
      bare.toFixed(1),
      (judge / bare).toFixed(2),
      (judge - bare).toFixed(1),
      same.toFixed(1),
      (judge - same).toFixed(1),
      (judge / same).toFixed(2),
    ]);
  }

  writeFileSync(path.join(scratch, 'main.py'), 'pass\n');
  const [jail = NaN, plainPython = NaN] = await p50s([
    async () => {
      const started = performance.now();
      await sandbox.execute({ language: 'python', code: 'pass' });
      return performance.now() - started;
    },
    () => run([toolchain.python ?? 'python3', '-B', '-s', path.join(scratch, 'main.py')]),
  ]);

  const header = ['language', 'judge p50', 'bare start', 'ratio', 'overhead', 'same work', 'engine overhead', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(`\nTwo Sum, ${RUNS} runs each, times in ms (${os.availableParallelism()} cores, load ${os.loadavg()[0]?.toFixed(2)})`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nexecute() of an empty Python program: ${jail.toFixed(1)} ms vs ${plainPython.toFixed(1)} ms plain (jail + launcher + cgroups: ${(jail - plainPython).toFixed(1)} ms)`,
  );

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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
