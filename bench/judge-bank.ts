// Judging the whole practice bank (db/seed/problems): every reference solution, in every
// language, on every case (visible, hidden and the constraints' largest), through the real
// sandbox, as the proof in CI does. Prints the wall time of the whole bank, and per language the
// p50 time to judge one problem against the bare toolchain start (node -e 0, python3 -c 0, a
// trivial javac + java, a trivial g++ compile + run, esbuild + node) measured in the same run.
// Needs bubblewrap and root, as the sandbox does.
// Run: npm run bench:judge   (BENCH_PROBLEMS=two-sum,lru-cache to judge only those)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProblemSources } from '@/db/seed/problems';
import { LANGUAGES } from '@/db/seed/problems/source';
import { detectToolchain } from '@/server/sandbox/languages';
import { proofSandbox, proveProblem } from '../scripts/prove-problems';
import { bareStart, median } from './support/toolchain';

async function main() {
  const only = process.env.BENCH_PROBLEMS?.split(',').filter(Boolean) ?? [];
  const problems = loadProblemSources(only);
  const { sandbox, cleanup } = proofSandbox();
  const toolchain = await detectToolchain();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'codemeet-bench-bare-'));
  try {
    // Bare starts first, each 5 times (p50), so the machine is as quiet for them as for the judge.
    const bare = new Map<string, number>();
    for (const language of LANGUAGES) {
      const measure = bareStart(language, toolchain, scratch);
      await measure();
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) samples.push(await measure());
      bare.set(language, median(samples));
    }

    // 1. The whole bank as the proof runs it: each problem's five references (and brute force) at once.
    let cases = 0;
    let failures = 0;
    const started = performance.now();
    for (const problem of problems) {
      cases += (problem.visible.length + problem.hidden.length + 1) * LANGUAGES.length;
      for (const line of await proveProblem(sandbox, problem, LANGUAGES)) {
        if (line.ok) continue;
        failures++;
        console.error(`✗ ${line.slug} ${line.what}: ${line.detail}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`bank: ${problems.length} problems, ${cases} judged cases, ${os.availableParallelism()} cores`);
    console.log(`whole bank judged in ${seconds.toFixed(1)} s, brute forces included (${failures} failures)\n`);

    // 2. One judge at a time, per language: a problem's reference on all its cases, the machine otherwise idle.
    console.log('language     judge p50 (one problem, all its cases)   bare start   ratio');
    for (const language of LANGUAGES) {
      const samples: number[] = [];
      for (const problem of problems) {
        const testCases = [
          ...problem.visible,
          ...problem.hidden.map((c) => ({ ...c, hidden: true })),
          { ...problem.largest(), hidden: true },
        ];
        const t0 = performance.now();
        await sandbox.judge({
          language,
          code: problem.solutions[language],
          problem: problem.spec,
          testCases,
          limits: problem.limits,
          owner: 'bench',
        });
        samples.push(performance.now() - t0);
      }
      const judged = median(samples);
      const start = bare.get(language)!;
      console.log(
        `${language.padEnd(12)} ${judged.toFixed(0).padStart(10)} ms ${' '.repeat(28)}${start.toFixed(0).padStart(6)} ms   ${(judged / start).toFixed(2)}`,
      );
    }
    if (failures) process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    cleanup();
  }
}

void main();
