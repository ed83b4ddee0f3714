// POST /api/v1/questions/{questionId}/runs — try code on a question's visible cases or your own; not kept, never solves (api-decisions X1)
import { z } from 'zod';
import { prefersAsync, runOutput } from '@/lib/execution/present';
import { pendingJobAnswer } from '../../../_shared/jobs';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { runOnQuestion } from '@/lib/submissions/service';
import { RUNNER_BUSY_ANSWERS, questionRunBody } from '@/lib/validation/execution';
import { jobResponse, questionRunResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: z.object({ questionId: z.string().meta({ example: 'q_1' }) }),
      body: questionRunBody,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'Run a solution on a question’s visible cases, or on your own',
        description:
          'The practice page’s Run: judged like a submission (the question’s signature and limits) on its visible cases, or on `testCases` when given (4.4’s format), and answered with the verdict of each case. Nothing is kept and nothing is solved: a question is solved only by a submission (POST /api/v1/submissions), which is judged on every case of the question. A newer run of the same question replaces one still waiting; past the wait bound, or with `Prefer: respond-async`, it answers 202 with the job to poll.',
        responses: {
          200: { description: 'Judged (not kept)', schema: questionRunResponse },
          202: { description: 'Still queued or running: poll `Location` (GET /api/v1/jobs/{jobId})', schema: jobResponse },
          404: { description: 'QUESTION_NOT_FOUND: no such question in the bank' },
          ...RUNNER_BUSY_ANSWERS,
        },
      },
    },
    async ({ request, db, actor, params, body }) => {
      const questionId = decodeId('question', params.questionId);
      const outcome = await runOnQuestion(db, actor, { ...body, questionId }, prefersAsync(request) ? { waitMs: 0 } : {});
      return outcome.done ? json(runOutput(outcome.value)) : pendingJobAnswer(db, outcome.job);
    },
  ),
});
