// POST /api/v1/rooms/{roomId}/submit — codemeet-api.md 4.4
import { prefersAsync } from '@/lib/execution/present';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { submitInRoom } from '@/lib/rooms/service';
import { RUNNER_BUSY_ANSWERS } from '@/lib/validation/execution';
import { jobResponse, submissionResponse } from '@/lib/validation/responses';
import { roomParams, roomSubmissionBody } from '@/lib/validation/rooms';
import { submissionAnswer } from '../../../_shared/jobs';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: roomParams,
      body: roomSubmissionBody,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.4 Submit a solution to the room’s question',
        description:
          'Either member, while the interview is on. Judged like POST /api/v1/submissions against the room’s question (its own cases, hidden ones included, or 4.4’s `testCases`); `language` defaults to the room’s. The answer waits for the verdict up to a bound, then answers 202 with the job to poll (at once with `Prefer: respond-async`). Either way the verdict joins the room’s timeline (a `verdict` event) when it is stored.',
        responses: {
          200: { description: 'Judged and stored', schema: submissionResponse },
          202: {
            description:
              'Still queued or being judged after the wait bound: poll `Location` (GET /api/v1/jobs/{jobId}); the job names the submission once stored',
            schema: jobResponse,
          },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
          ...RUNNER_BUSY_ANSWERS,
          409: { description: 'CONFLICT: the interview is not on (not started, or ended), or the run was cancelled' },
          410: { description: 'GONE: the room expired before anyone started it' },
        },
      },
    },
    async ({ request, db, actor, params, body }) => {
      const outcome = await submitInRoom(db, actor, decodeId('room', params.roomId), body, prefersAsync(request) ? { waitMs: 0 } : {});
      return submissionAnswer(db, outcome, 200);
    },
  ),
});
