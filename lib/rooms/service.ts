import 'server-only';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import {
  matches,
  questions,
  roomDocUpdates,
  roomEvents,
  roomFeedback,
  roomMembers,
  rooms,
  users,
  type InterviewReward,
  type Question,
  type QuestionDifficulty,
  type Room,
  type Submission,
} from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { Actor, UserActor } from '@/lib/auth/actor';
import { signRoomToken } from '@/lib/auth/tokens';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';
import type { Waited } from '@/lib/execution/service';
import { submitSolution } from '@/lib/submissions/service';
import { consumeOpportunity, settleInterview } from '@/lib/gamification/service';
import { encodeId } from '@/lib/ids';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { assertRoomStatus, roomForMember, roomRefusal, type RoomParticipant } from './access';
import { createMatchWithRoom } from './create';
import { durationOf, sessionIdOf } from './session';
import { appendRoomEvent } from './timeline';

/**
 * Interview rooms, codemeet-api.md §4: creating one for a pair (the system caller), joining,
 * starting (the interviewee spends an opportunity), submitting solutions, ending (the
 * interviewer earns one) and the interviewer's hints. Every entry point (routes, sockets) calls
 * these; membership is roomForMember's, the timeline appendRoomEvent's.
 */

/** How long room tokens last once the interview is on: a long interview, with room to spare. */
const LIVE_TOKEN_HOURS = 4;

export interface RoomQuestion {
  id: number;
  title: string;
  difficulty: QuestionDifficulty;
}

/** The room's question as 4.3's questionDetails names it. */
async function roomQuestion(db: Db, questionId: number): Promise<RoomQuestion> {
  const [row] = await db
    .select({ id: questions.id, title: questions.titleEn, difficulty: questions.difficulty })
    .from(questions)
    .where(eq(questions.id, questionId));
  if (!row) throw new AppError('QUESTION_NOT_FOUND', 'The room’s question no longer exists');
  return row;
}

const intervieweeOf = (me: RoomParticipant, partner: RoomParticipant) => (me.role === 'interviewee' ? me : partner);
const interviewerOf = (me: RoomParticipant, partner: RoomParticipant) => (me.role === 'interviewer' ? me : partner);

export interface CreateRoomInput {
  matchId?: number;
  questionId?: number;
  /** The interviewee, then the interviewer. */
  participants: number[];
  language?: LanguageId;
  difficulty?: QuestionDifficulty;
  enableVideo?: boolean;
  /** How long a new room waits to be started (default ROOM_TTL_MINUTES). */
  expiresInSeconds?: number;
}

/**
 * 4.1 (the system caller). A match's room already exists (matchmaking creates them together):
 * naming the match answers its room, the same every time. Without a match, a new match and room
 * are made for the two users, the first the interviewee.
 */
export async function createRoom(db: Db, actor: Actor, input: CreateRoomInput): Promise<{ room: Room; created: boolean }> {
  if (actor.kind !== 'system') throw new AppError('FORBIDDEN', 'Only the system may create rooms');
  if (input.matchId !== undefined) return roomOfMatch(db, input.matchId, input);
  return withTransaction(db, async (tx) => {
    const people = await tx
      .select({ id: users.id, preferences: users.preferences })
      .from(users)
      .where(inArray(users.id, input.participants));
    const missing = input.participants.find((id) => !people.some((p) => p.id === id));
    if (missing !== undefined) throw new AppError('USER_NOT_FOUND', `User ${encodeId('user', missing)} not found`);
    const [intervieweeId, interviewerId] = input.participants as [number, number];
    let difficulty = input.difficulty;
    if (input.questionId !== undefined) {
      const [question] = await tx
        .select({ difficulty: questions.difficulty, status: questions.status })
        .from(questions)
        .where(eq(questions.id, input.questionId));
      if (question?.status !== 'published') throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
      difficulty = question.difficulty;
    }
    difficulty ??= people.find((p) => p.id === intervieweeId)?.preferences.difficulty ?? 'Medium';
    const { room } = await createMatchWithRoom(tx, {
      intervieweeId,
      interviewerId,
      language: input.language ?? 'javascript',
      difficulty,
      enableVideo: input.enableVideo ?? false,
      questionId: input.questionId,
    });
    if (input.expiresInSeconds === undefined) return { room, created: true };
    const [timed] = await tx
      .update(rooms)
      .set({ expiresAt: sql`now() + make_interval(secs => ${input.expiresInSeconds})` })
      .where(eq(rooms.id, room.id))
      .returning();
    return { room: timed!, created: true };
  });
}

