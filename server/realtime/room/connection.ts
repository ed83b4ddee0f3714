import type { UserActor } from '@/lib/auth/actor';

/** codemeet-api.md's event format, the same over Socket.IO and the plain WebSocket. */
export interface Envelope {
  event: string;
  data: unknown;
  timestamp: string;
  sender?: string;
}

/** The binary messages of the app's editor: Yjs sync and awareness (cursors). */
export type BinaryEvent = 'y:sync' | 'y:awareness';

/** One client in a room: a Socket.IO socket (with or without Yjs) or a plain WebSocket. */
export interface RoomConnection {
  readonly id: string;
  readonly actor: UserActor;
  /** Speaks Yjs (y:sync, y:awareness): the app's editor. Others get code_change with the whole file. */
  readonly yjs: boolean;
  send(envelope: Envelope): void;
  sendBinary(event: BinaryEvent, message: Uint8Array): void;
  close(reason: string): void;
}

export function stamp(event: string, data: unknown, sender?: string): Envelope {
  return { event, data, timestamp: new Date().toISOString(), ...(sender ? { sender } : {}) };
}

/**
 * The origin of a change a client of this instance made to a room's document or awareness (Yjs
 * hands it back to the update handlers): so the change is stored or parked, and not echoed to it.
 */
export class FromClient {
  constructor(readonly connection: RoomConnection) {}
}

/** The origin of changes read from the room's stored rows or relayed from another instance: never stored or parked again. */
export const FROM_ELSEWHERE = Symbol('stored, or from another instance');

export const clientOf = (origin: unknown): RoomConnection | undefined => (origin instanceof FromClient ? origin.connection : undefined);
