'use server';

import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { decodeId, encodeId } from '@/lib/ids';
import { cancelQueue, joinQueue, queueStatus } from '@/lib/matchmaking/service';
import { joinQueueBody } from '@/lib/validation/matchmaking';

const queueRef = z.object({ queueId: z.string().max(40) });

/** The same body and rules as POST /api/v1/matches/queue. */
export const joinQueueAction = authedAction(joinQueueBody, async (input, { db, actor }) => {
  const joined = await joinQueue(db, actor, input);
  return {
    queueId: encodeId('queue', joined.entry.id),
    enteredAt: joined.entry.enteredAt.toISOString(),
    estimatedWaitTime: joined.estimatedWaitTime,
    roomId: joined.roomId === null ? null : encodeId('room', joined.roomId),
  };
});

export const queueStatusAction = authedAction(queueRef, async ({ queueId }, { db, actor }) => {
  const view = await queueStatus(db, actor, decodeId('queue', queueId));
  return { status: view.entry.status, roomId: view.roomId === null ? null : encodeId('room', view.roomId) };
});

export const cancelQueueAction = authedAction(queueRef, async ({ queueId }, { db, actor }) => {
  await cancelQueue(db, actor, decodeId('queue', queueId));
  return { cancelled: true };
});
