import { z } from 'zod';
import { OPPORTUNITY_KINDS } from '@/db/schema/gamification';
import { v1IdField } from './ids';

// codemeet-api.md 5.2 and 5.3: the system caller moves one opportunity for an interview session.
export const opportunityChangeBody = z.object({
  userId: v1IdField('user', 'userId'),
  sessionId: z
    .string({ error: 'sessionId must be text' })
    .regex(/^[\w:.-]{1,64}$/, 'sessionId must be 1–64 letters, digits, _ : . or -')
    .optional(),
  reason: z
    .string({ error: 'reason must be text' })
    .trim()
    .min(1, 'reason must not be empty')
    .max(200, 'reason must be at most 200 characters')
    .optional(),
});

export const opportunityEntryResponse = z.object({
  type: z.enum(OPPORTUNITY_KINDS),
  amount: z.number().int(),
  reason: z.string(),
  timestamp: z.string(),
  balanceAfter: z.number().int(),
  sessionId: z.string().optional(),
});

export const opportunitiesResponse = z
  .object({
    userId: z.string(),
    opportunities: z.number().int().min(0),
    nextResetAt: z.string(),
    history: z.array(opportunityEntryResponse),
  })
  .meta({ id: 'Opportunities' });

export const consumedResponse = z.object({ opportunities: z.number().int().min(0), consumed: z.number().int(), timestamp: z.string() });
export const earnedResponse = z.object({ opportunities: z.number().int().min(0), earned: z.number().int(), timestamp: z.string() });
export const resetResponse = z.object({ affectedUsers: z.number().int(), resetAt: z.string(), day: z.string(), alreadyRan: z.boolean() });
