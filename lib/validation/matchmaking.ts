import { z } from 'zod';
import type { InterviewRole, QueueStatus } from '@/db/schema/rooms';
import { requiredString } from './common';
import { keyed } from './messages';
import { languageSchema } from './execution';
import { difficultySchema } from './users';

/** Request and response shapes of codemeet-api.md §2 (matchmaking). */

// The schema's lists, spelled out: a form importing this must not pull the database schema into a page.
const ROLES = ['interviewee', 'interviewer'] as const satisfies readonly InterviewRole[];
const STATUSES = ['waiting', 'matched', 'cancelled', 'expired'] as const satisfies readonly QueueStatus[];

const role = keyed(z.enum(ROLES), () => ({ key: 'role' }));
const difficulty = z.enum(['Easy', 'Medium', 'Hard']);

// 2.1: who I want to be, in which language, at which difficulty.
export const joinQueueBody = z
  .object({
    role,
    language: languageSchema,
    difficulty: requiredString('difficulty').pipe(difficultySchema),
    enableVideo: keyed(z.boolean(), () => ({ key: 'enableVideo' })).default(false),
  })
  .strict();
export type JoinQueueInput = z.output<typeof joinQueueBody>;

const waitSeconds = z
  .number()
  .int()
  .min(0)
  .meta({ description: 'Seconds: the median wait of the latest matched entries of this language and role (30 when there are none)' });

/** 2.1's 202 and 2.3's 200 share these fields. */
const queueEntry = {
  queueId: z.string().meta({ example: 'queue_42' }),
  status: z.enum(STATUSES),
  role,
  language: z.string().meta({ description: 'The engine’s language id (`typescript`, `python`, …)' }),
  difficulty,
  enableVideo: z.boolean(),
  enteredAt: z.string(),
  expiresAt: z.string().meta({ description: 'An entry still waiting then is expired' }),
  /** Once matched: the match and the room it meets in (GET /api/v1/matches/current). */
  matchId: z.string().optional().meta({ example: 'match_7' }),
  roomId: z.string().optional().meta({ example: 'room_7' }),
};

export const joinQueueResponse = z.object({ ...queueEntry, estimatedWaitTime: waitSeconds }).meta({ id: 'QueueEntry' });

export const queueStatusResponse = z
  .object({
    ...queueEntry,
    estimatedWaitTime: waitSeconds.optional().meta({ description: 'While waiting' }),
    leftAt: z.string().optional().meta({ description: 'When it stopped waiting (matched, cancelled or expired)' }),
    partner: z.object({ displayName: z.string(), role }).optional(),
  })
  .meta({ id: 'QueueStatus' });

export const currentMatchResponse = z
  .object({
    matchId: z.string().meta({ example: 'match_7' }),
    participants: z.array(z.object({ userId: z.string(), role, displayName: z.string() })),
    question: z.object({
      questionId: z.string(),
      title: z.string(),
      titleZh: z.string(),
      difficulty,
    }),
    room: z.object({
      roomId: z.string().meta({ example: 'room_7' }),
      videoUrl: z.string().meta({ description: 'The room’s page in this app, where the video call runs' }),
      editorUrl: z.string().meta({ description: 'The room’s WebSocket endpoint (`ws(s)://…/ws/rooms/{roomId}`)' }),
      expiresAt: z.string().meta({ description: 'A room nobody has started by then is gone' }),
    }),
    status: z.enum(['waiting', 'active']).meta({ description: 'The room’s: waiting (nobody started it yet) or active' }),
    language: z.string(),
    difficulty,
    enableVideo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'CurrentMatch' });
