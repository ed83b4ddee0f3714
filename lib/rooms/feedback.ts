import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { withTransaction } from '@/db/transaction';
import { roomFeedback, type RoomFeedback } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { assertRoomStatus, roomForMember } from './access';
import { appendRoomEvent } from './timeline';

export interface FeedbackInput {
  targetUserId: number;
  rating: number;
  comment: string;
  strengths: string[];
  improvements: string[];
}

/**
 * 4.5: a member's feedback about their partner, once the interview has started (during it or
 * after), one per giver per room: a second is 409 CONFLICT.
 */
export async function giveFeedback(db: Db, actor: UserActor, roomId: number, input: FeedbackInput): Promise<RoomFeedback> {
  const { room, partner } = await roomForMember(db, roomId, actor.userId);
  assertRoomStatus(room.status, ['active', 'ended'], 'Feedback is given once the interview has started');
  if (input.targetUserId !== partner.userId) {
    const message = 'targetUserId must be your partner in this room';
    throw new AppError('VALIDATION_ERROR', message, { fieldErrors: { targetUserId: [message] } });
  }
  // The unique (room, giver) index decides between two at once: the second inserts nothing.
  // The feedback and its place on the timeline together: the partner's page hears of it (feedback_given) once it is stored.
  return withTransaction(db, async (tx) => {
    const [saved] = await tx
      .insert(roomFeedback)
      .values({ ...input, roomId, fromUserId: actor.userId, targetUserId: partner.userId })
      .onConflictDoNothing()
      .returning();
    if (!saved) throw new AppError('CONFLICT', 'You have already given feedback in this room');
    await appendRoomEvent(tx, roomId, actor.userId, 'feedback', { feedbackId: saved.id });
    return saved;
  });
}

export interface RoomFeedbackView {
  given: RoomFeedback | null;
  /** The partner's feedback about the caller: shown only once the caller gave theirs. */
  received: RoomFeedback | null;
  partnerGave: boolean;
}

/** Each member sees the other's feedback only after giving their own, so neither answers the other's. */
export async function feedbackOf(db: Db, actor: UserActor, roomId: number): Promise<RoomFeedbackView> {
  await roomForMember(db, roomId, actor.userId);
  const rows = await db.select().from(roomFeedback).where(eq(roomFeedback.roomId, roomId));
  const given = rows.find((r) => r.fromUserId === actor.userId) ?? null;
  const fromPartner = rows.find((r) => r.fromUserId !== actor.userId) ?? null;
  return { given, received: given ? fromPartner : null, partnerGave: fromPartner !== null };
}
