// GET /api/v1/rooms/history — codemeet-api.md 4.7
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { roomHistory } from '@/lib/rooms/history';
import { historyItemOutput } from '@/lib/rooms/present';
import { roomHistoryQuery, roomHistoryResponse } from '@/lib/validation/rooms';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      query: roomHistoryQuery,
      docs: {
        tag: 'Interview rooms (v1)',
        summary: '4.7 The caller’s interviews, newest first (Appendix B pagination)',
        description:
          'Interviews that started (still on, or ended), sorted by `startedAt` (default), `endedAt` or `createdAt`. `feedback` is the partner’s feedback about the caller, shown only once the caller gave theirs (else null). Beside the contract: `status`, `question.questionId`, `duration` null while the interview is on, and `links` to the room and its replay page.',
        responses: { 200: { description: 'A page', schema: roomHistoryResponse } },
      },
    },
    async ({ db, actor, query }) => {
      const page = await roomHistory(db, actor, query);
      return json({ ...page, items: page.items.map(historyItemOutput) });
    },
  ),
});
