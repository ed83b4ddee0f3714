// POST /api/v1/rooms — codemeet-api.md 4.1 (system caller)
import { json } from '@/lib/http/core';
import { publicOrigin } from '@/lib/http/request';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { encodeId } from '@/lib/ids';
import { roomLinks } from '@/lib/rooms/links';
import { createRoom } from '@/lib/rooms/service';
import { createRoomBody, roomCreatedResponse } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'system',
      body: createRoomBody,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.1 The room of a match, or a new match and room for two users',
        description:
          'Matchmaking creates a match’s room with the match itself: naming `matchId` answers that room (200, the same every time) when `participants` are the match’s two users, in either order. Without `matchId` a new match and room are made (201): `participants[0]` is the interviewee and `participants[1]` the interviewer; beside the contract, `language` (default javascript), `difficulty` (else the question’s, else the interviewee’s preference), `enableVideo` (default false) and `expiresInSeconds` (how long the room waits to be started; default ROOM_TTL_MINUTES). `videoUrl` is the room’s page on this app, `editorUrl` its WebSocket.',
        responses: {
          200: { description: 'The match’s existing room', schema: roomCreatedResponse },
          201: { description: 'A new match and its room', schema: roomCreatedResponse },
          404: { description: 'MATCH_NOT_FOUND, USER_NOT_FOUND or QUESTION_NOT_FOUND' },
        },
      },
    },
    async ({ request, db, actor, body }) => {
      const { room, created } = await createRoom(db, actor, body);
      return json(
        {
          roomId: encodeId('room', room.id),
          matchId: encodeId('match', room.matchId),
          ...roomLinks(publicOrigin(request), room.id),
          expiresAt: room.expiresAt.toISOString(),
        },
        created ? 201 : 200,
      );
    },
  ),
});
