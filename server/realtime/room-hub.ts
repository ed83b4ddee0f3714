import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { rooms, type RoomEvent, type RoomEventOf } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { subscribe } from '@/lib/events';
import { logger } from '@/lib/logger';
import { roomParticipants } from '@/lib/rooms/access';
import { CODE_TEXT } from '@/lib/rooms/document';
import { postChat, recentChat, roomDocUpdatesOf, roomEventById, runInRoom, type RoomRunInput } from '@/lib/rooms/live';
import { appendRoomEvent } from '@/lib/rooms/timeline';
import { stamp, type RoomConnection } from './room/connection';
import { acceptWholeFile, answerSync, applyStored, openSync, watchDocument } from './room/document-sync';
import { LiveRoom } from './room/live-room';
import { acceptAwareness, awarenessNow, forgetAwareness, sendSignal, watchAwareness } from './room/presence';
import { presentRoomEvent, roomState } from './room/presenter';
import { RunStream } from './room/run-stream';
import { StoredRelay, type RoomRelay } from './room/stored-relay';

export type { Envelope, RoomConnection } from './room/connection';

/**
 * Every room open on this instance, and the one way in for both transports (server/realtime/rooms.ts).
 * Typing reaches the partner's connections here at once and is stored as it comes; chat, runs,
 * their output and state changes are stored first and relayed from the domain bus, so every
 * instance with the room open (and a restarted one) sees the same timeline. The parts:
 * - room/document-sync.ts: the shared editor (Yjs sync, edit budgets; room/whole-file.ts for clients without Yjs);
 * - room/presence.ts: cursors and WebRTC signalling;
 * - room/run-stream.ts: runs' output while they run;
 * - room/presenter.ts: stored room events as the contract's events;
 * - room/stored-relay.ts: editor updates and signals to and from other instances (the database, by id).
 */
export class RoomHub {
  private readonly rooms = new Map<number, Promise<LiveRoom>>();
  private readonly stops: Array<() => void> = [];
  private readonly relay: RoomRelay;
  private readonly runs: RunStream;

  constructor(private readonly db: Db) {
    this.relay = new StoredRelay(db, (roomId) => this.rooms.get(roomId));
    this.runs = new RunStream(db, () => this.rooms.values());
    this.stops.push(
      subscribe('room.changed', ({ roomId }) => this.onRoomChanged(roomId)),
      subscribe('room.event', ({ roomId, eventId }) => this.onRoomEvent(roomId, eventId)),
      subscribe('job.output', ({ jobId }) => this.runs.output(jobId)),
      subscribe('job.finished', ({ jobId }) => this.runs.finished(jobId)),
      subscribe('session.revoked', ({ sessionId }) => this.closeSession(sessionId)),
    );
  }

  /** Adds a connection already checked as a member of the room; sends it the room's state. */
  async attach(connection: RoomConnection, roomId: number): Promise<void> {
    const room = await this.load(roomId);
    const firstOfUser = !room.hasUser(connection.actor.userId);
    room.connections.add(connection);
    if (!connection.yjs) room.wholeFile.add(connection);
    const chat = await recentChat(this.db, roomId);
    connection.send(stamp('room_state', roomState(room, room.doc.getText(CODE_TEXT).toString(), chat)));
    if (connection.yjs) {
      openSync(room, connection);
      const cursors = awarenessNow(room);
      if (cursors) connection.sendBinary('y:awareness', cursors);
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
    room.wholeFile.remove(connection);
    forgetAwareness(room, connection);
    if (!room.hasUser(connection.actor.userId)) {
      await appendRoomEvent(this.db, roomId, connection.actor.userId, 'left', { reason }).catch(() => undefined);
    }
    // Nobody here any more: the room is unloaded. Its runs still end on its timeline (settled
    // when it is opened again, or replayed), and other instances keep their own copies.
    if (room.connections.size === 0 && this.rooms.get(roomId) === pending) {
      this.rooms.delete(roomId);
      room.destroy();
    }
  }

  /** A Yjs sync message from a client (document-sync.ts answerSync). */
  async ySync(connection: RoomConnection, roomId: number, message: Uint8Array): Promise<void> {
    answerSync(await this.loaded(roomId), connection, message);
  }

  /** A client's cursor and name (presence.ts acceptAwareness). */
  async yAwareness(connection: RoomConnection, roomId: number, message: Uint8Array): Promise<void> {
    acceptAwareness(await this.loaded(roomId), connection, message);
  }

  /** code_change from a client without Yjs: the whole file, merged into the shared document. */
  async codeChange(connection: RoomConnection, roomId: number, code: string): Promise<void> {
    acceptWholeFile(await this.loaded(roomId), connection, code);
  }

  chat(connection: RoomConnection, roomId: number, message: string): Promise<RoomEventOf<'chat'>> {
    return postChat(this.db, connection.actor, roomId, message);
  }

  async runCode(connection: RoomConnection, roomId: number, input: RoomRunInput): Promise<number> {
    const { job } = await runInRoom(this.db, connection.actor, roomId, input);
    return job.id;
  }

  /** WebRTC signalling goes to the partner's connections, here and on other instances. */
  async signal(connection: RoomConnection, roomId: number, data: unknown): Promise<void> {
    const room = await this.loaded(roomId);
    sendSignal(room, connection, data, (signal) => this.relay.signal(room, signal));
  }

  async close(): Promise<void> {
    for (const stop of this.stops) stop();
    await this.relay.close();
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
    applyStored(
      room,
      stored.map((r) => r.update),
    );
    room.docBytes = stored.reduce((sum, r) => sum + r.update.byteLength, 0);
    watchDocument(room, (update) => this.relay.update(room, update));
    watchAwareness(room, (signal) => this.relay.signal(room, signal));
    await this.runs.resume(room);
    return room;
  }

  private onRoomEvent(roomId: number, eventId: number): void {
    const pending = this.rooms.get(roomId);
    if (!pending) return;
    void Promise.all([pending, roomEventById(this.db, eventId)])
      .then(([room, event]) => event && this.relayEvent(room, event))
      .catch((error: unknown) => logger.warn({ err: error, roomId, eventId }, 'relaying a room event failed'));
  }

  /** A stored room event: what it changes in this copy of the room, then the contract's event to each connection here. */
  private relayEvent(room: LiveRoom, event: RoomEvent): void {
    if (event.kind === 'run') this.runs.started(room, event.data.jobId);
    else if (event.kind === 'output') this.runs.ended(room, event.data.jobId);
    else if (event.kind === 'started') room.status = 'active';
    else if (event.kind === 'ended') room.status = 'ended';
    const { envelope, toOthersOnly } = presentRoomEvent(event, room.members);
    room.broadcast(envelope, toOthersOnly ? (c) => c.actor.userId === event.userId : undefined);
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
