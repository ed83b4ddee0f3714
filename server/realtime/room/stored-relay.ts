import * as Y from 'yjs';
import type { Db } from '@/db';
import { subscribe } from '@/lib/events';
import { logger } from '@/lib/logger';
import {
  docUpdatesByIds,
  pruneSignals,
  recordDocUpdates,
  recordSignals,
  roomDocUpdatesOf,
  signalsByIds,
  type DocUpdate,
  type RoomSignal,
} from '@/lib/rooms/live';
import { applyStored } from './document-sync';
import type { LiveRoom } from './live-room';
import { receiveSignal } from './presence';

/**
 * How what happens in a room here reaches the same room on the other instances, and what they
 * send back: the seam an adapter between instances (a message stream) plugs into.
 */
export interface RoomRelay {
  /** A member's editor update, applied to this copy of the room: kept (the room's history) and passed on. */
  update(room: LiveRoom, update: DocUpdate): void;
  /** Cursors and WebRTC signalling: passed on, not kept. */
  signal(room: LiveRoom, signal: RoomSignal): void;
  /** Keeps whatever is still queued, and stops passing anything on. */
  close(): Promise<void>;
}

/** The rooms this instance holds, by id, for what arrives from other instances. */
export type HeldRooms = (roomId: number) => Promise<LiveRoom> | undefined;

/** Consecutive editor updates of one author in one room: one row, their merge. */
interface QueuedUpdate {
  room: LiveRoom;
  roomId: number;
  userId: number | null;
  updates: Uint8Array[];
  attempts?: number;
}

/** Rows this instance wrote for one copy of a room (already applied to it), until their announcement arrives. */
interface OwnRows {
  updates: Set<number>;
  signals: Set<number>;
}

/**
 * The relay through the database: editor updates are stored as rows (the room's history, which
 * replays and restarts read) and cursors and signalling parked for a minute; either is announced
 * by id on the domain bus (`room.doc`, `room.signal`), and each instance reads the rows it did
 * not write itself.
 *
 * Writes go in batches, one statement for all rooms: what arrives while the previous batch is
 * written goes in the next (group commit), so a quiet room's keystroke is stored at once and a
 * busy server writes fewer, larger batches (a row per keystroke made the database the bottleneck;
 * on PGlite, the event loop). The partner on this instance has an update already; a crash before
 * it is stored loses nothing either, because both clients still hold it and the next sync sends it again.
 */
