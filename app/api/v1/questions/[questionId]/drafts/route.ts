// GET /api/v1/questions/{questionId}/drafts — the caller's drafts of a question (api-decisions V19)
import { z } from 'zod';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { draftOutput, listDrafts } from '@/lib/practice/drafts';
import { draftListResponse } from '@/lib/validation/drafts';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params: z.object({ questionId: z.string().meta({ example: 'q_1' }) }),
      docs: {
        tag: 'Questions (v1)',
        summary: 'My drafts of a question',
        description:
          'The caller’s saved drafts of this question, one per language, the most recently saved first (the practice page reopens that language). Nobody else’s drafts are ever listed.',
        responses: {
          200: { description: 'The drafts (possibly none)', schema: draftListResponse },
          404: { description: 'QUESTION_NOT_FOUND' },
        },
      },
    },
    async ({ db, actor, params }) => {
      const drafts = await listDrafts(db, actor, decodeId('question', params.questionId));
      return json({ drafts: drafts.map(draftOutput) });
    },
  ),
});
