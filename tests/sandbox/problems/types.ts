import type { LanguageId, ProblemSpec, TestCase } from '@/server/sandbox/types';

/** A judged problem: the spec, its test cases, and a reference solution per language. */
export interface ProblemFixture {
  slug: string;
  title: string;
  spec: ProblemSpec;
  testCases: TestCase[];
  solutions: Record<LanguageId, string>;
}
