// GET, PUT, DELETE /api/v1/questions/{questionId}/drafts/{language} — a practice draft kept on the server (api-decisions V19)
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { discardDraft, draftOutput, readDraft, saveDraft } from '@/lib/practice/drafts';
import { draftBody, draftLanguage, draftParams, draftResponse } from '@/lib/validation/drafts';

const NOT_FOUND = { description: 'QUESTION_NOT_FOUND: no such question' } as const;

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params: draftParams,
      docs: {
        tag: 'Questions (v1)',
        summary: 'My draft of a question in one language',
        responses: {
          200: { description: 'The draft', schema: draftResponse },
          404: { description: 'QUESTION_NOT_FOUND, or NOT_FOUND: no draft in this language' },
        },
      },
    },
    async ({ db, actor, params }) =>
      json(
        draftOutput(
          await readDraft(db, actor, { questionId: decodeId('question', params.questionId), language: draftLanguage(params.language) }),
        ),
      ),
  ),
  PUT: v1Route(
    {
      auth: 'user',
      params: draftParams,
      body: draftBody,
      docs: {
        tag: 'Questions (v1)',
        summary: 'Save my draft of a question in one language',
        description:
          'Replaces the caller’s draft of this question in this language (one per user, question and language), at most as long as code the judge runs. The practice page saves a second after typing stops and when the editor loses focus.',
        responses: { 200: { description: 'Saved', schema: draftResponse }, 404: NOT_FOUND },
      },
    },
    async ({ db, actor, params, body }) =>
      json(
        draftOutput(
          await saveDraft(db, actor, {
            questionId: decodeId('question', params.questionId),
            language: draftLanguage(params.language),
            code: body.code,
          }),
        ),
      ),
  ),
  DELETE: v1Route(
    {
      auth: 'user',
      params: draftParams,
      docs: {
        tag: 'Questions (v1)',
        summary: 'Discard my draft of a question in one language',
        description: 'The editor goes back to the starter code. Discarding a draft that is not there answers 204 as well.',
        responses: { 204: { description: 'Discarded' }, 404: NOT_FOUND },
      },
    },
    async ({ db, actor, params }) => {
      await discardDraft(db, actor, { questionId: decodeId('question', params.questionId), language: draftLanguage(params.language) });
      return new Response(null, { status: 204 });
    },
  ),
});
