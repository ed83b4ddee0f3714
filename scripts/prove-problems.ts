// Proves the practice bank (db/seed/problems): every reference solution, in every language, is
// accepted on every case of its problem (visible, hidden and the constraints' largest) through
// the real sandbox, and every kept brute-force solution exceeds the time limit on the largest
// case. Needs bubblewrap and root (as the sandbox suite does).
// Run: npx tsx --tsconfig tsconfig.server.json scripts/prove-problems.ts [slug …] [--languages=python,cpp]
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProblemSources, problemFileProblems } from '@/db/seed/problems';
import { LANGUAGES, type ProblemSource } from '@/db/seed/problems/source';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import type { JudgeResult, LanguageId, TestCase } from '@/server/sandbox/types';

export interface ProofLine {
  slug: string;
  what: string;
  ok: boolean;
  detail: string;
  ms: number;
}

function summary(result: JudgeResult): string {
  const failed = result.results.findIndex((r) => r.status !== 'accepted');
  if (result.status === 'accepted') return `accepted (${result.results.length} cases)`;
  const at = failed === -1 ? '' : ` at case ${failed + 1}`;
  return `${result.status}${at}${result.compileOutput ? `: ${result.compileOutput.slice(0, 300)}` : ''}`;
}

/** Judges one problem's references (all languages at once) and its brute force. */
export async function proveProblem(
  sandbox: Sandbox,
  problem: ProblemSource,
  languages: readonly LanguageId[] = LANGUAGES,
): Promise<ProofLine[]> {
  const largest: TestCase = { ...problem.largest(), hidden: true };
  const cases = [...problem.visible, ...problem.hidden.map((c) => ({ ...c, hidden: true })), largest];
  const limits = { timeLimitMs: problem.limits.timeLimitMs, memoryLimitMb: problem.limits.memoryLimitMb };
  const judge = async (
    what: string,
    language: LanguageId,
    code: string,
    testCases: TestCase[],
    expect: 'accepted' | 'time_limit_exceeded',
  ) => {
    const started = performance.now();
    const result = await sandbox.judge({ language, code, problem: problem.spec, testCases, limits, owner: `${problem.slug}:${what}` });
    const ok = expect === 'accepted' ? result.status === 'accepted' : result.status === 'time_limit_exceeded';
    return { slug: problem.slug, what, ok, detail: summary(result), ms: Math.round(performance.now() - started) };
  };
  const runs = languages.map((language) => judge(language, language, problem.solutions[language], cases, 'accepted'));
  if (problem.brute && languages.includes(problem.brute.language)) {
    runs.push(judge(`brute ${problem.brute.language}`, problem.brute.language, problem.brute.code, [largest], 'time_limit_exceeded'));
  }
  return Promise.all(runs);
}

export function proofSandbox(): { sandbox: Sandbox; cleanup: () => void } {
  const workRoot = mkdtempSync(path.join(os.tmpdir(), 'codemeet-proof-'));
  chmodSync(workRoot, 0o711);
  const sandbox = createSandbox({
    workRoot,
    maxQueue: 64,
    perOwnerQueue: 8,
    logger: { info: () => undefined, warn: () => undefined, error: (...args: unknown[]) => console.error(...args) },
  });
  return { sandbox, cleanup: () => rmSync(workRoot, { recursive: true, force: true }) };
}

async function main() {
  const args = process.argv.slice(2);
  const languageArg = args.find((a) => a.startsWith('--languages='));
  const languages = languageArg ? (languageArg.slice('--languages='.length).split(',') as LanguageId[]) : LANGUAGES;
  const slugs = args.filter((a) => !a.startsWith('--'));
  const problems = loadProblemSources(slugs);
  const { sandbox, cleanup } = proofSandbox();
  let failures = 0;
  const started = performance.now();
  try {
    for (const problem of problems) {
      const shape = problemFileProblems(problem, problem.slug);
      for (const line of shape) console.log(`✗ ${problem.slug}: ${line}`);
      failures += shape.length;
      for (const line of await proveProblem(sandbox, problem, languages)) {
        if (!line.ok) failures++;
        console.log(
          `${line.ok ? '✓' : '✗'} ${line.slug.padEnd(36)} ${line.what.padEnd(16)} ${String(line.ms).padStart(6)} ms  ${line.detail}`,
        );
      }
    }
  } finally {
    cleanup();
  }
  console.log(`\n${problems.length} problems, ${failures} failures, ${Math.round((performance.now() - started) / 1000)} s`);
  process.exit(failures ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
