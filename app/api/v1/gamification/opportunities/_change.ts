// codemeet-api.md 5.2 and 5.3: one opportunity spent or earned, for the system caller
import { json, type ResponseDoc } from '@/lib/http/core';
import { v1Route } from '@/lib/http/v1';
import { consumeOpportunity, rewardOpportunity } from '@/lib/gamification/service';
import { consumedResponse, earnedResponse, opportunityChangeBody } from '@/lib/validation/gamification';

const KINDS = {
  consume: {
    apply: consumeOpportunity,
    field: 'consumed',
    schema: consumedResponse,
    reason: 'Started interview as interviewee',
    summary: '5.2 Spend one of a user’s opportunities (an interviewee starts an interview)',
    description:
      'Never below zero, however many calls arrive at once: a user without one gets 403 `INSUFFICIENT_OPPORTUNITIES`. A second call for the same `sessionId` changes nothing and answers `consumed: 0` with the balance.',
    extra: { 403: { description: 'INSUFFICIENT_OPPORTUNITIES: the user has none left' } } as Record<number, ResponseDoc>,
  },
  reward: {
    apply: rewardOpportunity,
    field: 'earned',
    schema: earnedResponse,
    reason: 'Completed interview as interviewer',
    summary: '5.3 Give a user one opportunity (an interviewer completed an interview)',
    description: 'A second call for the same `sessionId` changes nothing and answers `earned: 0` with the balance.',
    extra: {} as Record<number, ResponseDoc>,
  },
} as const;

export function opportunityChangeRoute(kind: keyof typeof KINDS) {
  const { apply, field, schema, reason, summary, description, extra } = KINDS[kind];
  return v1Route(
    {
      auth: 'system',
      body: opportunityChangeBody,
      docs: {
        tag: 'Gamification (v1)',
        summary,
        description,
        responses: {
          200: { description: 'Done (or already done for this session)', schema },
          ...extra,
          404: { description: 'USER_NOT_FOUND' },
        },
      },
    },
    async ({ db, body }) => {
      const result = await apply(db, { ...body, reason: body.reason ?? reason });
      return json({ opportunities: result.opportunities, [field]: result.changed, timestamp: result.timestamp.toISOString() });
    },
  );
}
