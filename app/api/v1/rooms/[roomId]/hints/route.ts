// POST /api/v1/rooms/{roomId}/hints — the interviewer reveals the next hint (beside codemeet-api.md §4)
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { revealHint } from '@/lib/rooms/service';
import { hintRevealedResponse, roomParams } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      params: roomParams,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: 'Reveal the question’s next hint to the interviewee',
        description:
          'The interviewer only, while the interview is on. Hints are revealed in order, each once, however many calls arrive at once; both members’ room connections hear `hint_revealed { index }` (never the text: the interviewee reads it here).',
        responses: {
          200: { description: 'The hint now revealed', schema: hintRevealedResponse },
          403: { description: 'FORBIDDEN: not the interviewer of this room' },
          404: { description: 'ROOM_NOT_FOUND' },
          409: { description: 'CONFLICT: the interview is not on, or every hint is already revealed' },
          410: { description: 'GONE: the room expired before anyone started it' },
        },
      },
    },
    async ({ db, actor, params }) => {
      const revealed = await revealHint(db, actor, decodeId('room', params.roomId));
      return json({ index: revealed.index, ...revealed.hint, hintsRevealed: revealed.hintsRevealed, hintsTotal: revealed.hintsTotal });
    },
  ),
});