export class StoredRelay implements RoomRelay {
  private pending: QueuedUpdate[] = [];
  private pendingSignals: Array<{ room: LiveRoom; signal: RoomSignal }> = [];
  private readonly own = new WeakMap<LiveRoom, OwnRows>();
  private readonly stops: Array<() => void>;
  private readonly pruning: NodeJS.Timeout;
  private flushTimer: NodeJS.Immediate | undefined;
  private flushing = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly held: HeldRooms,
  ) {
    this.stops = [
      subscribe('room.doc', ({ rows }) => this.onDocStored(rows)),
      subscribe('room.signal', ({ rows }) => this.onSignalStored(rows)),
    ];
    this.pruning = setInterval(
      () => void pruneSignals(db).catch((error: unknown) => logger.warn({ err: error }, 'pruning room signals failed')),
      30_000,
    ).unref();
  }

  update(room: LiveRoom, { roomId, userId, update }: DocUpdate): void {
    const last = this.pending.at(-1);
    // Consecutive keystrokes of one author in one room become one row, merged once when written:
    // merging each into the last as it came cost time quadratic in what piled up (a few 90 KB
    // pastes behind a slow write stalled the server for seconds).
    if (last && last.roomId === roomId && last.userId === userId) last.updates.push(update);
    else this.pending.push({ room, roomId, userId, updates: [update] });
    this.scheduleFlush();
  }

  signal(room: LiveRoom, signal: RoomSignal): void {
    this.pendingSignals.push({ room, signal });
    this.scheduleFlush();
  }

  async close(): Promise<void> {
    for (const stop of this.stops) stop();
    clearInterval(this.pruning);
    // Whatever was typed is stored before the connections go.
    clearImmediate(this.flushTimer);
    await this.writing;
    await this.flush();
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
      this.store(batch),
      recordSignals(
        this.db,
        signals.map((s) => s.signal),
        (ids) => ids.forEach((id, i) => this.ownRows(signals[i]!.room).signals.add(id)),
      ).catch((error: unknown) => logger.warn({ err: error, rows: signals.length }, 'parking room signals failed')),
    ]).then(() => undefined);
    this.writing = write;
    await write;
    this.flushing = false;
    if (this.pending.length || this.pendingSignals.length) this.scheduleFlush();
  }

  /** One statement for the batch's rows, each the merge of its updates; a failed batch is tried again. */
  private async store(batch: QueuedUpdate[]): Promise<void> {
    if (batch.length === 0) return;
    try {
      const rows = batch.map(({ roomId, userId, updates }) => ({
        roomId,
        userId,
        update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates),
      }));
      await recordDocUpdates(this.db, rows, (ids) => ids.forEach((id, i) => this.ownRows(batch[i]!.room).updates.add(id)));
    } catch (error) {
      this.retry(batch, error);
    }
  }

  /**
   * A batch that could not be stored goes back to the head of the queue and is tried again a
   * little later (the server's document already has it, so a client would not send it again);
   * after a few failures it is logged and given up, one room at a time, so one bad row does not
   * hold the others back.
   */
  private retry(batch: QueuedUpdate[], error: unknown): void {
    const again = batch.map((b) => ({ ...b, attempts: (b.attempts ?? 0) + 1 }));
    const kept = again.filter((b) => b.attempts <= 5);
    logger.error({ err: error, rows: batch.length, retrying: kept.length }, 'storing editor updates failed');
    if (kept.length === 0) return;
    this.pending.unshift(...kept);
    setTimeout(() => this.scheduleFlush(), 200 * kept[0]!.attempts).unref();
  }

  private ownRows(room: LiveRoom): OwnRows {
    let rows = this.own.get(room);
    if (!rows) this.own.set(room, (rows = { updates: new Set(), signals: new Set() }));
    return rows;
  }

  /** Of announced [roomId, rowId] pairs, the rooms held here and the rows this instance did not write for them itself. */
  private async heldRows(rows: Array<[number, number]>, kind: keyof OwnRows): Promise<{ byRoom: Map<number, LiveRoom>; fresh: number[] }> {
    const byRoom = new Map<number, LiveRoom>();
    const fresh: number[] = [];
    for (const [roomId, id] of rows) {
      const pending = this.held(roomId);
      if (!pending) continue;
      const room = await pending;
      byRoom.set(roomId, room);
      if (!this.ownRows(room)[kind].delete(id)) fresh.push(id);
    }
    return { byRoom, fresh };
  }

  /** Rows another instance stored: applied to the rooms held here, in the order they were stored. */
  private onDocStored(rows: Array<[number, number]>): void {
    void this.heldRows(rows, 'updates')
      .then(async ({ byRoom, fresh }) => {
        if (fresh.length === 0) return;
        for (const row of await docUpdatesByIds(this.db, fresh)) {
          const room = byRoom.get(row.roomId);
          if (room) applyStored(room, [row.update]);
        }
      })
      .catch((error: unknown) => {
        // Missed rows would leave this copy behind for good: read the rooms' whole history again instead.
        logger.warn({ err: error }, 'applying stored editor updates failed; catching up');
        for (const roomId of new Set(rows.map(([id]) => id))) void this.catchUp(roomId);
      });
  }

  /** Applies every stored update of a room held here (idempotent: Yjs skips what it has). */
  private async catchUp(roomId: number): Promise<void> {
    const pending = this.held(roomId);
    if (!pending) return;
    try {
      const room = await pending;
      applyStored(
        room,
        (await roomDocUpdatesOf(this.db, roomId)).map((r) => r.update),
      );
    } catch (error) {
      logger.error({ err: error, roomId }, 'catching up a room document failed');
    }
  }

  /** Cursors and signalling parked by another instance: passed on to the connections held here. */
  private onSignalStored(rows: Array<[number, number]>): void {
    void this.heldRows(rows, 'signals')
      .then(async ({ byRoom, fresh }) => {
        if (fresh.length === 0) return;
        for (const row of await signalsByIds(this.db, fresh)) {
          const room = byRoom.get(row.roomId);
          if (room) receiveSignal(room, row);
        }
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'passing on room signals failed'));
  }
}
