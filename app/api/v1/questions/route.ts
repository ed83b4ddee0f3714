// GET /api/v1/questions — codemeet-api.md 3.3 (admins); POST beside it creates one (api-decisions V14)
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { adminQuestionDetail, createQuestion } from '@/lib/questions/admin';
import { questionSummary } from '@/lib/questions/present';
import { listQuestions } from '@/lib/questions/service';
import { questionPageResponse } from '@/lib/validation/question-responses';
import { adminQuestionResponse, createQuestionBody } from '@/lib/validation/question-admin';
import { questionListQuery } from '@/lib/validation/questions';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'admin',
      query: questionListQuery,
      docs: {
        tag: 'Questions (v1)',
        summary: '3.3 Search the question bank (admins)',
        description:
          'Appendix B pagination (`page`, `pageSize`, `sortBy` createdAt | title | difficulty, `sortOrder`); filters `difficulty` (any case), `category` ("Array", "hash table", "dynamic-programming"…), text `q` over both titles, the slug and the tags, and `status` (draft, published, retired or all, the default).',
        responses: { 200: { description: 'A page of questions', schema: questionPageResponse } },
      },
    },
    async ({ db, actor, query }) => {
      const page = await listQuestions(db, actor, query);
      return json({ items: page.items.map(questionSummary), pagination: page.pagination });
    },
  ),
  POST: v1Route(
    {
      auth: 'admin',
      body: createQuestionBody,
      docs: {
        tag: 'Questions (v1)',
        summary: 'Create a question (admins)',
        description:
          'A draft by default. `status: "published"` needs a complete question (starter code and a reference solution in all five languages, examples, constraints, hints, at least 10 hidden cases) and runs the proof first: every reference solution must be accepted on every case through the sandbox with the question’s limits, and a brute force, if given, must exceed the time limit on the largest case. A failed proof is 400 with `errors` naming each failing language (`Solutions.Python: ["wrong_answer at case 3"]`); nothing is saved. A slug in use is 409.',
        responses: {
          201: { description: 'The question as an admin sees it', schema: adminQuestionResponse },
          409: { description: 'CONFLICT: the slug is taken' },
          503: { description: 'SERVICE_UNAVAILABLE: the sandbox cannot run the proof' },
        },
      },
    },
    async ({ db, actor, body }) => {
      const question = adminQuestionDetail(await createQuestion(db, actor, body));
      return json(question, 201, { Location: `/api/v1/questions/${question.questionId}` });
    },
  ),
});
