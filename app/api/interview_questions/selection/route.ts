// POST /api/interview_questions/selection — answers ai-interview-api.md's open question "how to choose questions for a job"
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { presentSelection } from '@/lib/interviews/present';
import { previewSelection } from '@/lib/interviews/service';
import { selectionResponse } from '@/lib/validation/interview-responses';
import { selectionBody } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      body: selectionBody,
      docs: {
        tag: 'Interview questions (ai-interview)',
        summary: 'Choose questions for a position',
        description:
          'Ranks the bank (BM25 over each question in both languages, its tags and the points of a good answer; Chinese and English tokenised alike) against the `position`, the pasted job `description` and the caller’s résumé skills, and returns `question_count` questions: a self-introduction, the role’s own and behavioral questions, a motivation question. `family` is the job family the position reads as. Nothing is written: POST only because a description is long.',
        responses: { 200: { description: 'The chosen questions, each with why', schema: selectionResponse } },
      },
    },
    async ({ db, actor, body }) => json(presentSelection(await previewSelection(db, actor, body))),
  ),
});
