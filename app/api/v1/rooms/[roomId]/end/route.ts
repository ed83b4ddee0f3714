// POST /api/v1/rooms/{roomId}/end — codemeet-api.md 4.6
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { endOutput } from '@/lib/rooms/present';
import { endInterview } from '@/lib/rooms/service';
import { roomEndResponse, roomParams } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.6 End the interview (the interviewer earns one opportunity)',
        description:
          'Either member ends it; the interviewer earns one opportunity in the same transaction. Ending again answers the same session and pays nothing. The summary is the room as it stands: `questionsAsked` is 1 (a room has one question), `solutionsSubmitted` the verdicts in its timeline, `feedbackExchanged` whether both members gave feedback.',
        responses: {
          200: { description: 'Ended (or already ended)', schema: roomEndResponse },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
          409: { description: 'CONFLICT: the interview has not started' },
          410: { description: 'GONE: the room expired before anyone started it' },
        },
      },
    },
    async ({ db, actor, params }) => json(endOutput(await endInterview(db, actor, decodeId('room', params.roomId)))),
  ),
});
