// POST /api/v1/rooms/{roomId}/start — codemeet-api.md 4.3
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { startOutput } from '@/lib/rooms/present';
import { startInterview } from '@/lib/rooms/service';
import { roomParams, roomStartResponse } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.3 Start the interview (the interviewee spends one opportunity)',
        description:
          'Either member starts it. The room turns active and the interviewee spends one opportunity (`sessionId` names the interview in their history) in one transaction: an interviewee with none gets 403 `INSUFFICIENT_OPPORTUNITIES` and the room stays waiting. Starting again answers the same `sessionId` and `startedAt` and spends nothing.',
        responses: {
          200: { description: 'Started (or already on)', schema: roomStartResponse },
          403: { description: 'FORBIDDEN: not a member; INSUFFICIENT_OPPORTUNITIES: the interviewee has none left' },
          404: { description: 'ROOM_NOT_FOUND' },
          409: { description: 'CONFLICT: the interview has already ended' },
          410: { description: 'GONE: the room expired before anyone started it' },
        },
      },
    },
    async ({ db, actor, params }) => json(startOutput(await startInterview(db, actor, decodeId('room', params.roomId)))),
  ),
});
