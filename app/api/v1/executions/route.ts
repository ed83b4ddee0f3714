// POST /api/v1/executions — the contract's run_code (WebSocket Events 4) as a REST call
import { executionOutput, prefersAsync } from '@/lib/execution/present';
import { runCode } from '@/lib/execution/service';
import { pendingJobAnswer } from '../_shared/jobs';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { RUNNER_BUSY_ANSWERS, executionBody } from '@/lib/validation/execution';
import { executionResponse, jobResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      body: executionBody,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'Run code on stdin in the sandbox (the run_code event as REST)',
        description:
          'Answers the code_output event’s fields (output, error, runtime) plus a verdict-style status, the exit code and peak memory. Every status but success carries an error whose first line says why (the limit that applied, or how the program ended). The run is a job in the queue: the answer waits for it up to a bound, and a run still waiting or running then answers 202 with the job and its `Location` to poll. With `Prefer: respond-async` it answers 202 at once, to follow the output live (GET /api/v1/jobs/{jobId}/output). A newer run with the same `channel` cancels this one. Each user may have a few runs running and some more waiting; more answer 429 with Retry-After.',
        responses: {
          200: { description: 'Ran (status tells how it ended)', schema: executionResponse },
          202: { description: 'Still queued or running: poll `Location` (GET /api/v1/jobs/{jobId})', schema: jobResponse },
          ...RUNNER_BUSY_ANSWERS,
        },
      },
    },
    async ({ request, db, actor, body }) => {
      const outcome = await runCode(db, actor, body, prefersAsync(request) ? { waitMs: 0 } : {});
      return outcome.done ? json(executionOutput(outcome.value)) : pendingJobAnswer(db, outcome.job);
    },
  ),
});
