// POST /api/v1/submissions — judge a practice solution (codemeet-api.md 4.4's shape); GET lists the caller's
import { listSubmissions, submitSolution } from '@/lib/execution/service';
import { submissionOutput } from '@/lib/execution/present';
import { json } from '@/lib/http/core';
import { paginationQuery } from '@/lib/http/pagination';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { SUBMISSION_SORT_FIELDS, submissionBody } from '@/lib/validation/execution';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route({ auth: 'user', body: submissionBody }, async ({ db, actor, body }) => {
    const row = await submitSolution(db, actor, body);
    return json(submissionOutput(row), 201, { Location: `/api/v1/submissions/${row.id}` });
  }),
  GET: v1Route({ auth: 'user', query: paginationQuery(SUBMISSION_SORT_FIELDS, 'createdAt') }, async ({ db, actor, query }) => {
    const page = await listSubmissions(db, actor, query);
    return json({ ...page, items: page.items.map((row) => submissionOutput(row)) });
  }),
});
