// GET /api/v1/submissions/{submissionId} — one of the caller's submissions, with its code
import { z } from 'zod';
import { submissionOutput } from '@/lib/execution/present';
import { getSubmission } from '@/lib/submissions/service';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { submissionResponse } from '@/lib/validation/responses';

const params = z.object({ submissionId: z.string().meta({ example: 'sub_42' }) });

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params,
      docs: {
        tag: 'Code execution (v1)',
        summary: 'One of the caller’s submissions, with its code',
        responses: { 200: { description: 'The submission', schema: submissionResponse }, 404: { description: 'NOT_FOUND' } },
      },
    },
    async ({ db, actor, params }) => {
      const row = await getSubmission(db, actor, decodeId('submission', params.submissionId));
      return json(submissionOutput(row, { withCode: true }));
    },
  ),
});
