// GET /api/v1/questions/random — codemeet-api.md 3.2
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { questionDetail } from '@/lib/questions/present';
import { randomQuestion } from '@/lib/questions/service';
import { questionResponse } from '@/lib/validation/question-responses';
import { randomQuestionQuery } from '@/lib/validation/questions';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      query: randomQuestionQuery,
      docs: {
        tag: 'Questions (v1)',
        summary: '3.2 A random question',
        description:
          'A published question of the `difficulty` (Easy, Medium, Hard, any case) and `category` asked, one the caller has not solved when there is one. `language` (JavaScript, Python, Java, C++, TypeScript, or an alias) must be one the judge runs; every question has starter code in each. 404 QUESTION_NOT_FOUND when nothing matches.',
        responses: { 200: { description: 'The question, as 3.1', schema: questionResponse }, 404: { description: 'No question matches' } },
      },
    },
    async ({ db, actor, query }) => json(questionDetail(await randomQuestion(db, actor, query), actor.role === 'admin')),
  ),
});
