import type { StoredCaseResult, Submission } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import type { ExecuteResult } from '@/server/sandbox';

/** The contract writes durations and sizes as text: "52ms", "42.1MB". */
export const formatRuntime = (ms: number) => `${Math.round(ms)}ms`;
export const formatMemory = (kb: number) => `${(kb / 1024).toFixed(1)}MB`;

/** codemeet-api.md "code_output", with a verdict-style status beside it. */
export function executionOutput(result: ExecuteResult) {
  const error = result.status === 'compile_error' ? (result.compileOutput ?? result.stderr) : result.stderr || null;
  return {
    status: result.status,
    output: result.stdout,
    error: result.status === 'success' && !result.stderr ? null : error,
    exitCode: result.exitCode,
    runtime: formatRuntime(result.runtimeMs),
    memory: formatMemory(result.memoryKb),
  };
}

function caseResult(r: StoredCaseResult) {
  return {
    testCase: r.testCase,
    passed: r.passed,
    status: r.status,
    runtime: formatRuntime(r.runtimeMs),
    memory: formatMemory(r.memoryKb),
    hidden: r.hidden,
    ...(r.hidden ? {} : { input: r.input, expected: r.expected, actual: r.actual, stdout: r.stdout, error: r.error }),
  };
}

/** codemeet-api.md 4.4's answer: submissionId, status, results[], submittedAt. */
export function submissionOutput(row: Submission, { withCode = false } = {}) {
  return {
    submissionId: encodeId('submission', row.id),
    problem: row.problem,
    language: row.language,
    status: row.status,
    ...(row.compileOutput ? { compileOutput: row.compileOutput } : {}),
    results: row.results.map(caseResult),
    submittedAt: row.createdAt.toISOString(),
    ...(withCode ? { code: row.code } : {}),
  };
}
