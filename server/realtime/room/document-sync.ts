import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import { AppError } from '@/lib/errors';
import { encodeId } from '@/lib/ids';
import { CODE_TEXT, MAX_ROOM_DOC_BYTES, OUT_OF_SYNC, ROOM_HISTORY_FULL, inspectUpdate, tryUpdate } from '@/lib/rooms/document';
import { LIVE_STATUSES, assertLive, type DocUpdate } from '@/lib/rooms/live';
import { FROM_ELSEWHERE, FromClient, clientOf, type RoomConnection } from './connection';
import type { LiveRoom } from './live-room';

/** The room's shared editor: Yjs sync with its clients, the one way edits enter the document, and where they go from there. */

export const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * A client's update into the document, the one way edits enter it. Refused, changing nothing
 * and reaching nobody:
 * - an update with a gap (it needs one refused or lost before it): 409, and the client syncs again;
 * - an edit to an ended interview (409) or an expired room (410);
 * - an edit past the code's 100,000 characters or the room's MAX_ROOM_DOC_BYTES of history.
 * A keystroke is checked in time proportional to its size. Only an update that could cross a
 * limit, or reaches a room that takes no edits, is tried on a copy first; if it would change
 * nothing (a reconnecting client's answer to a sync), it is let by.
 */
export function acceptUpdate(room: LiveRoom, update: Uint8Array, connection: RoomConnection): void {
  const { gap, newItems } = inspectUpdate(room.doc, update);
  if (gap) throw new AppError('CONFLICT', OUT_OF_SYNC);
  const historyFull = room.docBytes + update.byteLength > MAX_ROOM_DOC_BYTES;
  const mayBeTooLong = room.doc.getText(CODE_TEXT).length + newItems > MAX_CODE_LENGTH;
  if (historyFull || mayBeTooLong || !LIVE_STATUSES.includes(room.status)) {
    const { changes, codeLength } = tryUpdate(room.doc, update);
    if (!changes) return;
    assertLive(room);
    if (historyFull) throw new AppError('VALIDATION_ERROR', ROOM_HISTORY_FULL);
    if (codeLength > MAX_CODE_LENGTH) throw new AppError('VALIDATION_ERROR', CODE_TOO_LONG);
  }
  Y.applyUpdate(room.doc, update, new FromClient(connection));
}

/** code_change from a client without Yjs: the whole file, its change merged into the document. */
export function acceptWholeFile(room: LiveRoom, connection: RoomConnection, code: string): void {
  const update = room.wholeFile.diff(connection, code);
  if (!update) return;
  acceptUpdate(room, update, connection);
  room.wholeFile.saw(connection, update);
}

/**
 * A Yjs sync message from a client: a state vector is answered with what the client lacks; an
 * update goes into the document (within its budget), is stored and reaches the others.
 */
export function answerSync(room: LiveRoom, connection: RoomConnection, message: Uint8Array): void {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  if (type === syncProtocol.messageYjsSyncStep1) {
    // What the client lacks, then what this document holds: the client answers with what the
    // server lacks. So a client that was refused an update (a rate limit, a gap) syncs again
    // by sending its state vector, without reconnecting.
    const reply = encoding.createEncoder();
    syncProtocol.readSyncStep1(decoder, reply, room.doc);
    connection.sendBinary('y:sync', encoding.toUint8Array(reply));
    openSync(room, connection);
    return;
  }
  if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
    throw new AppError('VALIDATION_ERROR', 'Unknown Yjs sync message');
  }
  acceptUpdate(room, decoding.readVarUint8Array(decoder), connection);
}

/** The server's state vector: the client answers with whatever the server lacks. */
export function openSync(room: LiveRoom, connection: RoomConnection): void {
  connection.sendBinary(
    'y:sync',
    syncMessage((e) => syncProtocol.writeSyncStep1(e, room.doc)),
  );
}

/** Stored updates (the room's rows, or those another instance stored) into the document. */
export function applyStored(room: LiveRoom, updates: Uint8Array[]): void {
  if (updates.length === 0) return;
  Y.applyUpdate(room.doc, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), FROM_ELSEWHERE);
}

/**
 * Where every change to the document goes: the Yjs clients here at once (but its author), the
 * clients without Yjs within 50 ms, and a change a client made here to `store` (the relay keeps
 * it and passes it to other instances). A failed write is healed by the next sync: the client still has it.
 */
export function watchDocument(room: LiveRoom, store: (update: DocUpdate) => void): void {
  room.doc.on('update', (update: Uint8Array, origin: unknown) => {
    room.docBytes += update.byteLength;
    const from = clientOf(origin);
    room.broadcastBinary(
      'y:sync',
      syncMessage((e) => syncProtocol.writeUpdate(e, update)),
      from,
    );
    room.wholeFile.changed(from ? encodeId('user', from.actor.userId) : undefined);
    if (from) store({ roomId: room.roomId, userId: from.actor.userId, update });
  });
}
