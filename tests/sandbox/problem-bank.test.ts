import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProblemSources, problemFileProblems, PROBLEMS_FOLDER } from '@/db/seed/problems';
import { proveProblem } from '@/scripts/prove-problems';
import { removeWorkRoot, testSandbox } from './support';

// The practice bank's proof (issue 9): every problem file is well formed, every reference solution
// in every language is accepted on every case (visible, hidden, the largest) through the real
// sandbox, and every kept brute force exceeds the time limit on the largest case.
const problems = loadProblemSources();
const sandbox = testSandbox({ maxQueue: 64, perOwnerQueue: 8 });

afterAll(() => removeWorkRoot());

describe('the practice bank (db/seed/problems)', () => {
  it('has what a practice bank needs: 60+ problems, 20+ Easy, 25+ Medium, 10+ Hard, 10+ categories, 10+ brute forces', () => {
    expect(path.basename(PROBLEMS_FOLDER)).toBe('problems');
    const count = (level: string) => problems.filter((p) => p.difficulty === level).length;
    expect(problems.length).toBeGreaterThanOrEqual(60);
    expect(count('Easy')).toBeGreaterThanOrEqual(20);
    expect(count('Medium')).toBeGreaterThanOrEqual(25);
    expect(count('Hard')).toBeGreaterThanOrEqual(10);
    expect(new Set(problems.map((p) => p.category)).size).toBeGreaterThanOrEqual(10);
    expect(problems.filter((p) => p.brute).length).toBeGreaterThanOrEqual(10);
    for (const problem of problems) expect(problem.hidden.length, problem.slug).toBeGreaterThanOrEqual(10);
  });

  for (const problem of problems) {
    it(`${problem.slug}: every reference is accepted in every language, and the brute force times out`, { timeout: 180_000 }, async () => {
      expect(problemFileProblems(problem, problem.slug)).toEqual([]);
      const lines = await proveProblem(sandbox, problem);
      expect(lines.filter((line) => !line.ok).map((line) => `${line.what}: ${line.detail}`)).toEqual([]);
    });
  }
});