async function roomOfMatch(db: Db, matchId: number, input: CreateRoomInput): Promise<{ room: Room; created: boolean }> {
  const [match] = await db.select().from(matches).where(eq(matches.id, matchId));
  if (!match) throw new AppError('MATCH_NOT_FOUND', 'Match not found');
  const pair = [match.intervieweeId, match.interviewerId];
  if (!input.participants.every((id) => pair.includes(id))) {
    throw new AppError('VALIDATION_ERROR', 'participants must be the match’s two users', {
      fieldErrors: { participants: ['participants must be the match’s two users'] },
    });
  }
  const [room] = await db.select().from(rooms).where(eq(rooms.matchId, matchId));
  if (!room) throw new AppError('ROOM_NOT_FOUND', 'This match has no room');
  if (input.questionId !== undefined && input.questionId !== room.questionId) {
    const message = `This match’s room already has question ${encodeId('question', room.questionId)}`;
    throw new AppError('VALIDATION_ERROR', message, { fieldErrors: { questionId: [message] } });
  }
  return { room, created: false };
}

export interface JoinedRoom {
  room: Room;
  me: RoomParticipant;
  partner: RoomParticipant;
  question: RoomQuestion;
  tokens: { accessToken: string; videoToken: string; editorToken: string; expiresAt: Date };
}

/**
 * 4.2: a member's credentials for the room (its socket, video and editor), while it can still be
 * used: 410 GONE once it expired unstarted or the interview ended. The first join is recorded.
 */
export async function joinRoom(db: Db, actor: UserActor, roomId: number): Promise<JoinedRoom> {
  const { room, me, partner } = await roomForMember(db, roomId, actor.userId);
  // RM3: an ended interview is gone for joining too (410), not a conflict.
  if (room.status === 'ended') throw new AppError('GONE', 'This interview has ended');
  assertRoomStatus(room.status, ['waiting', 'active']);
  // Only while the room is open, in the one statement: it may have expired since it was read.
  const [joined] = await db
    .update(roomMembers)
    .set({ joinedAt: sql`coalesce(${roomMembers.joinedAt}, now())` })
    .where(
      and(
        eq(roomMembers.roomId, roomId),
        eq(roomMembers.userId, actor.userId),
        sql`exists (select 1 from ${rooms} where ${rooms.id} = ${roomId} and (${rooms.status} = 'active' or (${rooms.status} = 'waiting' and ${rooms.expiresAt} > now())))`,
      ),
    )
    .returning({ joinedAt: roomMembers.joinedAt });
  if (!joined) throw new AppError('GONE', 'This room is no longer open');
  // A room token dies with the log-in it was issued to; each connection it opens is checked for membership and an unexpired room.
  const expiresAt = new Date(Date.now() + LIVE_TOKEN_HOURS * 3600_000);
  const claims = { userId: actor.userId, roomId, sessionId: actor.sessionId };
  const [accessToken, videoToken, editorToken] = await Promise.all([
    signRoomToken({ ...claims, scope: 'room' }, expiresAt),
    signRoomToken({ ...claims, scope: 'video' }, expiresAt),
    signRoomToken({ ...claims, scope: 'editor' }, expiresAt),
  ]);
  return {
    room,
    me,
    partner,
    question: await roomQuestion(db, room.questionId),
    tokens: { accessToken, videoToken, editorToken, expiresAt },
  };
}

export interface StartedInterview {
  sessionId: string;
  startedAt: Date;
  question: RoomQuestion;
}

/**
 * 4.3: either member starts the interview. The room turns active and the interviewee spends one
 * opportunity in one transaction: without one it is 403 INSUFFICIENT_OPPORTUNITIES and the room
 * stays waiting. Starting again answers the same session and spends nothing.
 */
