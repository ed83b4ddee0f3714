// POST /api/v1/submissions — judge a practice solution (codemeet-api.md 4.4's shape); GET lists the caller's
import { prefersAsync, submissionOutput } from '@/lib/execution/present';
import { listSubmissions, submitSolution } from '@/lib/submissions/service';
import { json } from '@/lib/http/core';
import { paginationQuery } from '@/lib/http/pagination';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { RUNNER_BUSY_ANSWERS, SUBMISSION_SORT_FIELDS, submissionBody } from '@/lib/validation/execution';
import { jobResponse, submissionPageResponse, submissionResponse } from '@/lib/validation/responses';
import { submissionAnswer } from '../_shared/jobs';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      body: submissionBody,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'Judge a solution against a practice problem (4.4’s answer)',
        description:
          'Judges against a question of the practice bank (`questionId`, as `q_12`; §3) or one of the judge’s own fixtures (`problem`). The judge is a job in the queue: the answer waits for it up to a bound, then answers 202 with the job to poll (at once with `Prefer: respond-async`). Without testCases the question’s own cases are used, hidden ones and the constraints’ largest included (judged without revealing their data), under the question’s time and memory limits. testCases use 4.4’s format: input is the comma-separated JSON arguments, expectedOutput the JSON result.',
        responses: {
          201: { description: 'Judged and stored', schema: submissionResponse },
          202: {
            description:
              'Still queued or being judged after the wait bound: poll `Location` (GET /api/v1/jobs/{jobId}); the job names the submission once stored',
            schema: jobResponse,
          },
          404: { description: 'QUESTION_NOT_FOUND: no such question in the bank' },
          ...RUNNER_BUSY_ANSWERS,
        },
      },
    },
    async ({ request, db, actor, body }) => {
      const outcome = await submitSolution(db, actor, body, prefersAsync(request) ? { waitMs: 0 } : {});
      return submissionAnswer(db, outcome, 201);
    },
  ),
  GET: v1Route(
    {
      auth: 'user',
      query: paginationQuery(SUBMISSION_SORT_FIELDS, 'createdAt'),
      docs: {
        tag: 'Code execution (v1)',
        summary: 'The caller’s submissions, newest first (Appendix B pagination)',
        responses: { 200: { description: 'A page', schema: submissionPageResponse } },
      },
    },
    async ({ db, actor, query }) => {
      const page = await listSubmissions(db, actor, query);
      return json({ ...page, items: page.items.map((row) => submissionOutput(row)) });
    },
  ),
});
