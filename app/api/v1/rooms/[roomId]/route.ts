// GET /api/v1/rooms/{roomId} — a room as one member sees it (the interviewer's pane included); DELETE — call off a room nobody started. Both beside codemeet-api.md §4
import { json } from '@/lib/http/core';
import { publicOrigin } from '@/lib/http/request';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { roomViewOutput } from '@/lib/rooms/present';
import { cancelRoom } from '@/lib/rooms/service';
import { roomView } from '@/lib/rooms/view';
import { roomDetailResponse, roomParams } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: 'A room as one member sees it',
        description:
          'The room’s state, the question (statement, examples, constraints, starter code in the room’s language, visible cases) and its hints. The interviewer sees every hint (`revealed` says which the interviewee has), the reference solution in the room’s language and the rubric under `interviewer`; the interviewee sees only the hints revealed so far, and never a solution or the rubric.',
        responses: {
          200: { description: 'The room', schema: roomDetailResponse },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
        },
      },
    },
    async ({ request, db, actor, params }) => {
      const view = await roomView(db, actor, decodeId('room', params.roomId));
      return json(roomViewOutput(view, publicOrigin(request)));
    },
  ),
  DELETE: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: 'Call off a room nobody started',
        description:
          'Either member calls off a room that was never started (the partner never came), so both may queue again at once. Nothing is spent; the room reads as expired (410 for join and start) from then on. Calling it off again answers 204 as well; a started interview is ended with `POST …/end` instead (409 here).',
        responses: {
          204: { description: 'Called off (or already gone)' },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
          409: { description: 'CONFLICT: the interview has started or ended' },
        },
      },
    },
    async ({ db, actor, params }) => {
      await cancelRoom(db, actor, decodeId('room', params.roomId));
      return new Response(null, { status: 204 });
    },
  ),
});
