'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { AppError } from '@/lib/errors';
import { decodeId } from '@/lib/ids';
import { giveFeedback } from '@/lib/rooms/feedback';
import { cancelRoom, endInterview, revealHint, startInterview, submitInRoom } from '@/lib/rooms/service';
import { feedbackBody, roomSubmissionBody } from '@/lib/validation/rooms';

// The room page's buttons: the same services, and so the same rules, as POST /api/v1/rooms/{roomId}/….
const roomRef = z.object({ roomId: z.string().max(40) });
const idOf = (roomId: string) => decodeId('room', roomId);
const refresh = (roomId: string) => revalidatePath(`/rooms/${roomId}`);

export const startRoomAction = authedAction(roomRef, async ({ roomId }, { db, actor }) => {
  const started = await startInterview(db, actor, idOf(roomId));
  refresh(roomId);
  return { sessionId: started.sessionId };
});

export const endRoomAction = authedAction(roomRef, async ({ roomId }, { db, actor }) => {
  const ended = await endInterview(db, actor, idOf(roomId));
  refresh(roomId);
  return { sessionId: ended.sessionId, duration: ended.duration, reward: ended.reward };
});

export const revealHintAction = authedAction(roomRef, async ({ roomId }, { db, actor }) => {
  const revealed = await revealHint(db, actor, idOf(roomId));
  refresh(roomId);
  return { index: revealed.index };
});

/** The verdict reaches both sides as `submission_result` on the room's socket. */
export const submitRoomAction = authedAction(roomRef.extend(roomSubmissionBody.shape), async ({ roomId, ...input }, { db, actor }) => {
  const outcome = await submitInRoom(db, actor, idOf(roomId), input, { waitMs: 120_000 });
  if (!outcome.done)
    throw new AppError('SERVICE_UNAVAILABLE', 'The code runner is busy: your submission is queued and its verdict will appear here', {
      retryAfter: 10,
    });
  return { status: outcome.value.status };
});

export const feedbackRoomAction = authedAction(roomRef.extend(feedbackBody.shape), async ({ roomId, ...input }, { db, actor }) => {
  await giveFeedback(db, actor, idOf(roomId), input);
  refresh(roomId);
  return { given: true };
});

/** Calls off a room nobody started (the lobby and the room page). */
export const cancelRoomAction = authedAction(roomRef, async ({ roomId }, { db, actor }) => {
  await cancelRoom(db, actor, idOf(roomId));
  refresh(roomId);
  revalidatePath('/live');
  return { cancelled: true };
});
