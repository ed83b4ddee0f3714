import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { LanguageId } from '@/lib/vocabulary/languages';
import type { InterviewReward } from './gamification';
import type { QuestionDifficulty } from './questions';
import { questions } from './questions';
import { users } from './users';

/**
 * Live peer interviews (codemeet-api.md §2 and §4): a queue entry per user waiting, a match
 * pairing an interviewee with an interviewer, and the room they meet in. A room's code is a
 * Yjs document stored as its stream of updates; chat, runs, verdicts and state changes are
 * room events. Together they are the room's timeline: what a restart restores and a replay plays.
 */
export const INTERVIEW_ROLES = ['interviewee', 'interviewer'] as const;
export type InterviewRole = (typeof INTERVIEW_ROLES)[number];

export const QUEUE_STATUSES = ['waiting', 'matched', 'cancelled', 'expired'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** waiting: created, nobody started; active: started; ended; expired: never started in time. */
export const ROOM_STATUSES = ['waiting', 'active', 'ended', 'expired'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // postgres-js hands back a Buffer, PGlite a Uint8Array: both are Uint8Array.
  fromDriver: (value) => value,
  toDriver: (value) => value,
});

export const matchQueue = pgTable(
  'match_queue',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<InterviewRole>().notNull(),
    language: text('language').$type<LanguageId>().notNull(),
    difficulty: text('difficulty').$type<QuestionDifficulty>().notNull(),
    enableVideo: boolean('enable_video').notNull().default(false),
    status: text('status').$type<QueueStatus>().notNull().default('waiting'),
    matchId: integer('match_id').references(() => matches.id, { onDelete: 'set null' }),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When it stopped waiting (matched, cancelled or expired): recent waits estimate the next. */
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    // One waiting entry per user, whatever races: the second join is 409 ALREADY_IN_QUEUE.
    uniqueIndex('match_queue_waiting_user_key')
      .on(t.userId)
      .where(sql`${t.status} = 'waiting'`),
    index('match_queue_bucket_idx')
      .on(t.language, t.role, t.enteredAt)
      .where(sql`${t.status} = 'waiting'`),
    index('match_queue_recent_idx').on(t.language, t.role, t.leftAt),
  ],
);

export const matches = pgTable(
  'matches',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    intervieweeId: integer('interviewee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    interviewerId: integer('interviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    language: text('language').$type<LanguageId>().notNull(),
    difficulty: text('difficulty').$type<QuestionDifficulty>().notNull(),
    enableVideo: boolean('enable_video').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('matches_interviewee_idx').on(t.intervieweeId, t.createdAt),
    index('matches_interviewer_idx').on(t.interviewerId, t.createdAt),
    check('matches_two_people', sql`${t.intervieweeId} <> ${t.interviewerId}`),
  ],
);

export const rooms = pgTable(
  'rooms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    matchId: integer('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id),
    language: text('language').$type<LanguageId>().notNull(),
    enableVideo: boolean('enable_video').notNull().default(false),
    status: text('status').$type<RoomStatus>().notNull().default('waiting'),
    /** How many of the question's hints the interviewer has revealed, in order. */
    hintsRevealed: smallint('hints_revealed').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** A room nobody started by then is gone (410); a started one runs until it is ended. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: integer('ended_by').references(() => users.id, { onDelete: 'set null' }),
    /** What ending it paid (docs/opportunities.md), decided once, in the transaction that ended it. */
    reward: text('reward').$type<InterviewReward>(),
  },
  (t) => [
    uniqueIndex('rooms_match_key').on(t.matchId),
    // The sweep that expires rooms nobody started reads only these.
    index('rooms_waiting_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} = 'waiting'`),
    check('rooms_hints_nonnegative', sql`${t.hintsRevealed} >= 0`),
    check('rooms_reward_check', sql`${t.reward} is null or ${t.reward} in ('earned', 'too_short', 'no_work', 'pair_limit', 'daily_limit')`),
  ],
);

export const roomMembers = pgTable(
  'room_members',
  {
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<InterviewRole>().notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.userId] }),
    uniqueIndex('room_members_role_key').on(t.roomId, t.role),
    index('room_members_user_idx').on(t.userId),
  ],
);

/**
 * What each kind of room event stores in `data`: the one list the services that write them, the
 * sockets that relay them and the replay that plays them share.
 */
