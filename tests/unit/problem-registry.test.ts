import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOT_PROBLEM_FILES, PROBLEMS_FOLDER, loadProblemSources } from '@/db/seed/problems';

describe('the practice bank registry (db/seed/problems/all.ts)', () => {
  it('lists every problem file of the folder, once, by its slug (node scripts/write-problem-registry.mjs)', () => {
    const files = fs
      .readdirSync(PROBLEMS_FOLDER)
      .filter((name) => name.endsWith('.ts') && !NOT_PROBLEM_FILES.includes(name))
      .map((name) => name.slice(0, -3))
      .sort();
    expect(loadProblemSources().map((p) => p.slug)).toEqual(files);
  });
});
