import type { Job, StoredCaseResult, Submission } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import type { ExecuteResult, JudgeResult } from '@/lib/vocabulary/runs';
import { stopReason } from '@/lib/vocabulary/verdict-messages';

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
    ...(r.custom ? { custom: true } : {}),
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
    questionId: row.questionId !== null ? encodeId('question', row.questionId) : null,
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

/** A job as its owner sees it: where it stands, and its answer once it has one (a submission job's: the submission it was kept as). */
export function jobOutput(job: Job, position: number | null, submissionId: number | null = null) {
  const id = encodeId('job', job.id);
  const result = job.state === 'done' ? (job.result as ExecuteResult | JudgeResult) : null;
  const submission = submissionId !== null ? encodeId('submission', submissionId) : undefined;
  return {
    jobId: id,
    kind: job.kind,
    language: job.language,
    state: job.state,
    position,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    ...(result && job.kind === 'execute' ? { result: executionOutput(result as ExecuteResult) } : {}),
    ...(result && job.kind === 'judge' && !submission ? { verdict: runOutput(result as JudgeResult) } : {}),
    ...(submission ? { submissionId: submission } : {}),
    links: {
      self: `/api/v1/jobs/${id}`,
      output: `/api/v1/jobs/${id}/output`,
      ...(submission ? { submission: `/api/v1/submissions/${submission}` } : {}),
    },
  };
}

/** RFC 7240 `Prefer: respond-async`: the client wants the job at once (202), not the result. */
export function prefersAsync(request: Request): boolean {
  return /(^|[\s,;])respond-async($|[\s,;])/i.test(request.headers.get('prefer') ?? '');
}