export interface RoomEventData {
  chat: { message: string };
  /** A run of code from the room (run_code): the job running it. */
  run: { jobId: number; language: string; code: string; input: string };
  /** How a run ended (code_output): output, error (null when it succeeded), runtime. */
  output: { jobId: number; output: string; error: string | null; runtime: string; status: string };
  /** A judged submission (4.4). */
  verdict: { submissionId: number; status: string; passed: number; total: number };
  joined: { role: string };
  left: { reason: string };
  started: { sessionId: string };
  ended: { sessionId: string; duration: number };
  /** The interviewer revealed hint number `index` (0-based) to the interviewee. */
  hint: { index: number };
  /** A member gave feedback about their partner (4.5): its id only, the text stays behind feedbackOf's rule. */
  feedback: { feedbackId: number };
}
export type RoomEventKind = keyof RoomEventData;

/** What happened in a room besides typing, in order: chat, runs and their output, verdicts, state changes. */
export const roomEvents = pgTable(
  'room_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').$type<RoomEventKind>().notNull(),
    data: jsonb('data').$type<RoomEventData[RoomEventKind]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('room_events_room_idx').on(t.roomId, t.id)],
);

/** The shared editor's Yjs updates, in the order the server applied them: the document is their merge. */
export const roomDocUpdates = pgTable(
  'room_doc_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    update: bytea('update').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('room_doc_updates_room_idx').on(t.roomId, t.id)],
);

export const ROOM_SIGNAL_KINDS = ['awareness', 'signal'] as const;
export type RoomSignalKind = (typeof ROOM_SIGNAL_KINDS)[number];

/**
 * What a room relays and does not keep (cursors and selections, WebRTC signalling), parked here
 * for a few seconds so instances pass it on by id, as they do the rest; pruned after a minute.
 */
export const roomSignals = pgTable(
  'room_signals',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    /** Who sent it: a signal goes to the other member's connections only. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<RoomSignalKind>().notNull(),
    payload: bytea('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('room_signals_created_idx').on(t.createdAt)],
);

export const roomFeedback = pgTable(
  'room_feedback',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    fromUserId: integer('from_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetUserId: integer('target_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    comment: text('comment').notNull().default(''),
    strengths: jsonb('strengths').$type<string[]>().notNull().default([]),
    improvements: jsonb('improvements').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('room_feedback_giver_key').on(t.roomId, t.fromUserId),
    check('room_feedback_rating', sql`${t.rating} between 1 and 5`),
  ],
);

export const matchesRelations = relations(matches, ({ one }) => ({
  interviewee: one(users, { fields: [matches.intervieweeId], references: [users.id], relationName: 'interviewee' }),
  interviewer: one(users, { fields: [matches.interviewerId], references: [users.id], relationName: 'interviewer' }),
  room: one(rooms, { fields: [matches.id], references: [rooms.matchId] }),
}));

export const roomsRelations = relations(rooms, ({ one, many }) => ({
  match: one(matches, { fields: [rooms.matchId], references: [matches.id] }),
  question: one(questions, { fields: [rooms.questionId], references: [questions.id] }),
  members: many(roomMembers),
  feedback: many(roomFeedback),
}));

export const roomMembersRelations = relations(roomMembers, ({ one }) => ({
  room: one(rooms, { fields: [roomMembers.roomId], references: [rooms.id] }),
  user: one(users, { fields: [roomMembers.userId], references: [users.id] }),
}));

export const roomFeedbackRelations = relations(roomFeedback, ({ one }) => ({
  room: one(rooms, { fields: [roomFeedback.roomId], references: [rooms.id] }),
}));

export type QueueEntry = typeof matchQueue.$inferSelect;
export type Match = typeof matches.$inferSelect;
export type Room = typeof rooms.$inferSelect;
export type RoomMember = typeof roomMembers.$inferSelect;
type RoomEventRow = typeof roomEvents.$inferSelect;
/** A stored room event of one kind, with the data that kind stores. */
export type RoomEventOf<K extends RoomEventKind> = Omit<RoomEventRow, 'kind' | 'data'> & { kind: K; data: RoomEventData[K] };
/** A stored room event: its `kind` says what its `data` holds (switch on it). */
export type RoomEvent = { [K in RoomEventKind]: RoomEventOf<K> }[RoomEventKind];
export type RoomFeedback = typeof roomFeedback.$inferSelect;
