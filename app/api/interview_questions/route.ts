// GET, POST /api/interview_questions — the AI interview's question bank (ai-interview-api.md Questions, left open there)
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { pageHeaders } from '@/lib/http/pagination';
import { createBankQuestion, listBank } from '@/lib/interviews/bank';
import { presentBankQuestion } from '@/lib/interviews/present';
import { bankListResponse, bankQuestionResponse } from '@/lib/validation/interview-responses';
import { bankListQuery, bankQuestionBody } from '@/lib/validation/interviews';

const TAG = 'Interview questions (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      query: bankListQuery,
      docs: {
        tag: TAG,
        summary: 'The question bank, a page at a time',
        description:
          'Published questions, filtered by `family`, `kind` and text `q` (either language, or a tag); `status=retired` or `all` is for admins (403 otherwise). An array; `X-Total-Count` and `Link` describe the page.',
        responses: {
          200: { description: 'One page of questions', schema: bankListResponse },
          401: { description: '權限不足: status retired or all without a token' },
          403: { description: '權限不足: status retired or all for a non-admin' },
        },
      },
    },
    async ({ db, actor, query, request }) => {
      const page = await listBank(db, actor, query);
      return json(page.items.map(presentBankQuestion), 200, pageHeaders(request.url, page));
    },
  ),
  POST: legacyRoute(
    {
      auth: 'admin',
      body: bankQuestionBody,
      docs: {
        tag: TAG,
        summary: 'Add a question (admins)',
        description: 'Published at once; question selection uses it from the next interview on, on every instance.',
        responses: { 201: { description: 'The new question', schema: bankQuestionResponse }, 400: { description: '資料有誤' } },
      },
    },
    async ({ db, actor, body }) => json(presentBankQuestion(await createBankQuestion(db, actor, body)), 201),
  ),
});
