// GET /api/interviews/{id} — one mock interview with its questions, answers and feedback
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { presentInterview } from '@/lib/interviews/present';
import { getInterview } from '@/lib/interviews/service';
import { interviewResponse } from '@/lib/validation/interview-responses';
import { interviewIdParams } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: interviewIdParams,
      docs: {
        tag: 'Interviews (ai-interview)',
        summary: 'One mock interview',
        description:
          'What a client needs to resume it: the questions, what was answered, the analyzer’s feedback and any coaching. The caller’s own only.',
        responses: { 200: { description: 'The interview', schema: interviewResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => json(presentInterview(await getInterview(db, actor, rowId(params.id)))),
  ),
});
