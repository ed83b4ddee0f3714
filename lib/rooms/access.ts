import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { matches, roomMembers, rooms, users, type InterviewRole, type Room, type RoomStatus } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';

export interface RoomParticipant {
  userId: number;
  role: InterviewRole;
  displayName: string;
}

export interface MemberView {
  room: Room;
  me: RoomParticipant;
  partner: RoomParticipant;
}

/** A room's two members, with their roles and names. */
export function roomParticipants(db: Db, roomId: number): Promise<RoomParticipant[]> {
  return db
    .select({ userId: roomMembers.userId, role: roomMembers.role, displayName: users.name })
    .from(roomMembers)
    .innerJoin(users, eq(users.id, roomMembers.userId))
    .where(eq(roomMembers.roomId, roomId));
}

/**
 * Rooms nobody started by their expiry become `expired`, in one statement: one room (whoever
 * reads it first) or all that are due (the sweep every instance runs). Each room that expired is
 * announced (`room.changed`), so connections still open in it hear `room_status` at once. The
 * announcement follows the update: were it lost, the room still reads as expired everywhere.
 */
export async function expireRooms(db: Db, roomId?: number): Promise<number[]> {
  const expired = await db
    .update(rooms)
    .set({ status: 'expired' })
    .where(and(roomId === undefined ? undefined : eq(rooms.id, roomId), eq(rooms.status, 'waiting'), sql`${rooms.expiresAt} <= now()`))
    .returning({ id: rooms.id });
  for (const { id } of expired) await publish(db, 'room.changed', { roomId: id });
  return expired.map((r) => r.id);
}

/**
 * The one membership check every entry point passes (routes, actions, sockets, the plain
 * WebSocket): 404 ROOM_NOT_FOUND for no such room, 403 FORBIDDEN for someone not in it. A room
 * nobody started by its expiry reads as expired from here on.
 */
export async function roomForMember(db: Db, roomId: number, userId: number): Promise<MemberView> {
  await expireRooms(db, roomId);
  const [room] = await db.select().from(rooms).where(eq(rooms.id, roomId));
  if (!room) throw new AppError('ROOM_NOT_FOUND', 'Room not found');
  const members = await roomParticipants(db, roomId);
  const me = members.find((m) => m.userId === userId);
  const partner = members.find((m) => m.userId !== userId);
  if (!me || !partner) throw new AppError('FORBIDDEN', 'You are not a member of this room');
  return { room, me, partner };
}

const NOT_NOW: Record<Exclude<RoomStatus, 'expired'>, string> = {
  waiting: 'This interview has not started',
  active: 'This interview has already started',
  ended: 'This interview has ended',
};

/**
 * Why a room in this status refuses an action that needs another (RM10): 410 GONE when it expired
 * unstarted (or is no more), else 409 CONFLICT saying why, in the action's own words if given.
 */
export function roomRefusal(status: RoomStatus | undefined, conflict?: string): AppError {
  if (status === undefined || status === 'expired') return new AppError('GONE', 'This room has expired');
  return new AppError('CONFLICT', conflict ?? NOT_NOW[status]);
}

/** The one status check of every room action, routes, actions and sockets alike: the room must be in one of `allowed`. */
export function assertRoomStatus(status: RoomStatus | undefined, allowed: readonly RoomStatus[], conflict?: string): void {
  if (status === undefined || !allowed.includes(status)) throw roomRefusal(status, conflict);
}

export interface MatchNotice {
  matchId: number;
  roomId: number;
  participants: RoomParticipant[];
}

/** What each side of a new match hears (`match_found`): the match, its room, and who is in it. */
export async function matchNotice(db: Db, matchId: number): Promise<MatchNotice | null> {
  const [row] = await db
    .select({ roomId: rooms.id })
    .from(matches)
    .innerJoin(rooms, eq(rooms.matchId, matches.id))
    .where(eq(matches.id, matchId));
  if (!row) return null;
  const participants = await roomParticipants(db, row.roomId);
  return { matchId, roomId: row.roomId, participants };
}
