import 'server-only';

import { SandboxInputError } from './errors';
import type { LanguageId, ProblemSpec, TestCase } from './types';
import { isValueType, matchesType } from './values';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
export const MAX_TEST_CASES = 1000;

/**
 * Checks a problem spec and its test cases before anything runs. Names end up inside
 * generated source code, so they must be plain identifiers; values must match the
 * declared types, or the harnesses' typed readers would fail in confusing ways.
 */
export function validateProblem(problem: ProblemSpec, testCases: TestCase[], language: LanguageId): void {
  const name = problem.functionName?.[language];
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new SandboxInputError(`problem has no valid function name for ${language}`);
  }
  if (!Array.isArray(problem.params)) throw new SandboxInputError('problem params must be an array');
  for (const param of problem.params) {
    if (!isValueType(param.type)) throw new SandboxInputError(`unsupported param type ${String(param.type)}`);
  }
  if (!isValueType(problem.returns)) throw new SandboxInputError(`unsupported return type ${String(problem.returns)}`);
  const compare = problem.compare;
  const compareOk =
    compare === 'exact' ||
    compare === 'unordered' ||
    compare === 'unordered-deep' ||
    (typeof compare === 'object' && compare !== null && typeof compare.float === 'number' && compare.float >= 0);
  if (!compareOk) throw new SandboxInputError('unsupported compare mode');
  if (!Array.isArray(testCases) || testCases.length === 0) throw new SandboxInputError('at least one test case is required');
  if (testCases.length > MAX_TEST_CASES) throw new SandboxInputError(`at most ${MAX_TEST_CASES} test cases are allowed`);
  testCases.forEach((testCase, i) => {
    const where = `test case ${i + 1}`;
    if (!Array.isArray(testCase.args) || testCase.args.length !== problem.params.length) {
      throw new SandboxInputError(`${where}: expected ${problem.params.length} arguments`);
    }
    problem.params.forEach((param, k) => {
      if (!matchesType(param.type, testCase.args[k])) {
        throw new SandboxInputError(`${where}: argument ${param.name} is not a valid ${param.type}`);
      }
    });
    if (!matchesType(problem.returns, testCase.expected)) {
      throw new SandboxInputError(`${where}: expected value is not a valid ${problem.returns}`);
    }
  });
}

/**
 * Converts the contract's string form of a test case ({ input: "[2,7,11,15], 9",
 * expectedOutput: "[0,1]" }) into a TestCase: the input is a comma-separated list of
 * JSON values, one per parameter.
 */
export function testCaseFromStrings(input: string, expectedOutput: string, hidden = false): TestCase {
  let args: unknown;
  let expected: unknown;
  try {
    args = JSON.parse(`[${input}]`);
    expected = JSON.parse(expectedOutput);
  } catch {
    throw new SandboxInputError('test case input and expected output must be JSON values');
  }
  if (!Array.isArray(args)) throw new SandboxInputError('test case input must be a list of JSON values');
  return { args, expected, ...(hidden ? { hidden } : {}) };
}
