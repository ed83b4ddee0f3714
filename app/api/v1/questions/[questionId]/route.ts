// GET /api/v1/questions/{questionId} — codemeet-api.md 3.1; PATCH and DELETE (admins) beside it, api-decisions V14
import { z } from 'zod';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { adminQuestionDetail, retireQuestion, updateQuestion } from '@/lib/questions/admin';
import { questionDetail } from '@/lib/questions/present';
import { getQuestion } from '@/lib/questions/service';
import { adminQuestionResponse, updateQuestionBody } from '@/lib/validation/question-admin';
import { questionResponse } from '@/lib/validation/question-responses';

const questionIdParams = z.object({ questionId: z.string().meta({ example: 'q_1' }) });

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
  PATCH: v1Route(
    {
      auth: 'admin',
      params: questionIdParams,
      body: updateQuestionBody,
      docs: {
        tag: 'Questions (v1)',
        summary: 'Update a question (admins)',
        description:
          'Any field but the slug (submissions name a question by it); `visible` and `hidden` replace that list of cases as a whole. `status` draft, published or retired; ending up published after a change the judge reads (spec, limits, solutions, brute, cases) or a change of status to published runs the proof first (400 naming each failing language, nothing saved). A judged change to a draft clears `provenAt`. A question changed by someone else while its proof ran is 409.',
        responses: {
          200: { description: 'The question as saved', schema: adminQuestionResponse },
          404: { description: 'QUESTION_NOT_FOUND' },
          409: { description: 'CONFLICT: changed meanwhile' },
          503: { description: 'SERVICE_UNAVAILABLE: the sandbox cannot run the proof' },
        },
      },
    },
    async ({ db, actor, params, body }) =>
      json(adminQuestionDetail(await updateQuestion(db, actor, decodeId('question', params.questionId), body))),
  ),
  DELETE: v1Route(
    {
      auth: 'admin',
      params: questionIdParams,
      docs: {
        tag: 'Questions (v1)',
        summary: 'Retire a question (admins)',
        description:
          'Sets its status to retired: users no longer find or draw it, admins still do, and `PATCH { "status": "published" }` restores it (after its proof). It is never deleted: submissions name it by its slug. Answers 200 with the retired question; retiring again answers the same.',
        responses: {
          200: { description: 'The retired question', schema: adminQuestionResponse },
          404: { description: 'QUESTION_NOT_FOUND' },
        },
      },
    },
    async ({ db, actor, params }) => json(adminQuestionDetail(await retireQuestion(db, actor, decodeId('question', params.questionId)))),
  ),
});
