// GET /api/v1/submissions/{submissionId} — one of the caller's submissions, with its code
import { z } from 'zod';
import { getSubmission } from '@/lib/execution/service';
import { submissionOutput } from '@/lib/execution/present';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';

const params = z.object({ submissionId: z.string() });

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route({ auth: 'user', params }, async ({ db, actor, params }) => {
    const row = await getSubmission(db, actor, decodeId('submission', params.submissionId));
    return json(submissionOutput(row, { withCode: true }));
  }),
});