export async function startInterview(db: Db, actor: UserActor, roomId: number): Promise<StartedInterview> {
  return withTransaction(db, async (tx) => {
    const { room, me, partner } = await roomForMember(tx, roomId, actor.userId);
    const sessionId = sessionIdOf(roomId);
    const question = await roomQuestion(tx, room.questionId);
    const [started] = await tx
      .update(rooms)
      .set({ status: 'active', startedAt: sql`now()` })
      .where(and(eq(rooms.id, roomId), eq(rooms.status, 'waiting'), sql`${rooms.expiresAt} > now()`))
      .returning();
    if (!started) {
      // Already started (perhaps a moment ago, by the partner), ended or gone: read it as it is now.
      const [current] = await tx.select().from(rooms).where(eq(rooms.id, roomId));
      if (current?.status === 'active' && current.startedAt) return { sessionId, startedAt: current.startedAt, question };
      // Still waiting here means its expiry passed a moment ago.
      throw roomRefusal(current?.status === 'waiting' ? 'expired' : current?.status);
    }
    await consumeOpportunity(tx, { userId: intervieweeOf(me, partner).userId, sessionId, reason: 'Started interview as interviewee' });
    await appendRoomEvent(tx, roomId, actor.userId, 'started', { sessionId });
    await publish(tx, 'room.changed', { roomId });
    return { sessionId, startedAt: started.startedAt!, question };
  });
}

export interface InterviewSummary {
  questionsAsked: number;
  solutionsSubmitted: number;
  feedbackExchanged: boolean;
}

export interface EndedInterview {
  sessionId: string;
  duration: number;
  endedAt: Date;
  summary: InterviewSummary;
  /** What ending it paid (docs/opportunities.md). */
  reward: InterviewReward;
}

/** Whether the interviewee did any work in the room: ran or submitted code, or typed in the editor. */
async function intervieweeWorked(db: Db, roomId: number, intervieweeId: number): Promise<boolean> {
  const [row] = await db
    .execute(
      sql`select
    exists (select 1 from ${roomEvents} where ${roomEvents.roomId} = ${roomId} and ${roomEvents.userId} = ${intervieweeId} and ${roomEvents.kind} in ('run', 'verdict'))
    or exists (select 1 from ${roomDocUpdates} where ${roomDocUpdates.roomId} = ${roomId} and ${roomDocUpdates.userId} = ${intervieweeId}) as worked`,
    )
    .then((result) => rowsOf<{ worked: boolean }>(result));
  return row?.worked === true;
}

/** 4.6's summary, as the room stands: its one question, the verdicts in its timeline, and whether both gave feedback. */
async function summaryOf(db: Db, roomId: number): Promise<InterviewSummary> {
  const [[verdicts], [feedback]] = await Promise.all([
    db
      .select({ n: count() })
      .from(roomEvents)
      .where(and(eq(roomEvents.roomId, roomId), eq(roomEvents.kind, 'verdict'))),
    db.select({ n: count() }).from(roomFeedback).where(eq(roomFeedback.roomId, roomId)),
  ]);
  return { questionsAsked: 1, solutionsSubmitted: verdicts?.n ?? 0, feedbackExchanged: (feedback?.n ?? 0) >= 2 };
}

/**
 * 4.6: either member ends the interview, and it is paid in the same transaction by the rules of
 * docs/opportunities.md (the interviewer earns one for a real interview; one too short gives the
 * interviewee theirs back). Ending again answers the same session and pays nothing; a room never
 * started cannot end (409).
 */
export async function endInterview(db: Db, actor: UserActor, roomId: number): Promise<EndedInterview> {
  return withTransaction(db, async (tx) => {
    const { me, partner } = await roomForMember(tx, roomId, actor.userId);
    const sessionId = sessionIdOf(roomId);
    const [ended] = await tx
      .update(rooms)
      .set({ status: 'ended', endedAt: sql`now()`, endedBy: actor.userId })
      .where(and(eq(rooms.id, roomId), eq(rooms.status, 'active')))
      .returning();
    let room = ended;
    if (ended) {
      const interviewee = intervieweeOf(me, partner).userId;
      const reward = await settleInterview(tx, {
        sessionId,
        interviewerId: interviewerOf(me, partner).userId,
        intervieweeId: interviewee,
        durationSeconds: durationOf(ended),
        intervieweeWorked: await intervieweeWorked(tx, roomId, interviewee),
        at: ended.endedAt!,
      });
      [room] = await tx.update(rooms).set({ reward }).where(eq(rooms.id, roomId)).returning();
      await appendRoomEvent(tx, roomId, actor.userId, 'ended', { sessionId, duration: durationOf(ended) });
      await publish(tx, 'room.changed', { roomId });
    } else {
      [room] = await tx.select().from(rooms).where(eq(rooms.id, roomId));
      assertRoomStatus(room?.status, ['ended']);
    }
    return {
      sessionId,
      duration: durationOf(room!),
      endedAt: room!.endedAt!,
      summary: await summaryOf(tx, roomId),
      reward: room!.reward ?? 'earned',
    };
  });
}

