import 'server-only';
import type { Db } from '@/db';
import { roomEvents, type RoomEvent, type RoomEventData, type RoomEventKind, type RoomEventOf } from '@/db/schema';
import { publish } from '@/lib/events';

/** Stores one room event and announces it (`room.event`, ids only) when the caller's transaction commits. */
export async function appendRoomEvent<K extends RoomEventKind>(
  db: Db,
  roomId: number,
  userId: number | null,
  kind: K,
  data: RoomEventData[K],
): Promise<RoomEventOf<K>> {
  const [row] = await db.insert(roomEvents).values({ roomId, userId, kind, data }).returning();
  if (!row) throw new Error('insert into room_events returned nothing');
  await publish(db, 'room.event', { roomId, eventId: row.id });
  return { ...row, kind, data };
}

/**
 * A row of `room_events` as the event it is. Its kind and data were written together by
 * appendRoomEvent, the table's only writer, so the kind says what the data holds.
 */
export function storedRoomEvent(row: typeof roomEvents.$inferSelect): RoomEvent {
  return row as RoomEvent;
}
