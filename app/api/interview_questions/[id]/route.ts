// GET, PATCH, DELETE /api/interview_questions/{id} — one question of the bank; admins edit, retire and restore it
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { getBankQuestion, retireBankQuestion, updateBankQuestion } from '@/lib/interviews/bank';
import { presentBankQuestion } from '@/lib/interviews/present';
import { bankQuestionResponse } from '@/lib/validation/interview-responses';
import { bankQuestionPatch, interviewIdParams } from '@/lib/validation/interviews';

const TAG = 'Interview questions (ai-interview)';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'optional',
      params: interviewIdParams,
      docs: {
        tag: TAG,
        summary: 'One question of the bank',
        description: 'A retired question is found by admins only.',
        responses: { 200: { description: 'The question', schema: bankQuestionResponse }, 404: { description: '題目不存在' } },
      },
    },
    async ({ db, actor, params }) => json(presentBankQuestion(await getBankQuestion(db, actor, rowId(params.id, 'QUESTION_NOT_FOUND')))),
  ),
  PATCH: legacyRoute(
    {
      auth: 'admin',
      params: interviewIdParams,
      body: bankQuestionPatch,
      docs: {
        tag: TAG,
        summary: 'Edit, retire or restore a question (admins)',
        description:
          'Fields left out keep their value; `status` retires or restores it. Interviews already given keep the question as they asked it.',
        responses: { 200: { description: 'The question as saved', schema: bankQuestionResponse }, 404: { description: '題目不存在' } },
      },
    },
    async ({ db, actor, params, body }) =>
      json(presentBankQuestion(await updateBankQuestion(db, actor, rowId(params.id, 'QUESTION_NOT_FOUND'), body))),
  ),
  DELETE: legacyRoute(
    {
      auth: 'admin',
      params: interviewIdParams,
      docs: {
        tag: TAG,
        summary: 'Retire a question (admins)',
        description: 'It is never chosen again but stays, so the records that asked it keep it; PATCH `status: published` restores it.',
        responses: { 200: { description: 'The retired question', schema: bankQuestionResponse }, 404: { description: '題目不存在' } },
      },
    },
    async ({ db, actor, params }) => json(presentBankQuestion(await retireBankQuestion(db, actor, rowId(params.id, 'QUESTION_NOT_FOUND')))),
  ),
});
