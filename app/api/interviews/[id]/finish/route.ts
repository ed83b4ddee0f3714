// POST /api/interviews/{id}/finish — ends a mock interview: its score and the contract's `improved` list
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { rowId } from '@/lib/ids';
import { presentInterview } from '@/lib/interviews/present';
import { finishInterview } from '@/lib/interviews/service';
import { interviewResponse } from '@/lib/validation/interview-responses';
import { interviewIdParams } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      browser: true,
      params: interviewIdParams,
      docs: {
        tag: 'Interviews (ai-interview)',
        summary: 'End a mock interview',
        description:
          'The interview becomes a record: an overall score (questions left unanswered count as 0) and at most five points to improve across its answers. Ending it again changes nothing.',
        responses: { 200: { description: 'The ended interview', schema: interviewResponse }, 404: { description: '資料不存在' } },
      },
    },
    async ({ db, actor, params }) => json(presentInterview(await finishInterview(db, actor, rowId(params.id)))),
  ),
});
