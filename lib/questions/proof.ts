import 'server-only';
import type { Db } from '@/db';
import { LANGUAGES } from '@/db/seed/problems/source';
import type { UserActor } from '@/lib/auth/actor';
import type { FieldErrors } from '@/lib/errors';
import { judgeForProof } from '@/lib/execution/service';
import type { LanguageId } from '@/lib/vocabulary/languages';
import type { ProblemSpec, TestCase } from '@/lib/vocabulary/problems';
import type { JudgeResult } from '@/lib/vocabulary/runs';

/** What the proof of a question needs: its signature, limits, reference solutions, brute force and cases. */
export interface ProofSubject {
  slug: string;
  spec: ProblemSpec;
  limits: { timeLimitMs: number; memoryLimitMb: number };
  solutions: Partial<Record<LanguageId, string>>;
  brute: { language: LanguageId; code: string } | null;
  visible: TestCase[];
  hidden: TestCase[];
  /** The stored largest case to judge last (lib/questions/largest.ts), when the question has one for this signature. */
  largestCaseId: number | null;
}

export interface ProofLine {
  language: LanguageId;
  ok: boolean;
  /** The judge's verdict. */
  status: string;
  /** What the admin reads: `accepted (14 cases)`, `wrong_answer at case 3`, a compiler's first lines. */
  detail: string;
  cases: number;
}

export interface Proof {
  ok: boolean;
  languages: ProofLine[];
  brute: ProofLine | null;
  /** Per field, as a refused publication names them: `solutions.python: ["wrong_answer at case 3"]`. */
  errors: FieldErrors;
}

function detailOf(result: JudgeResult): string {
  if (result.status === 'accepted') return `accepted (${result.results.length} cases)`;
  const failed = result.results.find((r) => r.status !== 'accepted' && r.status !== 'skipped');
  const at = failed ? ` at case ${failed.testCase}` : '';
  const compiler = result.compileOutput ? `: ${result.compileOutput.slice(0, 300)}` : '';
  return `${result.status}${at}${compiler}`;
}

// A few runs at a time under the admin's own share of the runner: never more than it lets one user queue.
const CONCURRENCY = 2;

async function inTurns<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
  return results;
}

/**
 * The proof of issue 9, for a question as it is (or would be) held in the database: every
 * language with a reference solution must be accepted on every case (visible, hidden and, for a
 * question that has one, the constraints' largest) with the question's own limits, and a brute
 * force, when kept, must exceed the time limit on the largest case (the last hidden one when the
 * question has none): the limits discriminate.
 */
export async function proveQuestion(db: Db, admin: UserActor, subject: ProofSubject): Promise<Proof> {
  // The largest case is megabytes: the runner reads it by id.
  const largest = subject.largestCaseId !== null;
  const cases: TestCase[] = [
    ...subject.visible.map((c) => ({ ...c, hidden: false })),
    ...subject.hidden.map((c) => ({ ...c, hidden: true })),
  ];
  const run = async (
    language: LanguageId,
    code: string,
    testCases: TestCase[],
    withLargest: boolean,
    expect: 'accepted' | 'time_limit_exceeded',
  ) => {
    const result = await judgeForProof(
      db,
      admin,
      { language, code, problem: subject.spec, testCases, limits: subject.limits },
      withLargest ? subject.largestCaseId : null,
    );
    const count = testCases.length + (withLargest ? 1 : 0);
    return { language, ok: result.status === expect, status: result.status, detail: detailOf(result), cases: count };
  };
  const languages = LANGUAGES.filter((language) => subject.solutions[language]?.trim());
  const jobs: Array<() => Promise<ProofLine>> = languages.map(
    (language) => () => run(language, subject.solutions[language]!, cases, largest, 'accepted'),
  );
  const last = cases[cases.length - 1];
  if (subject.brute && (largest || last)) {
    const { language, code } = subject.brute;
    jobs.push(() =>
      largest ? run(language, code, [], true, 'time_limit_exceeded') : run(language, code, [last!], false, 'time_limit_exceeded'),
    );
  }
  const lines = await inTurns(jobs);
  const brute = subject.brute ? lines.pop()! : null;
  const errors: FieldErrors = {};
  if (languages.length === 0) errors.solutions = ['there is no reference solution to prove'];
  for (const line of lines) if (!line.ok) errors[`solutions.${line.language}`] = [line.detail];
  if (brute && !brute.ok) {
    errors.brute = [`${brute.detail} on the largest case: a brute force must exceed the time limit there (time_limit_exceeded)`];
  }
  return { ok: Object.keys(errors).length === 0, languages: lines, brute, errors };
}
