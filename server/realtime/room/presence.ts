import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { AppError } from '@/lib/errors';
import { encodeId } from '@/lib/ids';
import type { RoomSignal } from '@/lib/rooms/live';
import { FROM_ELSEWHERE, FromClient, clientOf, stamp, type RoomConnection } from './connection';
import type { LiveRoom } from './live-room';

/**
 * Who is where in a room, and what passes between the members without being kept: cursors and
 * selections (Yjs awareness) and WebRTC signalling. Both reach the connections here at once and
 * are parked for the room's connections on other instances (`park`).
 */

const MAX_AWARENESS_BYTES = 16 * 1024;
const MAX_AWARENESS_STATES = 4;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * One awareness state as the server keeps it: a JSON object (or null, for a client that left)
 * whose `user` is the member's display name, with the client's colour only when it is a hex colour.
 */
function namedState(json: string, displayName: string): string {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new AppError('VALIDATION_ERROR', 'An awareness state must be JSON');
  }
  if (state === null) return json;
  if (typeof state !== 'object' || Array.isArray(state)) throw new AppError('VALIDATION_ERROR', 'An awareness state must be an object');
  const rest = Object.fromEntries(Object.entries(state).filter(([key]) => key !== 'user'));
  if (!('user' in state) || state.user === undefined) return JSON.stringify(rest);
  const color = typeof state.user === 'object' && state.user !== null && 'color' in state.user ? state.user.color : undefined;
  return JSON.stringify({ ...rest, user: { name: displayName, ...(typeof color === 'string' && HEX_COLOR.test(color) ? { color } : {}) } });
}

/**
 * A client's cursor and name (awareness). A connection speaks for its own awareness ids only:
 * one another connection announced is refused, so nobody moves or removes their partner's
 * cursor; and a few small states are all an editor needs. The name on a cursor is the member's
 * own display name, whatever the client announced, so nobody labels their cursor as someone else.
 */
export function acceptAwareness(room: LiveRoom, connection: RoomConnection, message: Uint8Array): void {
  if (message.byteLength > MAX_AWARENESS_BYTES) throw new AppError('VALIDATION_ERROR', 'Awareness update too large');
  const member = room.members.get(connection.actor.userId);
  if (!member) throw new AppError('FORBIDDEN', 'You are not a member of this room');
  const decoder = decoding.createDecoder(message);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_STATES) throw new AppError('VALIDATION_ERROR', 'Too many awareness states');
  const named = encoding.createEncoder();
  encoding.writeVarUint(named, count);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = namedState(decoding.readVarString(decoder), member.displayName);
    for (const [other, ids] of room.awarenessIds) {
      if (other !== connection && ids.has(clientId)) throw new AppError('FORBIDDEN', 'That cursor belongs to another connection');
    }
    encoding.writeVarUint(named, clientId);
    encoding.writeVarUint(named, clock);
    encoding.writeVarString(named, state);
  }
  awarenessProtocol.applyAwarenessUpdate(room.awareness, encoding.toUint8Array(named), new FromClient(connection));
}

/**
 * Every awareness change reaches the Yjs clients here (but its author), and is parked for other
 * instances unless it came from one or is this instance's own timeout of a remote state.
 */
export function watchAwareness(room: LiveRoom, park: (signal: RoomSignal) => void): void {
  room.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = added.concat(updated, removed);
    const from = clientOf(origin);
    if (from) {
      const ids = room.awarenessIds.get(from) ?? new Set<number>();
      added.forEach((id) => ids.add(id));
      removed.forEach((id) => ids.delete(id));
      room.awarenessIds.set(from, ids);
    }
    const message = awarenessProtocol.encodeAwarenessUpdate(room.awareness, changed);
    room.broadcastBinary('y:awareness', message, from);
    if (origin !== FROM_ELSEWHERE && origin !== 'timeout') {
      park({ roomId: room.roomId, userId: from?.actor.userId ?? null, kind: 'awareness', payload: message });
    }
  });
}

/** The cursors a joining Yjs client should draw, or null when there are none. */
export function awarenessNow(room: LiveRoom): Uint8Array | null {
  const states = [...room.awareness.getStates().keys()];
  return states.length ? awarenessProtocol.encodeAwarenessUpdate(room.awareness, states) : null;
}

/** A connection left: its cursors go from everyone's editor. */
export function forgetAwareness(room: LiveRoom, connection: RoomConnection): void {
  const ids = room.awarenessIds.get(connection);
  room.awarenessIds.delete(connection);
  if (ids?.size) awarenessProtocol.removeAwarenessStates(room.awareness, [...ids], null);
}

/** WebRTC signalling goes to the partner's connections here at once, and is parked for those elsewhere. */
export function sendSignal(room: LiveRoom, connection: RoomConnection, data: unknown, park: (signal: RoomSignal) => void): void {
  const userId = connection.actor.userId;
  room.broadcast(stamp('signal', data, encodeId('user', userId)), (c) => c.actor.userId === userId);
  park({ roomId: room.roomId, userId, kind: 'signal', payload: new TextEncoder().encode(JSON.stringify(data)) });
}

/** Cursors or signalling another instance parked, passed on to the connections here. */
export function receiveSignal(room: LiveRoom, signal: RoomSignal): void {
  if (signal.kind === 'awareness') {
    awarenessProtocol.applyAwarenessUpdate(room.awareness, signal.payload, FROM_ELSEWHERE);
    return;
  }
  const data: unknown = JSON.parse(new TextDecoder().decode(signal.payload));
  const sender = signal.userId ? encodeId('user', signal.userId) : undefined;
  room.broadcast(stamp('signal', data, sender), (c) => c.actor.userId === signal.userId);
}
