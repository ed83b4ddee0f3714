// POST /api/v1/executions — the contract's run_code (WebSocket Events 4) as a REST call
import { runCode } from '@/lib/execution/service';
import { executionOutput } from '@/lib/execution/present';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { executionBody } from '@/lib/validation/execution';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route({ auth: 'user', body: executionBody }, async ({ actor, body }) => json(executionOutput(await runCode(actor, body)))),
});
