import { encodeId } from '@/lib/ids';

/** The interview session a room's start opens (4.3): one per room, named after it. */
export const sessionIdOf = (roomId: number) => encodeId('session', roomId);

/** An interview's length in seconds, from start to end (or to now, while it is on). */
export function durationOf(room: { startedAt: Date | null; endedAt: Date | null }): number {
  if (!room.startedAt) return 0;
  return Math.max(0, Math.round(((room.endedAt ?? new Date()).getTime() - room.startedAt.getTime()) / 1000));
}
