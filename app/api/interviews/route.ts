// POST /api/interviews — beside ai-interview-api.md InterviewRecords: sets up a mock interview whose answers are saved as given
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { presentInterview } from '@/lib/interviews/present';
import { startInterview } from '@/lib/interviews/service';
import { interviewResponse } from '@/lib/validation/interview-responses';
import { startInterviewBody } from '@/lib/validation/interviews';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      browser: true,
      body: startInterviewBody,
      docs: {
        tag: 'Interviews (ai-interview)',
        summary: 'Start a mock interview',
        description:
          'Chooses `question_count` questions (3–15, default 6) for the `position` and the optional pasted job `description`, boosted by the caller’s résumé skills and resting questions of their recent interviews: a self-introduction first, then the role’s own and behavioral questions, motivation last. Each question says why it was chosen (`reason`). `seconds_per_answer` (30–600, default 120) is the countdown; `language` zh or en.',
        responses: { 201: { description: 'The interview, its questions unanswered', schema: interviewResponse } },
      },
    },
    async ({ db, actor, body }) => json(presentInterview(await startInterview(db, actor, body)), 201),
  ),
});
