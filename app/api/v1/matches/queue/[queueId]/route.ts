// GET /api/v1/matches/queue/{queueId} — codemeet-api.md 2.3; DELETE — 2.2
import { z } from 'zod';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { queueStatusOutput } from '@/lib/matchmaking/present';
import { cancelQueue, queueStatus } from '@/lib/matchmaking/service';
import { queueStatusResponse } from '@/lib/validation/matchmaking';

const params = z.object({ queueId: z.string().meta({ example: 'queue_42' }) });
const notFound = { description: 'MATCH_NOT_FOUND: no such queue entry of the caller' };

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      params,
      docs: {
        tag: 'Matchmaking (v1)',
        summary: '2.3 Where the caller’s queue entry stands',
        description:
          '`status` is waiting (with `estimatedWaitTime`), matched (with `matchId`, `roomId` and `partner`), cancelled or expired (with `leftAt`). An entry past `expiresAt` reads as expired. Only the caller’s own entries: anyone else’s is 404.',
        responses: { 200: { description: 'The entry', schema: queueStatusResponse }, 404: notFound },
      },
    },
    async ({ db, actor, params }) => json(queueStatusOutput(await queueStatus(db, actor, decodeId('queue', params.queueId)))),
  ),
  DELETE: v1Route(
    {
      auth: 'user',
      params,
      docs: {
        tag: 'Matchmaking (v1)',
        summary: '2.2 Leave the match queue',
        description:
          'A waiting entry is cancelled. Cancelling one that is already cancelled or expired changes nothing (204 again); one that was matched cannot be cancelled (409: the match stands, see GET /api/v1/matches/current).',
        responses: {
          204: { description: 'Out of the queue' },
          404: notFound,
          409: { description: 'CONFLICT: the entry was already matched' },
        },
      },
    },
    async ({ db, actor, params }) => {
      await cancelQueue(db, actor, decodeId('queue', params.queueId));
      return new Response(null, { status: 204 });
    },
  ),
});
