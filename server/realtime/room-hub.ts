import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { rooms, type InterviewRole, type RoomEvent, type RoomStatus } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { subscribe } from '@/lib/events';
import { outputSince } from '@/lib/execution/output';
import { encodeId } from '@/lib/ids';
import { logger } from '@/lib/logger';
import { roomParticipants } from '@/lib/rooms/access';
import { CODE_TEXT, MAX_ROOM_DOC_BYTES, OUT_OF_SYNC, ROOM_HISTORY_FULL, inspectUpdate, replaceText, tryUpdate } from '@/lib/rooms/document';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import {
  LIVE_STATUSES,
  assertLive,
  docUpdatesByIds,
  roomDocUpdatesOf,
  postChat,
  pruneSignals,
  recordDocUpdates,
  recordSignals,
  signalsByIds,
  type DocUpdate,
  type RoomSignal,
  roomEventById,
  runInRoom,
  recentChat,
  settleRun,
  settleRuns,
} from '@/lib/rooms/live';
import { appendRoomEvent, type RoomEventData } from '@/lib/rooms/timeline';
import type { LanguageId } from '@/server/sandbox/types';

/** codemeet-api.md's event format, the same over Socket.IO and the plain WebSocket. */
export interface Envelope {
  event: string;
  data: unknown;
  timestamp: string;
  sender?: string;
}

/** One client in a room: a Socket.IO socket (with or without Yjs) or a plain WebSocket. */
export interface RoomConnection {
  readonly id: string;
  readonly actor: UserActor;
  /** Speaks Yjs (y:sync, y:awareness): the app's editor. Others get code_change with the whole file. */
  readonly yjs: boolean;
  send(envelope: Envelope): void;
  sendBinary(event: 'y:sync' | 'y:awareness', message: Uint8Array): void;
  close(reason: string): void;
}

interface Member {
  userId: number;
  role: InterviewRole;
  displayName: string;
}

