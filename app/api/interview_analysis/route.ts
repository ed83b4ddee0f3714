// POST /api/interview_analysis — the built-in analyzer on one answer, for clients that run their own interviews
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { analyzeOne } from '@/lib/interviews/service';
import { answerFeedbackResponse } from '@/lib/validation/interview-responses';
import { analysisBody } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      body: analysisBody,
      docs: {
        tag: 'Interview questions (ai-interview)',
        summary: 'Analyse an answer',
        description:
          'Feedback on an answer to a bank question (`question_id`) or to a question described inline (`question { kind, points, seconds }`): duration, speech rate (with `duration_ms`, `mode: voice` and the browser’s `transcript`; null without them, decision A30), filler words, length, the points covered, STAR for behavioral questions, a score and tips in both languages. Nothing is written.',
        responses: { 200: { description: 'The feedback', schema: answerFeedbackResponse }, 404: { description: '題目不存在' } },
      },
    },
    async ({ db, body }) => json(await analyzeOne(db, body)),
  ),
});
