// GET /api/v1/questions/{questionId} — codemeet-api.md 3.1
import { z } from 'zod';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { questionDetail } from '@/lib/questions/present';
import { getQuestion } from '@/lib/questions/service';
import { questionResponse } from '@/lib/validation/question-responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params: z.object({ questionId: z.string().meta({ example: 'q_1' }) }),
      docs: {
        tag: 'Questions (v1)',
        summary: '3.1 A question',
        description:
          'The contract’s fields in English, the Traditional Chinese beside them (`translations`), the signature, limits and visible test cases. Hidden test cases and reference solutions are sent to admins only; drafts and retired questions are found by admins only.',
        responses: { 200: { description: 'The question', schema: questionResponse }, 404: { description: 'QUESTION_NOT_FOUND' } },
      },
    },
    async ({ db, actor, params }) =>
      json(questionDetail(await getQuestion(db, actor, decodeId('question', params.questionId)), actor.role === 'admin')),
  ),
});