export interface RoomSubmissionInput {
  language?: LanguageId;
  code: string;
  testCases?: Array<{ input: string; expectedOutput: string }>;
}

/**
 * 4.4: a member's solution, judged against the room's question through the execution tier
 * while the interview is on. The verdict joins the room's timeline when the job stores it
 * (lib/rooms/verdicts.ts), however long the judge takes.
 */
export async function submitInRoom(
  db: Db,
  actor: UserActor,
  roomId: number,
  input: RoomSubmissionInput,
  options: { waitMs?: number } = {},
): Promise<Waited<Submission>> {
  const { room } = await roomForMember(db, roomId, actor.userId);
  assertRoomStatus(room.status, ['active']);
  return submitSolution(
    db,
    actor,
    { questionId: room.questionId, language: input.language ?? room.language, code: input.code, testCases: input.testCases, roomId },
    options,
  );
}

/**
 * Beside the contract: either member calls off a room nobody started (the partner never came),
 * so both may queue again at once instead of waiting for its expiry. It reads as expired from
 * then on and nothing is spent; calling it off again changes nothing. A started interview is
 * ended instead (409).
 */
export async function cancelRoom(db: Db, actor: UserActor, roomId: number): Promise<void> {
  await roomForMember(db, roomId, actor.userId);
  await withTransaction(db, async (tx) => {
    const [closed] = await tx
      .update(rooms)
      .set({ status: 'expired', expiresAt: sql`least(${rooms.expiresAt}, now())` })
      .where(and(eq(rooms.id, roomId), eq(rooms.status, 'waiting')))
      .returning({ id: rooms.id });
    if (closed) {
      await appendRoomEvent(tx, roomId, actor.userId, 'left', { reason: 'cancelled' });
      await publish(tx, 'room.changed', { roomId });
      return;
    }
    const [room] = await tx.select({ status: rooms.status }).from(rooms).where(eq(rooms.id, roomId));
    if (room?.status === 'active' || room?.status === 'ended') {
      throw new AppError('CONFLICT', 'The interview has started: end it instead');
    }
  });
}

export interface RevealedHint {
  index: number;
  hint: Question['hints'][number];
  hintsRevealed: number;
  hintsTotal: number;
}

const HINTS_WHEN = 'Hints are revealed while the interview is on';

/**
 * The interviewer reveals the question's next hint to the interviewee, in order, while the
 * interview is on: one conditional UPDATE, so two clicks at once reveal two hints, never one twice.
 */
export async function revealHint(db: Db, actor: UserActor, roomId: number): Promise<RevealedHint> {
  return withTransaction(db, async (tx) => {
    const { room, me } = await roomForMember(tx, roomId, actor.userId);
    if (me.role !== 'interviewer') throw new AppError('FORBIDDEN', 'Only the interviewer reveals hints');
    assertRoomStatus(room.status, ['active'], HINTS_WHEN);
    const [revealed] = await tx
      .update(rooms)
      .set({ hintsRevealed: sql`${rooms.hintsRevealed} + 1` })
      .where(
        and(
          eq(rooms.id, roomId),
          eq(rooms.status, 'active'),
          sql`${rooms.hintsRevealed} < (select jsonb_array_length(${questions.hints}) from ${questions} where ${questions.id} = ${rooms.questionId})`,
        ),
      )
      .returning({ hintsRevealed: rooms.hintsRevealed });
    if (!revealed) {
      const [current] = await tx.select({ status: rooms.status }).from(rooms).where(eq(rooms.id, roomId));
      assertRoomStatus(current?.status, ['active'], HINTS_WHEN);
      throw new AppError('CONFLICT', 'Every hint has been revealed');
    }
    const [question] = await tx.select({ hints: questions.hints }).from(questions).where(eq(questions.id, room.questionId));
    const hints = question?.hints ?? [];
    const index = revealed.hintsRevealed - 1;
    await appendRoomEvent(tx, roomId, actor.userId, 'hint', { index });
    await publish(tx, 'room.changed', { roomId });
    return { index, hint: hints[index]!, hintsRevealed: revealed.hintsRevealed, hintsTotal: hints.length };
  });
}
