import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { questions, roomEvents, type RoomEventKind } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { assertRoomStatus, roomForMember, type RoomParticipant } from './access';
import { roomDocUpdatesOf, settleRuns } from './live';

export interface ReplayUpdate {
  at: Date;
  userId: number | null;
  /** The Yjs update, base64: what the replay applies, in order, to rebuild the code at any moment. */
  update: string;
}

export interface ReplayEvent {
  at: Date;
  userId: number | null;
  kind: RoomEventKind;
  data: Record<string, unknown>;
}

export interface RoomReplay {
  roomId: number;
  language: string;
  question: { id: number; titleEn: string; titleZh: string; difficulty: string };
  participants: RoomParticipant[];
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  updates: ReplayUpdate[];
  events: ReplayEvent[];
}

/**
 * A finished room's whole session, for its two members: every editor update with when and by
 * whom, and every room event (chat, runs and their output, verdicts, joins, hints revealed), in
 * order. Only what both could see is on the timeline, so either member may replay all of it.
 */
export async function roomReplay(db: Db, actor: UserActor, roomId: number): Promise<RoomReplay> {
  const { room, me, partner } = await roomForMember(db, roomId, actor.userId);
  assertRoomStatus(room.status, ['ended'], 'A room can be replayed once the interview has ended');
  // Runs that ended while nobody had the room open get their output on the timeline first.
  await settleRuns(db, roomId);
  const [[question], updates, events] = await Promise.all([
    db
      .select({ id: questions.id, titleEn: questions.titleEn, titleZh: questions.titleZh, difficulty: questions.difficulty })
      .from(questions)
      .where(eq(questions.id, room.questionId)),
    roomDocUpdatesOf(db, roomId),
    db.select().from(roomEvents).where(eq(roomEvents.roomId, roomId)).orderBy(asc(roomEvents.id)),
  ]);
  if (!question) throw new AppError('QUESTION_NOT_FOUND', 'The room’s question no longer exists');
  return {
    roomId,
    language: room.language,
    question,
    participants: [me, partner],
    createdAt: room.createdAt,
    startedAt: room.startedAt,
    endedAt: room.endedAt,
    updates: updates.map((u) => ({ at: u.createdAt, userId: u.userId, update: Buffer.from(u.update).toString('base64') })),
    events: events.map((e) => ({ at: e.createdAt, userId: e.userId, kind: e.kind, data: e.data })),
  };
}
