import type { StoredCaseResult, Submission } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import { stopReason, type ExecuteResult, type JudgeResult } from '@/server/sandbox';

/** The contract writes durations and sizes as text: "52ms", "42.1MB". */
export const formatRuntime = (ms: number) => `${Math.round(ms)}ms`;
export const formatMemory = (kb: number) => `${(kb / 1024).toFixed(1)}MB`;

/**
 * codemeet-api.md "code_output", with a verdict-style status beside it. A client may read only
 * output, error and runtime, so every status but success carries an error: the reason first
 * (the limit that applied, or how the program ended), then whatever it wrote to stderr.
 */
export function executionOutput(result: ExecuteResult) {
  const error =
    result.status === 'compile_error'
      ? (result.compileOutput ?? result.stderr)
      : [stopReason(result), result.stderr].filter(Boolean).join('\n') || null;
  return {
    status: result.status,
    output: result.stdout,
    error,
    exitCode: result.exitCode,
    runtime: formatRuntime(result.runtimeMs),
    memory: formatMemory(result.memoryKb),
  };
}

export function caseResult(r: StoredCaseResult) {
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

/** A run that was judged but not kept ("Run" on the practice page): the verdict and each case, as a submission shows them. */
export function runOutput(result: JudgeResult) {
  return {
    status: result.status,
    ...(result.compileOutput ? { compileOutput: result.compileOutput } : {}),
    results: result.results.map(caseResult),
  };
}
