// PUT /api/interviews/{id}/answers/{index} — saves one answer as it is given and analyses it
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { answerIndex, rowId } from '@/lib/ids';
import { presentInterview } from '@/lib/interviews/present';
import { getInterview, saveAnswer } from '@/lib/interviews/service';
import { interviewAnswerResponse } from '@/lib/validation/interview-responses';
import { answerBody, answerParams } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  PUT: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: answerParams,
      body: answerBody,
      docs: {
        tag: 'Interviews (ai-interview)',
        summary: 'Save an answer',
        description:
          'The answer’s text (typed, or the transcript of a spoken answer), `mode` (typed or voice), `duration_ms` and, for a voice answer, `transcript` (what the browser’s speech recognition heard; speech rate is measured on it alone, null without it: decision A30). Answers the question with the built-in analyzer’s feedback: duration, speech rate (characters a minute in Chinese, words a minute in English; spoken answers only), filler words, length against the recommendation, the points covered, STAR for behavioral questions, a score and tips. While the interview runs an answer may be saved again; after it ends, 400 資料衝突 (this contract answers conflicts with 400).',
        responses: {
          200: { description: 'The saved answer and its feedback', schema: interviewAnswerResponse },
          400: { description: '資料有誤, or 資料衝突 when the interview has ended' },
          404: { description: '資料不存在' },
        },
      },
    },
    async ({ db, actor, params, body }) => {
      const id = rowId(params.id);
      const index = answerIndex(params.index);
      await saveAnswer(db, actor, id, index, body);
      const interview = presentInterview(await getInterview(db, actor, id));
      return json(interview.questions.find((q) => q.index === index));
    },
  ),
});
