// GET /api/v1/matches/current — codemeet-api.md 2.4
import { json } from '@/lib/http/core';
import { publicOrigin } from '@/lib/http/request';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { currentMatchOutput } from '@/lib/matchmaking/present';
import { currentMatch } from '@/lib/matchmaking/service';
import { currentMatchResponse } from '@/lib/validation/matchmaking';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      docs: {
        tag: 'Matchmaking (v1)',
        summary: '2.4 The caller’s current match',
        description:
          'The caller’s latest match whose room is still live: `status` is the room’s, waiting (nobody has started it; it expires at `room.expiresAt`) or active. `participants` lists the interviewee, then the interviewer. `room.videoUrl` is the room’s page in this app (where the video call runs) and `room.editorUrl` its WebSocket endpoint; `question.titleZh` is the title in Traditional Chinese.',
        responses: {
          200: { description: 'The match', schema: currentMatchResponse },
          404: { description: 'MATCH_NOT_FOUND: no live match' },
        },
      },
    },
    async ({ db, actor, request }) => json(currentMatchOutput(await currentMatch(db, actor), publicOrigin(request))),
  ),
});
