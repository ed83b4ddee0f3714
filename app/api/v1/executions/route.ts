// POST /api/v1/executions — the contract's run_code (WebSocket Events 4) as a REST call
import { executionOutput } from '@/lib/execution/present';
import { runCode } from '@/lib/execution/service';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { RUNNER_BUSY_ANSWERS, executionBody } from '@/lib/validation/execution';
import { executionResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      body: executionBody,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'Run code on stdin in the sandbox (the run_code event as REST)',
        description:
          'Answers the code_output event’s fields (output, error, runtime) plus a verdict-style status, the exit code and peak memory. Every status but success carries an error whose first line says why (the limit that applied, or how the program ended). Each user may have a few runs running or waiting at once; more answer 429 with Retry-After.',
        responses: {
          200: { description: 'Ran (status tells how it ended)', schema: executionResponse },
          ...RUNNER_BUSY_ANSWERS,
        },
      },
    },
    async ({ actor, body }) => json(executionOutput(await runCode(actor, body))),
  ),
});
