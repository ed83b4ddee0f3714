import 'server-only';
import type { Db } from '@/db';
import { roomEvents, type RoomEvent, type RoomEventKind } from '@/db/schema';
import { publish } from '@/lib/events';

/**
 * What each room event stores (`room_events.data`), the one list the services that write them,
 * the sockets that relay them and the replay that plays them share.
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
}

/** Stores one room event and announces it (`room.event`, ids only) when the caller's transaction commits. */
export async function appendRoomEvent<K extends RoomEventKind>(
  db: Db,
  roomId: number,
  userId: number | null,
  kind: K,
  data: RoomEventData[K],
): Promise<RoomEvent> {
  const [row] = await db
    .insert(roomEvents)
    .values({ roomId, userId, kind, data: data as unknown as Record<string, unknown> })
    .returning();
  if (!row) throw new Error('insert into room_events returned nothing');
  await publish(db, 'room.event', { roomId, eventId: row.id });
  return row;
}
