// POST /api/v1/matches/queue — codemeet-api.md 2.1
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { encodeId } from '@/lib/ids';
import { joinedQueue } from '@/lib/matchmaking/present';
import { joinQueue } from '@/lib/matchmaking/service';
import { joinQueueBody, joinQueueResponse } from '@/lib/validation/matchmaking';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      body: joinQueueBody,
      docs: {
        tag: 'Matchmaking (v1)',
        summary: '2.1 Join the match queue',
        description:
          'Waits for a partner of the other role in the same language: same difficulty first, another difficulty once either has waited `MATCH_RELAX_AFTER_SECONDS` (60). `language` takes the engine’s ids and common names (`TypeScript`, `js`, `python3`, `C++`). A partner already waiting is matched at once: the answer is then `matched`, with `matchId` and `roomId`, and `match_found` goes out on the realtime channel; otherwise poll `Location` (GET /api/v1/matches/queue/{queueId}) or wait for `match_found`. An entry nobody matched within `MATCH_QUEUE_TTL_SECONDS` (600) expires. `estimatedWaitTime` is the median wait, in seconds, of the latest 20 entries of this language and role that were matched (30 when there are none).',
        responses: {
          202: { description: 'In the queue (or matched at once)', schema: joinQueueResponse },
          403: { description: 'INSUFFICIENT_OPPORTUNITIES: an interviewee needs an opportunity' },
          409: {
            description:
              'ALREADY_IN_QUEUE: the caller is already waiting; CONFLICT: the caller is in a room still live (not started and not expired, or started and not ended)',
          },
        },
      },
    },
    async ({ db, actor, body }) => {
      const result = await joinQueue(db, actor, body);
      return json(joinedQueue(result), 202, { Location: `/api/v1/matches/queue/${encodeId('queue', result.entry.id)}` });
    },
  ),
});
