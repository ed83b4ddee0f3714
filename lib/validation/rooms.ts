import { z } from 'zod';
import { paginationQuery } from '@/lib/http/pagination';
import { requiredString } from './common';
import { codeSchema, languageSchema, testCasesSchema } from './execution';
import { v1IdField } from './ids';
import { difficultySchema } from './questions';

export const roomParams = z.object({ roomId: z.string().meta({ example: 'room_42' }) });

// codemeet-api.md 4.1 (system caller): the room of a match, or a new match and room for two users.
export const createRoomBody = z
  .object({
    matchId: v1IdField('match', 'matchId').optional(),
    questionId: v1IdField('question', 'questionId').optional(),
    participants: z
      .array(v1IdField('user', 'participants'), { error: 'participants must be a list of two user ids' })
      .length(2, 'participants must name two users: the interviewee, then the interviewer'),
    /** Beside the contract, for a new match only (no matchId). */
    language: languageSchema.optional(),
    difficulty: difficultySchema.optional(),
    enableVideo: z.boolean({ error: 'enableVideo must be true or false' }).optional(),
    expiresInSeconds: z
      .number({ error: 'expiresInSeconds must be a whole number of seconds' })
      .int('expiresInSeconds must be a whole number of seconds')
      .min(1, 'expiresInSeconds must be at least 1')
      .max(86_400, 'expiresInSeconds must be at most 86,400 (a day)')
      .optional(),
  })
  .superRefine((body, ctx) => {
    const [a, b] = body.participants;
    if (a !== undefined && a === b)
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participants must be two different users' });
    if (body.matchId === undefined) return;
    for (const field of ['language', 'difficulty', 'enableVideo', 'expiresInSeconds'] as const) {
      if (body[field] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} describes a new match: leave it out when naming matchId` });
      }
    }
  });
export type CreateRoomBody = z.output<typeof createRoomBody>;

// codemeet-api.md 4.4: judged against the room's question; the language defaults to the room's.
export const roomSubmissionBody = z.object({
  language: languageSchema.optional(),
  code: codeSchema,
  testCases: testCasesSchema.optional(),
});
export type RoomSubmissionBody = z.output<typeof roomSubmissionBody>;

const listItem = (field: 'strengths' | 'improvements') =>
  requiredString(field).trim().min(1, `${field} must not be empty`).max(200, `${field} must be at most 200 characters each`);

// codemeet-api.md 4.5: one giver's feedback about their partner.
export const feedbackBody = z.object({
  targetUserId: v1IdField('user', 'targetUserId'),
  rating: z
    .number({ error: 'rating must be a whole number from 1 to 5' })
    .int('rating must be a whole number from 1 to 5')
    .min(1, 'rating must be a whole number from 1 to 5')
    .max(5, 'rating must be a whole number from 1 to 5'),
  comment: z.string({ error: 'comment must be text' }).trim().max(2000, 'comment must be at most 2,000 characters').optional().default(''),
  strengths: z
    .array(listItem('strengths'), { error: 'strengths must be a list of text' })
    .max(10, 'At most 10 strengths')
    .optional()
    .default([]),
  improvements: z
    .array(listItem('improvements'), { error: 'improvements must be a list of text' })
    .max(10, 'At most 10 improvements')
    .optional()
    .default([]),
});
export type FeedbackBody = z.output<typeof feedbackBody>;

export const ROOM_HISTORY_SORT_FIELDS = ['startedAt', 'endedAt', 'createdAt'] as const;
// codemeet-api.md 4.7 with Appendix B's pagination: newest start first unless asked otherwise.
export const roomHistoryQuery = paginationQuery(ROOM_HISTORY_SORT_FIELDS, 'startedAt');

// Response shapes (the routes under app/api/v1/rooms build them).

const difficulty = z.enum(['Easy', 'Medium', 'Hard']);
const role = z.enum(['interviewee', 'interviewer']);
const roomStatus = z.enum(['waiting', 'active', 'ended', 'expired']);
const localized = z.object({ en: z.string(), zh: z.string() });

export const roomCreatedResponse = z
  .object({
    roomId: z.string().meta({ example: 'room_42' }),
    matchId: z.string().meta({ example: 'match_42' }),
    videoUrl: z.string().meta({ description: 'The room’s page on this app (video and editor)' }),
    editorUrl: z.string().meta({ description: 'The room’s WebSocket (codemeet-api.md “WebSocket Events”)' }),
    expiresAt: z.string().meta({ description: 'Gone (410) if nobody starts it by then' }),
  })
  .meta({ id: 'RoomCreated' });

const questionSummary = z.object({ questionId: z.string(), title: z.string(), difficulty });
const partner = z.object({ userId: z.string(), displayName: z.string(), role });

export const roomJoinResponse = z
  .object({
    roomId: z.string(),
    accessToken: z.string(),
    videoToken: z.string(),
    editorToken: z.string(),
    tokensExpireAt: z.string(),
    role,
    status: roomStatus,
    partner,
    question: questionSummary,
  })
  .meta({ id: 'RoomJoined' });

export const roomStartResponse = z
  .object({
    sessionId: z.string().meta({ example: 'session_42' }),
    startedAt: z.string(),
    questionDetails: questionSummary,
  })
  .meta({ id: 'InterviewStarted' });

export const roomEndResponse = z
  .object({
    sessionId: z.string(),
    duration: z.number().int().meta({ description: 'Seconds from start to end' }),
    endedAt: z.string(),
    summary: z.object({
      questionsAsked: z.number().int(),
      solutionsSubmitted: z.number().int(),
      feedbackExchanged: z.boolean(),
    }),
    reward: z.enum(['earned', 'too_short', 'no_work', 'pair_limit', 'daily_limit']).meta({
      description:
        'What ending it paid (docs/opportunities.md): `earned` (the interviewer earned one), `too_short` (nothing earned, the interviewee’s opportunity returned), `no_work`, `pair_limit` or `daily_limit` (nothing earned)',
    }),
  })
  .meta({ id: 'InterviewEnded' });

export const feedbackCreatedResponse = z.object({ feedbackId: z.string().meta({ example: 'fb_42' }), createdAt: z.string() });

const feedbackEntry = z.object({
  feedbackId: z.string(),
  fromUserId: z.string(),
  targetUserId: z.string(),
  rating: z.number().int(),
  comment: z.string(),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  createdAt: z.string(),
});

export const roomFeedbackResponse = z
  .object({
    given: feedbackEntry.nullable(),
    received: feedbackEntry.nullable().meta({ description: 'The partner’s feedback about the caller, once the caller gave theirs' }),
    partnerGave: z.boolean(),
  })
  .meta({ id: 'RoomFeedback' });

export const roomHistoryItem = z.object({
  sessionId: z.string(),
  roomId: z.string(),
  status: z.enum(['active', 'ended']),
  myRole: role,
  partner: z.object({ displayName: z.string(), role }),
  question: questionSummary,
  duration: z.number().int().nullable().meta({ description: 'Seconds; null while the interview is still on' }),
  feedback: z
    .object({ rating: z.number().int(), comment: z.string(), strengths: z.array(z.string()), improvements: z.array(z.string()) })
    .nullable()
    .meta({ description: 'The partner’s feedback about the caller, once the caller gave theirs' }),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  links: z.object({ room: z.string(), replay: z.string() }),
});

export const roomHistoryResponse = z
  .object({
    items: z.array(roomHistoryItem),
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      totalItems: z.number().int(),
      totalPages: z.number().int(),
    }),
  })
  .meta({ id: 'RoomHistory' });

const hint = z.object({ index: z.number().int(), en: z.string(), zh: z.string(), revealed: z.boolean() });

export const rubricCriterion = z.object({ id: z.string(), name: localized, good: localized });

export const roomDetailResponse = z
  .object({
    roomId: z.string(),
    matchId: z.string(),
    sessionId: z.string().nullable(),
    status: roomStatus,
    role,
    partner,
    language: z.string(),
    enableVideo: z.boolean(),
    createdAt: z.string(),
    expiresAt: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    hintsRevealed: z.number().int(),
    hintsTotal: z.number().int(),
    videoUrl: z.string(),
    editorUrl: z.string(),
    question: z.object({
      questionId: z.string(),
      title: z.string(),
      difficulty,
      category: z.string(),
      description: z.string(),
      examples: z.array(z.object({ input: z.string(), output: z.string(), explanation: z.string().optional() })),
      constraints: z.array(z.string()),
      starterCode: z.string().meta({ description: 'In the room’s language' }),
      signature: z.looseObject({}),
      limits: z.object({ timeLimitMs: z.number().int(), memoryLimitMb: z.number().int() }),
      visibleTestCases: z.array(z.object({ input: z.string(), expectedOutput: z.string() })),
      translations: z.object({
        'zh-TW': z.object({
          title: z.string(),
          description: z.string(),
          examples: z.array(z.object({ explanation: z.string().optional() })),
        }),
      }),
    }),
    hints: z.array(hint).meta({ description: 'The interviewer sees every hint; the interviewee only those revealed' }),
    interviewer: z
      .object({
        solution: z.object({ language: z.string(), code: z.string() }),
        rubric: z.array(rubricCriterion),
      })
      .optional()
      .meta({ description: 'The interviewer’s pane only: the reference solution in the room’s language and the rubric' }),
  })
  .meta({ id: 'Room' });

export const hintRevealedResponse = z
  .object({ index: z.number().int(), en: z.string(), zh: z.string(), hintsRevealed: z.number().int(), hintsTotal: z.number().int() })
  .meta({ id: 'HintRevealed' });
