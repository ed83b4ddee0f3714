import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { InterviewRole, RoomStatus } from '@/db/schema';
import type { LanguageId } from '@/server/sandbox/types';
import type { BinaryEvent, Envelope, RoomConnection } from './connection';
import { WholeFileClients } from './whole-file';

export interface Member {
  userId: number;
  role: InterviewRole;
  displayName: string;
}

/**
 * The server's copy of one room while someone on this instance is in it: the state the hub's
 * parts share (document sync, presence, the run stream). The rules live in those parts.
 */
export class LiveRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<RoomConnection>();
  /** Awareness client ids each connection announced, removed when it leaves. */
  readonly awarenessIds = new Map<RoomConnection, Set<number>>();
  /** Runs still going, with the sequence number of the last output chunk relayed. */
  readonly runs = new Map<number, number>();
  readonly wholeFile: WholeFileClients;
  /** The bytes of editor updates the document holds (stored, or to be), against MAX_ROOM_DOC_BYTES. */
  docBytes = 0;

  constructor(
    readonly roomId: number,
    public status: RoomStatus,
    readonly language: LanguageId,
    readonly members: Map<number, Member>,
  ) {
    this.awareness.setLocalState(null);
    this.wholeFile = new WholeFileClients(this.doc, language);
  }

  broadcast(envelope: Envelope, except?: (c: RoomConnection) => boolean): void {
    for (const c of this.connections) if (!except?.(c)) c.send(envelope);
  }

  broadcastBinary(event: BinaryEvent, message: Uint8Array, except?: RoomConnection): void {
    for (const c of this.connections) if (c !== except && c.yjs) c.sendBinary(event, message);
  }

  /** Whether the user has a connection here (another tab, a second device). */
  hasUser(userId: number): boolean {
    for (const c of this.connections) if (c.actor.userId === userId) return true;
    return false;
  }

  destroy(): void {
    this.wholeFile.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
