// POST /api/v1/rooms/{roomId}/feedback — codemeet-api.md 4.5; GET reads both sides of it
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId, encodeId } from '@/lib/ids';
import { feedbackOf, giveFeedback } from '@/lib/rooms/feedback';
import { roomFeedbackOutput } from '@/lib/rooms/present';
import { feedbackBody, feedbackCreatedResponse, roomFeedbackResponse, roomParams } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: roomParams,
      body: feedbackBody,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.5 Give feedback about your partner',
        description:
          'Once the interview has started (during it or after), one per member per room. `targetUserId` must be the partner; `rating` a whole number from 1 to 5; `comment` up to 2,000 characters; `strengths` and `improvements` up to 10 items of up to 200 characters each.',
        responses: {
          201: { description: 'Given', schema: feedbackCreatedResponse },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
          409: { description: 'CONFLICT: the interview has not started, or you already gave feedback here' },
          410: { description: 'GONE: the room expired before anyone started it' },
        },
      },
    },
    async ({ db, actor, params, body }) => {
      const saved = await giveFeedback(db, actor, decodeId('room', params.roomId), body);
      return json({ feedbackId: encodeId('feedback', saved.id), createdAt: saved.createdAt.toISOString() }, 201);
    },
  ),
  GET: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: 'The room’s feedback as the caller may see it',
        description:
          '`given`: the caller’s own; `received`: the partner’s about the caller, shown only once the caller gave theirs, so neither answers the other’s; `partnerGave` says whether it is there.',
        responses: {
          200: { description: 'Both sides', schema: roomFeedbackResponse },
          403: { description: 'FORBIDDEN: not a member of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
        },
      },
    },
    async ({ db, actor, params }) => json(roomFeedbackOutput(await feedbackOf(db, actor, decodeId('room', params.roomId)))),
  ),
});
