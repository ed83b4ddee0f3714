// POST /api/v1/questions/{questionId}/proof — api-decisions V16 (admins): the proof, nothing saved
import { z } from 'zod';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { proveStoredQuestion } from '@/lib/questions/admin';
import { proofResponse } from '@/lib/validation/question-admin';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'admin',
      params: z.object({ questionId: z.string().meta({ example: 'q_1' }) }),
      docs: {
        tag: 'Questions (v1)',
        summary: 'Run a question’s proof (admins)',
        description:
          'Judges every reference solution of the stored question on every case through the sandbox with its limits, and its brute force on the largest case, and answers each language’s verdict (`ok` is whether publishing would pass). Nothing is saved.',
        responses: {
          200: { description: 'Per-language results', schema: proofResponse },
          404: { description: 'QUESTION_NOT_FOUND' },
          503: { description: 'SERVICE_UNAVAILABLE: the sandbox cannot run the proof' },
        },
      },
    },
    async ({ db, actor, params }) => json(await proveStoredQuestion(db, actor, decodeId('question', params.questionId))),
  ),
});
