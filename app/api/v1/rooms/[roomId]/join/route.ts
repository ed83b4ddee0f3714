// POST /api/v1/rooms/{roomId}/join — codemeet-api.md 4.2
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { joinOutput } from '@/lib/rooms/present';
import { joinRoom } from '@/lib/rooms/service';
import { roomJoinResponse, roomParams } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.2 Join a room: the member’s room, video and editor tokens',
        description:
          'Three room-scoped tokens (one user, one room; scopes room, video and editor). They last 4 hours and die with the caller’s log-in; each admits to `/ws/rooms/{roomId}?token=` and the `/rooms` Socket.IO namespace while the room is open. Beside the contract: `tokensExpireAt`, the caller’s `role`, the room’s `status`, the `partner` and the `question`.',
        responses: {
          200: { description: 'Joined', schema: roomJoinResponse },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
          410: { description: 'GONE: the room expired unstarted, or the interview has ended' },
        },
      },
    },
    async ({ db, actor, params }) => json(joinOutput(await joinRoom(db, actor, decodeId('room', params.roomId)))),
  ),
});
