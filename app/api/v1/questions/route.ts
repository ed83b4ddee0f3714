// GET /api/v1/questions — codemeet-api.md 3.3 (admins)
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { questionSummary } from '@/lib/questions/present';
import { listQuestions } from '@/lib/questions/service';
import { questionPageResponse } from '@/lib/validation/question-responses';
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
});
