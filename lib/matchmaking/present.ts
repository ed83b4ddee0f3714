import 'server-only';
import type { z } from 'zod';
import type { QueueEntry } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import { roomLinks } from '@/lib/rooms/links';
import type { currentMatchResponse, joinQueueResponse, queueStatusResponse } from '@/lib/validation/matchmaking';
import type { CurrentMatch, JoinResult, QueueStatusView } from './service';

/** The fields 2.1's and 2.3's answers share. */
function queueFields(entry: QueueEntry, roomId: number | null) {
  return {
    queueId: encodeId('queue', entry.id),
    status: entry.status,
    role: entry.role,
    language: entry.language,
    difficulty: entry.difficulty,
    enableVideo: entry.enableVideo,
    enteredAt: entry.enteredAt.toISOString(),
    expiresAt: entry.expiresAt.toISOString(),
    ...(entry.matchId !== null ? { matchId: encodeId('match', entry.matchId) } : {}),
    ...(roomId !== null ? { roomId: encodeId('room', roomId) } : {}),
  };
}

/** §2.1's 202. */
export function joinedQueue(result: JoinResult): z.input<typeof joinQueueResponse> {
  return { ...queueFields(result.entry, result.roomId), estimatedWaitTime: result.estimatedWaitTime };
}

/** §2.3. */
export function queueStatusOutput(view: QueueStatusView): z.input<typeof queueStatusResponse> {
  return {
    ...queueFields(view.entry, view.roomId),
    ...(view.estimatedWaitTime !== null ? { estimatedWaitTime: view.estimatedWaitTime } : {}),
    ...(view.entry.leftAt ? { leftAt: view.entry.leftAt.toISOString() } : {}),
    ...(view.partner ? { partner: view.partner } : {}),
  };
}

/** §2.4, with the room's links built on this app's public origin. */
export function currentMatchOutput(current: CurrentMatch, origin: string): z.input<typeof currentMatchResponse> {
  const { match, room, question } = current;
  return {
    matchId: encodeId('match', match.id),
    participants: current.participants.map((p) => ({ userId: encodeId('user', p.userId), role: p.role, displayName: p.displayName })),
    question: {
      questionId: encodeId('question', question.id),
      title: question.titleEn,
      titleZh: question.titleZh,
      difficulty: question.difficulty,
    },
    room: { roomId: encodeId('room', room.id), ...roomLinks(origin, room.id), expiresAt: room.expiresAt.toISOString() },
    status: room.status === 'active' ? 'active' : 'waiting',
    language: match.language,
    difficulty: match.difficulty,
    enableVideo: match.enableVideo,
    createdAt: match.createdAt.toISOString(),
  };
}
