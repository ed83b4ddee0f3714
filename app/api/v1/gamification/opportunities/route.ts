// GET /api/v1/gamification/opportunities — codemeet-api.md 5.1
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { getOpportunities } from '@/lib/gamification/service';
import { encodeId } from '@/lib/ids';
import { opportunitiesResponse } from '@/lib/validation/gamification';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      docs: {
        tag: 'Gamification (v1)',
        summary: '5.1 The caller’s interview opportunities, with their history',
        description:
          '`nextResetAt` is the next 00:00 Asia/Taipei (16:00 UTC). `history` is the ledger, newest first (the latest 50): each change’s `type`, signed `amount`, `reason`, `timestamp`, and beside the contract `balanceAfter` and the interview `sessionId` when there was one.',
        responses: { 200: { description: 'Balance and history', schema: opportunitiesResponse } },
      },
    },
    async ({ db, actor }) => {
      const result = await getOpportunities(db, actor);
      return json({
        userId: encodeId('user', result.userId),
        opportunities: result.opportunities,
        nextResetAt: result.nextResetAt.toISOString(),
        history: result.history.map((entry) => ({
          type: entry.kind,
          amount: entry.amount,
          reason: entry.reason,
          timestamp: entry.createdAt.toISOString(),
          balanceAfter: entry.balanceAfter,
          ...(entry.sessionId ? { sessionId: entry.sessionId } : {}),
        })),
      });
    },
  ),
});