/** The server's copy of one room while someone on this instance is in it. */
class LiveRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<RoomConnection>();
  /** Awareness client ids each connection announced, removed when it leaves. */
  readonly awarenessIds = new Map<RoomConnection, Set<number>>();
  /** Runs still going, with the output chunks already relayed. */
  readonly runs = new Map<number, number>();
  /** Editor update rows this instance stored itself (already in `doc`), until their `room.doc` arrives. */
  readonly ownUpdates = new Set<number>();
  /** The same for parked signals. */
  readonly ownSignals = new Set<number>();
  /**
   * What each client without Yjs last saw of the document: its whole-file code_change is diffed
   * against this, not against the room's current text, so the partner's newer edits survive it.
   */
  readonly shadows = new Map<RoomConnection, Y.Doc>();
  /** The bytes of editor updates the document holds (stored, or to be), against MAX_ROOM_DOC_BYTES. */
  docBytes = 0;
  private codeTimer: NodeJS.Timeout | undefined;
  private codeSender: string | undefined;

  constructor(
    readonly roomId: number,
    public status: RoomStatus,
    readonly language: LanguageId,
    readonly members: Map<number, Member>,
  ) {
    this.awareness.setLocalState(null);
  }

  broadcast(envelope: Envelope, except?: (c: RoomConnection) => boolean): void {
    for (const c of this.connections) if (!except?.(c)) c.send(envelope);
  }

  broadcastBinary(event: 'y:sync' | 'y:awareness', message: Uint8Array, except?: RoomConnection): void {
    for (const c of this.connections) if (c !== except && c.yjs) c.sendBinary(event, message);
  }

  /** A client without Yjs starts from the document as it is now (room_state sends it the same text). */
  addShadow(connection: RoomConnection): void {
    const shadow = new Y.Doc();
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
    this.shadows.set(connection, shadow);
  }

  removeShadow(connection: RoomConnection): void {
    this.shadows.get(connection)?.destroy();
    this.shadows.delete(connection);
  }

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
  accept(update: Uint8Array, connection: RoomConnection): void {
    const { gap, newItems } = inspectUpdate(this.doc, update);
    if (gap) throw new AppError('CONFLICT', OUT_OF_SYNC);
    const historyFull = this.docBytes + update.byteLength > MAX_ROOM_DOC_BYTES;
    const mayBeTooLong = this.doc.getText(CODE_TEXT).length + newItems > MAX_CODE_LENGTH;
    if (historyFull || mayBeTooLong || !LIVE_STATUSES.includes(this.status)) {
      const { changes, codeLength } = tryUpdate(this.doc, update);
      if (!changes) return;
      assertLive(this);
      if (historyFull) throw new AppError('VALIDATION_ERROR', ROOM_HISTORY_FULL);
      if (codeLength > MAX_CODE_LENGTH) throw new AppError('VALIDATION_ERROR', CODE_TOO_LONG);
    }
    Y.applyUpdate(this.doc, update, connection);
  }

  /** A whole file from a client without Yjs: its changes against what it last saw, merged into the document. */
  mergeWholeFile(connection: RoomConnection, code: string): void {
    const shadow = this.shadows.get(connection);
    if (!shadow) return;
    // The diff is made on a copy, so a refused file leaves the shadow as this client last saw it.
    const scratch = new Y.Doc();
    scratch.clientID = shadow.clientID;
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(shadow));
    const before = Y.encodeStateVector(scratch);
    replaceText(scratch.getText(CODE_TEXT), code);
    const update = Y.encodeStateAsUpdate(scratch, before);
    scratch.destroy();
    this.accept(update, connection);
    Y.applyUpdate(shadow, update);
  }

  /**
   * Clients without Yjs hear the whole file, at most every 50 ms, when it differs from what they
   * last saw: the merge of their own change included, so they never re-send an old text.
   */
  scheduleCodeChange(sender: string | undefined): void {
    this.codeSender = sender;
    if (this.codeTimer || this.shadows.size === 0) return;
    this.codeTimer = setTimeout(() => {
      this.codeTimer = undefined;
      const code = this.doc.getText(CODE_TEXT).toString();
      for (const [connection, shadow] of this.shadows) {
        const seen = shadow.getText(CODE_TEXT).toString();
        Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(shadow)));
        if (seen !== code) connection.send(stamp('code_change', { language: this.language, code }, this.codeSender));
      }
    }, 50);
  }

  destroy(): void {
    clearTimeout(this.codeTimer);
    for (const shadow of this.shadows.values()) shadow.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function stamp(event: string, data: unknown, sender?: string): Envelope {
  return { event, data, timestamp: new Date().toISOString(), ...(sender ? { sender } : {}) };
}

const MAX_AWARENESS_BYTES = 16 * 1024;
const MAX_AWARENESS_STATES = 4;

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
  const { user, ...rest } = state as { user?: unknown };
  if (user === undefined) return JSON.stringify(rest);
  const color = (user as { color?: unknown } | null)?.color;
  return JSON.stringify({ ...rest, user: { name: displayName, ...(typeof color === 'string' && HEX_COLOR.test(color) ? { color } : {}) } });
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** The origin of awareness changes that came from another instance: relayed here, never parked again. */
const OTHER_INSTANCE = Symbol('other instance');

const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * Every room open on this instance. Typing reaches the partner's connections here at once and is
 * stored as it comes; chat, runs, their output and state changes are stored first and relayed
 * from the domain bus, so every instance with the room open (and a restarted one) sees the same
 * timeline. Other instances learn of new editor updates by id (`room.doc`) and read the rows.
 */
export class RoomHub {
  private readonly rooms = new Map<number, Promise<LiveRoom>>();
  private readonly stops: Array<() => void> = [];
  private pending: Array<{ room: LiveRoom; update: DocUpdate; attempts?: number }> = [];
  private pendingSignals: Array<{ room: LiveRoom; signal: RoomSignal }> = [];
  private readonly pruning: NodeJS.Timeout;
  private flushTimer: NodeJS.Immediate | undefined;
  private flushing = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db) {
    this.stops.push(
      subscribe('room.doc', ({ rows }) => this.onDocStored(rows)),
      subscribe('room.signal', ({ rows }) => this.onSignalStored(rows)),
      subscribe('room.changed', ({ roomId }) => this.onRoomChanged(roomId)),
      subscribe('room.event', ({ roomId, eventId }) => this.onRoomEvent(roomId, eventId)),
      subscribe('job.output', ({ jobId }) => this.onJobOutput(jobId)),
      subscribe('job.finished', ({ jobId }) => this.onJobFinished(jobId)),
      subscribe('session.revoked', ({ sessionId }) => this.closeSession(sessionId)),
    );
    this.pruning = setInterval(
      () => void pruneSignals(db).catch((error: unknown) => logger.warn({ err: error }, 'pruning room signals failed')),
      30_000,
    ).unref();
  }

  /** Adds a connection already checked as a member of the room; sends it the room's state. */
  async attach(connection: RoomConnection, roomId: number): Promise<void> {
    const room = await this.load(roomId);
    const firstOfUser = ![...room.connections].some((c) => c.actor.userId === connection.actor.userId);
    room.connections.add(connection);
    if (!connection.yjs) room.addShadow(connection);
    const present = [...new Set([...room.connections].map((c) => c.actor.userId))];
    const chat = await recentChat(this.db, roomId);
    connection.send(
      stamp('room_state', {
        roomId: encodeId('room', roomId),
        status: room.status,
        language: room.language,
        code: room.doc.getText(CODE_TEXT).toString(),
        participants: [...room.members.values()].map((m) => ({
          userId: encodeId('user', m.userId),
          role: m.role,
          displayName: m.displayName,
          online: present.includes(m.userId),
        })),
        chat: chat.map((event) => this.chatMessage(room, event)),
      }),
    );
    if (connection.yjs) {
      connection.sendBinary(
        'y:sync',
        syncMessage((e) => syncProtocol.writeSyncStep1(e, room.doc)),
      );
      const states = [...room.awareness.getStates().keys()];
      if (states.length) connection.sendBinary('y:awareness', awarenessProtocol.encodeAwarenessUpdate(room.awareness, states));
    }
    const member = room.members.get(connection.actor.userId);
    if (firstOfUser && member) await appendRoomEvent(this.db, roomId, connection.actor.userId, 'joined', { role: member.role });
  }

  /** A connection went away; the user leaves when it was their last one here. */
  async detach(connection: RoomConnection, roomId: number, reason: string): Promise<void> {
    const pending = this.rooms.get(roomId);
    if (!pending) return;
    const room = await pending;
    if (!room.connections.delete(connection)) return;
    room.removeShadow(connection);
    const ids = room.awarenessIds.get(connection);
    room.awarenessIds.delete(connection);
    if (ids?.size) awarenessProtocol.removeAwarenessStates(room.awareness, [...ids], null);
    const stillHere = [...room.connections].some((c) => c.actor.userId === connection.actor.userId);
    if (!stillHere) await appendRoomEvent(this.db, roomId, connection.actor.userId, 'left', { reason }).catch(() => undefined);
    // Nobody here any more: the room is unloaded. Its runs still end on its timeline (settled
    // when it is opened again, or replayed), and other instances keep their own copies.
    if (room.connections.size === 0 && this.rooms.get(roomId) === pending) {
      this.rooms.delete(roomId);
      room.destroy();
    }
  }

  /**
   * A Yjs sync message from a client: a state vector is answered with what the client lacks; an
   * update goes into the document (within its budget), is stored and reaches the others.
   */
  async ySync(connection: RoomConnection, roomId: number, message: Uint8Array): Promise<void> {
    const room = await this.loaded(roomId);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      // What the client lacks, then what this document holds: the client answers with what the
      // server lacks. So a client that was refused an update (a rate limit, a gap) syncs again
      // by sending its state vector, without reconnecting.
      const reply = encoding.createEncoder();
      syncProtocol.readSyncStep1(decoder, reply, room.doc);
      connection.sendBinary('y:sync', encoding.toUint8Array(reply));
      connection.sendBinary(
        'y:sync',
        syncMessage((e) => syncProtocol.writeSyncStep1(e, room.doc)),
      );
      return;
    }
    if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
      throw new AppError('VALIDATION_ERROR', 'Unknown Yjs sync message');
    }
    room.accept(decoding.readVarUint8Array(decoder), connection);
  }

  /**
   * A client's cursor and name (awareness). A connection speaks for its own awareness ids only:
   * one another connection announced is refused, so nobody moves or removes their partner's
   * cursor; and a few small states are all an editor needs. The name on a cursor is the member's
   * own display name, whatever the client announced, so nobody labels their cursor as someone else.
   */
  async yAwareness(connection: RoomConnection, roomId: number, message: Uint8Array): Promise<void> {
    const room = await this.loaded(roomId);
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
    awarenessProtocol.applyAwarenessUpdate(room.awareness, encoding.toUint8Array(named), connection);
  }

  /** code_change from a client without Yjs: the whole file, merged into the shared document. */
  async codeChange(connection: RoomConnection, roomId: number, code: string): Promise<void> {
    const room = await this.loaded(roomId);
    room.mergeWholeFile(connection, code);
  }

  chat(connection: RoomConnection, roomId: number, message: string): Promise<RoomEvent> {
    return postChat(this.db, connection.actor, roomId, message);
  }

  async runCode(connection: RoomConnection, roomId: number, input: { language: LanguageId; code: string; input: string }): Promise<number> {
    const { job } = await runInRoom(this.db, connection.actor, roomId, input);
    return job.id;
  }

  /** WebRTC signalling goes to the partner's connections on this instance. */
  async signal(connection: RoomConnection, roomId: number, data: unknown): Promise<void> {
    const room = await this.loaded(roomId);
    const sender = encodeId('user', connection.actor.userId);
    room.broadcast(stamp('signal', data, sender), (c) => c.actor.userId === connection.actor.userId);
    const payload = new TextEncoder().encode(JSON.stringify(data));
    this.queueSignal(room, { roomId, userId: connection.actor.userId, kind: 'signal', payload });
  }

  async close(): Promise<void> {
    for (const stop of this.stops) stop();
    clearInterval(this.pruning);
    // Whatever was typed is stored before the connections go.
    clearImmediate(this.flushTimer);
    await this.writing;
    await this.flush();
    for (const pending of this.rooms.values()) {
      const room = await pending.catch(() => null);
      if (!room) continue;
      // Room connections are left to the server's own shutdown: Socket.IO clients then reconnect
      // (to this instance restarted, or another), where a close from here would tell them to stop.
      room.destroy();
    }
    this.rooms.clear();
  }

  private async loaded(roomId: number): Promise<LiveRoom> {
    const pending = this.rooms.get(roomId);
    if (!pending) throw new AppError('CONFLICT', 'Join the room first');
    return pending;
  }

  private load(roomId: number): Promise<LiveRoom> {
    let pending = this.rooms.get(roomId);
    if (!pending) {
      pending = this.open(roomId);
      this.rooms.set(roomId, pending);
      pending.catch(() => this.rooms.delete(roomId));
    }
    return pending;
  }

  private async open(roomId: number): Promise<LiveRoom> {
    const [row] = await this.db.select().from(rooms).where(eq(rooms.id, roomId));
    if (!row) throw new AppError('ROOM_NOT_FOUND', 'Room not found');
    const memberRows = await roomParticipants(this.db, roomId);
    const room = new LiveRoom(roomId, row.status, row.language, new Map(memberRows.map((m) => [m.userId, m])));
    const stored = await roomDocUpdatesOf(this.db, roomId);
    if (stored.length) Y.applyUpdate(room.doc, Y.mergeUpdates(stored.map((r) => r.update)), 'db');
    room.docBytes = stored.reduce((sum, r) => sum + r.update.byteLength, 0);
    room.doc.on('update', (update: Uint8Array, origin: unknown) => {
      room.docBytes += update.byteLength;
      this.onLocalUpdate(room, update, origin);
    });
    room.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = added.concat(updated, removed);
        const from = origin instanceof Object && 'sendBinary' in origin ? (origin as RoomConnection) : undefined;
        if (from) {
          const ids = room.awarenessIds.get(from) ?? new Set<number>();
          added.forEach((id) => ids.add(id));
          removed.forEach((id) => ids.delete(id));
          room.awarenessIds.set(from, ids);
        }
        const message = awarenessProtocol.encodeAwarenessUpdate(room.awareness, changed);
        room.broadcastBinary('y:awareness', message, from);
        // Other instances hear it too, unless it came from one, or is this instance's own timeout of a remote state.
        if (origin !== OTHER_INSTANCE && origin !== 'timeout') {
          this.queueSignal(room, { roomId: room.roomId, userId: from?.actor.userId ?? null, kind: 'awareness', payload: message });
        }
      },
    );
    // Runs a restart cut off: their output goes on the timeline if they ended meanwhile, else is awaited.
    for (const jobId of await settleRuns(this.db, roomId)) room.runs.set(jobId, 0);
    return room;
  }

  private onLocalUpdate(room: LiveRoom, update: Uint8Array, origin: unknown): void {
    const from = origin instanceof Object && 'sendBinary' in origin ? (origin as RoomConnection) : undefined;
    // The partner sees it at once; it is stored meanwhile (a failed write is healed by the next sync: the client still has it).
    room.broadcastBinary(
      'y:sync',
      syncMessage((e) => syncProtocol.writeUpdate(e, update)),
      from,
    );
    const sender = from ? encodeId('user', from.actor.userId) : undefined;
    room.scheduleCodeChange(sender);
    if (origin === 'db' || !from) return;
    this.queueWrite(room, { roomId: room.roomId, userId: from.actor.userId, update });
  }

  /**
   * Editor updates are stored in batches, one statement for all rooms: what arrived while the
   * previous batch was being written goes in the next (group commit), so a quiet room's keystroke
   * is stored at once and a busy server writes fewer, larger batches. A keystroke a row made the
   * database the bottleneck (on PGlite, the event loop). The partner on this instance has the
   * update already; a crash before it is stored loses nothing either, because both clients still
   * hold it and the next sync sends it again.
   */
  private queueWrite(room: LiveRoom, update: DocUpdate): void {
    const last = this.pending.at(-1);
    // Consecutive keystrokes of one author in one room become one row.
    if (last && last.update.roomId === update.roomId && last.update.userId === update.userId) {
      last.update = { ...update, update: Y.mergeUpdates([last.update.update, update.update]) };
    } else this.pending.push({ room, update });
    this.scheduleFlush();
  }

  /** Cursors and signalling for the room's connections on other instances, parked with the next batch. */
  private queueSignal(room: LiveRoom, signal: RoomSignal): void {
    this.pendingSignals.push({ room, signal });
    this.scheduleFlush();
  }

  /** The next batch goes once this turn of the event loop is over, or when the batch being written is. */
  private scheduleFlush(): void {
    if (this.flushing || this.flushTimer) return;
    this.flushTimer = setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    const batch = this.pending.splice(0);
    const signals = this.pendingSignals.splice(0);
    if (batch.length === 0 && signals.length === 0) return;
    this.flushing = true;
    const write = Promise.all([
      recordDocUpdates(
        this.db,
        batch.map((b) => b.update),
        (ids) => ids.forEach((id, i) => batch[i]!.room.ownUpdates.add(id)),
      ).catch((error: unknown) => this.retry(batch, error)),
      recordSignals(
        this.db,
        signals.map((s) => s.signal),
        (ids) => ids.forEach((id, i) => signals[i]!.room.ownSignals.add(id)),
      ).catch((error: unknown) => logger.warn({ err: error, rows: signals.length }, 'parking room signals failed')),
    ]).then(() => undefined);
    this.writing = write;
    await write;
    this.flushing = false;
    if (this.pending.length || this.pendingSignals.length) this.scheduleFlush();
  }

  /**
   * A batch that could not be stored goes back to the head of the queue and is tried again a
   * little later (the server's document already has it, so a client would not send it again);
   * after a few failures it is logged and given up, one room at a time, so one bad row does not
   * hold the others back.
   */
  private retry(batch: Array<{ room: LiveRoom; update: DocUpdate; attempts?: number }>, error: unknown): void {
    const again = batch.map((b) => ({ ...b, attempts: (b.attempts ?? 0) + 1 }));
    const kept = again.filter((b) => b.attempts <= 5);
    logger.error({ err: error, rows: batch.length, retrying: kept.length }, 'storing editor updates failed');
    if (kept.length === 0) return;
    this.pending.unshift(...kept);
    setTimeout(() => this.scheduleFlush(), 200 * kept[0]!.attempts).unref();
  }

  /** Applies every stored update of a room held here (idempotent: Yjs skips what it has). */
  private async catchUp(roomId: number): Promise<void> {
    const pending = this.rooms.get(roomId);
    if (!pending) return;
    try {
      const room = await pending;
      const stored = await roomDocUpdatesOf(this.db, roomId);
      if (stored.length) Y.applyUpdate(room.doc, Y.mergeUpdates(stored.map((r) => r.update)), 'db');
    } catch (error) {
      logger.error({ err: error, roomId }, 'catching up a room document failed');
    }
  }

  /** Cursors and signalling parked by another instance: passed on to the connections held here. */
  private onSignalStored(rows: Array<[number, number]>): void {
    void this.heldRows(rows, (room, id) => room.ownSignals.delete(id))
      .then(async ({ byRoom, fresh }) => {
        if (fresh.length === 0) return;
        for (const row of await signalsByIds(this.db, fresh)) {
          const room = byRoom.get(row.roomId);
          if (!room) continue;
          if (row.kind === 'awareness') awarenessProtocol.applyAwarenessUpdate(room.awareness, row.payload, OTHER_INSTANCE);
          else {
            const data: unknown = JSON.parse(new TextDecoder().decode(row.payload));
            const sender = row.userId ? encodeId('user', row.userId) : undefined;
            room.broadcast(stamp('signal', data, sender), (c) => c.actor.userId === row.userId);
          }
        }
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'passing on room signals failed'));
  }

  /** Of announced [roomId, rowId] pairs, the rooms held here and the rows this instance did not write itself. */
  private async heldRows(
    rows: Array<[number, number]>,
    own: (room: LiveRoom, id: number) => boolean,
  ): Promise<{ byRoom: Map<number, LiveRoom>; fresh: number[] }> {
    const byRoom = new Map<number, LiveRoom>();
    const fresh: number[] = [];
    for (const [roomId, id] of rows) {
      const pending = this.rooms.get(roomId);
      if (!pending) continue;
      const room = await pending;
      byRoom.set(roomId, room);
      if (!own(room, id)) fresh.push(id);
    }
    return { byRoom, fresh };
  }

  /** Rows another instance stored: applied to the rooms held here, in the order they were stored. */
  private onDocStored(rows: Array<[number, number]>): void {
    void this.heldRows(rows, (room, id) => room.ownUpdates.delete(id))
      .then(async ({ byRoom, fresh }) => {
        if (fresh.length === 0) return;
        for (const row of await docUpdatesByIds(this.db, fresh)) {
          const room = byRoom.get(row.roomId);
          if (room) Y.applyUpdate(room.doc, row.update, 'db');
        }
      })
      .catch((error: unknown) => {
        // Missed rows would leave this copy behind for good: read the rooms' whole history again instead.
        logger.warn({ err: error }, 'applying stored editor updates failed; catching up');
        for (const roomId of new Set(rows.map(([id]) => id))) void this.catchUp(roomId);
      });
  }

  private onRoomEvent(roomId: number, eventId: number): void {
    const pending = this.rooms.get(roomId);
    if (!pending) return;
    void Promise.all([pending, roomEventById(this.db, eventId)])
      .then(([room, event]) => event && this.relay(room, event))
      .catch((error: unknown) => logger.warn({ err: error, roomId, eventId }, 'relaying a room event failed'));
  }

  /** A room's state changed (a room nobody started was called off, say): its connections hear the new status. */
  private onRoomChanged(roomId: number): void {
    const pending = this.rooms.get(roomId);
    if (!pending) return;
    void Promise.all([pending, this.db.select({ status: rooms.status }).from(rooms).where(eq(rooms.id, roomId))])
      .then(([room, [row]]) => {
        if (!row || row.status === room.status) return;
        room.status = row.status;
        room.broadcast(stamp('room_status', { status: row.status }));
      })
      .catch((error: unknown) => logger.warn({ err: error, roomId }, 'reading a changed room failed'));
  }

  /** A stored room event, as the contract's event to each connection of the room here. */
  private relay(room: LiveRoom, event: RoomEvent): void {
    const sender = event.userId ? encodeId('user', event.userId) : undefined;
    const who = event.userId ? room.members.get(event.userId) : undefined;
    const at = event.createdAt.toISOString();
    const send = (name: string, data: unknown, except?: (c: RoomConnection) => boolean) =>
      room.broadcast({ event: name, data, timestamp: at, ...(sender ? { sender } : {}) }, except);
    const notSender = (c: RoomConnection) => c.actor.userId === event.userId;
    switch (event.kind) {
      case 'chat':
        send('chat_message', this.chatMessage(room, event));
        break;
      case 'joined':
        send('user_joined', { userId: sender, displayName: who?.displayName ?? '', role: who?.role }, notSender);
        break;
      case 'left':
        send('user_left', { userId: sender, reason: (event.data as unknown as RoomEventData['left']).reason }, notSender);
        break;
      case 'run': {
        const data = event.data as unknown as RoomEventData['run'];
        if (!room.runs.has(data.jobId)) room.runs.set(data.jobId, 0);
        // A quick run may have ended before this event reached here: its end is not missed.
        void settleRun(this.db, room.roomId, data.jobId).catch((error: unknown) =>
          logger.warn({ err: error, jobId: data.jobId }, 'settling a run failed'),
        );
        send('run_started', { jobId: encodeId('job', data.jobId), language: data.language, input: data.input });
        break;
      }
      case 'output': {
        const data = event.data as unknown as RoomEventData['output'];
        room.runs.delete(data.jobId);
        send('code_output', {
          jobId: encodeId('job', data.jobId),
          output: data.output,
          error: data.error,
          runtime: data.runtime,
          status: data.status,
        });
        break;
      }
      case 'verdict': {
        const data = event.data as unknown as RoomEventData['verdict'];
        send('submission_result', { ...data, submissionId: encodeId('submission', data.submissionId) });
        break;
      }
      case 'started':
        room.status = 'active';
        send('interview_started', { ...(event.data as unknown as RoomEventData['started']), startedAt: at });
        break;
      case 'ended':
        room.status = 'ended';
        send('interview_ended', { ...(event.data as unknown as RoomEventData['ended']), endedAt: at });
        break;
      case 'hint':
        // Only that a hint was revealed: its text comes from GET /api/v1/rooms/{id}, which knows who may read it.
        send('hint_revealed', { index: (event.data as unknown as RoomEventData['hint']).index });
        break;
    }
  }

  /** chat_message's data, as the contract draws it. */
  private chatMessage(room: LiveRoom, event: RoomEvent) {
    const userId = event.userId ?? 0;
    return {
      message: (event.data as unknown as RoomEventData['chat']).message,
      sender: { userId: encodeId('user', userId), displayName: room.members.get(userId)?.displayName ?? '' },
      timestamp: event.createdAt.toISOString(),
    };
  }

  /** A run's new output, streamed to the room as partial code_output. */
  private onJobOutput(jobId: number): void {
    for (const pending of this.rooms.values()) {
      void pending
        .then(async (room) => {
          const after = room.runs.get(jobId);
          if (after === undefined) return;
          const chunks = await outputSince(this.db, jobId, after);
          // Two close events may read the same chunks: only those not relayed meanwhile go out.
          const relayed = room.runs.get(jobId);
          if (relayed === undefined) return;
          const fresh = chunks.filter((chunk) => chunk.seq > relayed);
          if (fresh.length === 0) return;
          room.runs.set(jobId, fresh.at(-1)!.seq);
          for (const chunk of fresh) {
            room.broadcast(
              stamp('code_output', { jobId: encodeId('job', jobId), partial: true, stream: chunk.stream, output: chunk.text }),
            );
          }
        })
        .catch((error: unknown) => logger.warn({ err: error, jobId }, 'streaming run output failed'));
    }
  }

  private onJobFinished(jobId: number): void {
    for (const pending of this.rooms.values()) {
      void pending
        .then((room) => (room.runs.has(jobId) ? settleRun(this.db, room.roomId, jobId) : null))
        .catch((error: unknown) => logger.warn({ err: error, jobId }, 'settling a run failed'));
    }
  }

  /** A log-out anywhere closes that log-in's room connections here. */
  private closeSession(sessionId: string): void {
    for (const pending of this.rooms.values()) {
      void pending.then(
        (room) => {
          for (const c of room.connections) if (c.actor.sessionId === sessionId) c.close('session_revoked');
        },
        () => undefined,
      );
    }
  }
}
