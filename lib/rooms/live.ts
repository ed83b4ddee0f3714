import 'server-only';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import { withTransaction } from '@/db/transaction';
import {
  jobs,
  roomDocUpdates,
  roomEvents,
  roomSignals,
  type RoomSignalKind,
  type Job,
  type Room,
  type RoomEvent,
  type RoomEventOf,
  type RoomStatus,
} from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';
import { executionOutput } from '@/lib/execution/present';
import { startRun } from '@/lib/execution/service';
import type { LanguageId } from '@/lib/vocabulary/languages';
import type { ExecuteResult } from '@/lib/vocabulary/runs';
import { assertRoomStatus, roomForMember, type MemberView } from './access';
import { appendRoomEvent, storedRoomEvent } from './timeline';

/**
 * What happens inside a room while it is live: typing (Yjs updates), chat and runs. Every entry
 * point (Socket.IO, the plain WebSocket, routes) calls these, so membership and the room's state
 * are checked in one place.
 */

/** A member, in a room that still takes work: an ended room is read-only (409), an expired one gone (410). */
export async function liveRoomFor(db: Db, roomId: number, userId: number): Promise<MemberView> {
  const view = await roomForMember(db, roomId, userId);
  assertLive(view.room);
  return view;
}

/** The statuses in which a room takes work (edits, chat, runs): the hub asks the same of its copy. */
export const LIVE_STATUSES: readonly RoomStatus[] = ['waiting', 'active'];

/** A room that still takes work: an ended one is read-only (409), an expired one gone (410). */
export function assertLive(room: Pick<Room, 'status'>): void {
  assertRoomStatus(room.status, LIVE_STATUSES);
}

export const MAX_CHAT_LENGTH = 2000;

export async function postChat(db: Db, actor: UserActor, roomId: number, message: string): Promise<RoomEventOf<'chat'>> {
  const text = message.trim();
  if (!text) throw new AppError('VALIDATION_ERROR', 'Message is required', { fieldErrors: { message: ['Message is required'] } });
  if (text.length > MAX_CHAT_LENGTH || text.includes('\u0000')) {
    const reason = `Message must be at most ${MAX_CHAT_LENGTH} characters of text`;
    throw new AppError('VALIDATION_ERROR', reason, { fieldErrors: { message: [reason] } });
  }
  await liveRoomFor(db, roomId, actor.userId);
  return appendRoomEvent(db, roomId, actor.userId, 'chat', { message: text });
}

export interface RoomRunInput {
  language: LanguageId;
  code: string;
  input: string;
}

/**
 * run_code: the program goes to the execution tier's queue as the caller's job; a newer run by
 * the same member of the same room supersedes one still going. The run is on the room's
 * timeline at once; its output follows (settleRun) when the job ends.
 */
export async function runInRoom(db: Db, actor: UserActor, roomId: number, input: RoomRunInput): Promise<{ job: Job; event: RoomEvent }> {
  await liveRoomFor(db, roomId, actor.userId);
  // The job and its place on the timeline together: no run without its event, and the event is out before the job can end.
  return withTransaction(db, async (tx) => {
    const job = await startRun(tx, actor, { ...input, channel: `room-${roomId}` });
    const event = await appendRoomEvent(tx, roomId, actor.userId, 'run', {
      jobId: job.id,
      language: input.language,
      code: input.code,
      input: input.input,
    });
    return { job, event };
  });
}

/** How a run ended, as code_output says it: a run that never produced a result still says why in `error`. */
export function runOutcome(job: Job | { id: number; state: 'gone' }) {
  if (job.state === 'gone') {
    return { jobId: job.id, output: '', error: 'The run’s record is no longer kept', runtime: '0ms', status: 'failed' };
  }
  if (job.state === 'done' && job.result) {
    const out = executionOutput(job.result as ExecuteResult);
    return { jobId: job.id, output: out.output, error: out.error, runtime: out.runtime, status: out.status };
  }
  const reason =
    job.state === 'cancelled'
      ? `Cancelled: ${job.error ?? 'a newer run replaced it'}`
      : `The run could not be completed: ${job.error ?? 'the runner failed'}`;
  return { jobId: job.id, output: '', error: reason, runtime: '0ms', status: job.state === 'cancelled' ? 'cancelled' : 'failed' };
}

const RUN_LOCK_SPACE = 7011;

/**
 * Writes a finished run's output to the room's timeline, once, whichever instance sees the job
 * end first (a lock per job makes the check and the insert one step). Null while it still runs,
 * or when the output is already there. A job pruned since still gets its line, saying so.
 */
export function settleRun(db: Db, roomId: number, jobId: number, userId: number | null = null): Promise<RoomEvent | null> {
  return withTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RUN_LOCK_SPACE}, ${jobId})`);
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, jobId));
    if (job && job.state !== 'done' && job.state !== 'failed' && job.state !== 'cancelled') return null;
    const [existing] = await tx
      .select({ id: roomEvents.id })
      .from(roomEvents)
      .where(and(eq(roomEvents.roomId, roomId), eq(roomEvents.kind, 'output'), sql`(${roomEvents.data}->>'jobId')::int = ${jobId}`));
    if (existing) return null;
    return appendRoomEvent(tx, roomId, job?.userId ?? userId, 'output', runOutcome(job ?? { id: jobId, state: 'gone' }));
  });
}

/** Puts every run of the room that has ended on its timeline with its output (a replay, a room opened again); answers those still going. */
export async function settleRuns(db: Db, roomId: number): Promise<number[]> {
  for (const jobId of await unsettledRuns(db, roomId)) await settleRun(db, roomId, jobId);
  return unsettledRuns(db, roomId);
}

/** Runs of this room whose output is not on the timeline yet (a restart cut them off, or they still run). */
async function unsettledRuns(db: Db, roomId: number): Promise<number[]> {
  const rows = await db.execute(sql`
    select (r.data->>'jobId')::int as job_id from ${roomEvents} r
    where r.room_id = ${roomId} and r.kind = 'run'
      and not exists (select 1 from ${roomEvents} o where o.room_id = r.room_id and o.kind = 'output' and o.data->>'jobId' = r.data->>'jobId')`);
  return rowsOf<{ job_id: number }>(rows).map((row) => Number(row.job_id));
}

export interface DocUpdate {
  roomId: number;
  userId: number | null;
  update: Uint8Array;
}

/** Rows a `room.doc` event names at most (its NOTIFY payload stays far below PostgreSQL's 8000 bytes). */
const ROWS_PER_EVENT = 300;

/**
 * Stores a batch of editor updates the server applied (already checked: each author is a member
 * of a live room) in one statement, and names the new rows in `room.doc` events (ids only):
 * the ids, in the batch's order.
 */
export async function recordDocUpdates(db: Db, batch: DocUpdate[], stored?: (ids: number[]) => void): Promise<number[]> {
  if (batch.length === 0) return [];
  const rows = await db.insert(roomDocUpdates).values(batch).returning({ id: roomDocUpdates.id, roomId: roomDocUpdates.roomId });
  // The writer learns its rows' ids before they are announced, so it never reads back its own.
  stored?.(rows.map((r) => r.id));
  for (let i = 0; i < rows.length; i += ROWS_PER_EVENT) {
    await publish(db, 'room.doc', { rows: rows.slice(i, i + ROWS_PER_EVENT).map((r) => [r.roomId, r.id] as [number, number]) });
  }
  return rows.map((r) => r.id);
}

/** The room's editor updates, in the order they were stored: the document is their merge. */
export function roomDocUpdatesOf(
  db: Db,
  roomId: number,
): Promise<Array<{ id: number; update: Uint8Array; userId: number | null; createdAt: Date }>> {
  return db
    .select({ id: roomDocUpdates.id, update: roomDocUpdates.update, userId: roomDocUpdates.userId, createdAt: roomDocUpdates.createdAt })
    .from(roomDocUpdates)
    .where(eq(roomDocUpdates.roomId, roomId))
    .orderBy(asc(roomDocUpdates.id));
}

export interface RoomSignal {
  roomId: number;
  userId: number | null;
  kind: RoomSignalKind;
  payload: Uint8Array;
}

/** Parks cursors and signalling for other instances in one statement, and names the rows in `room.signal` events. */
export async function recordSignals(db: Db, batch: RoomSignal[], stored?: (ids: number[]) => void): Promise<void> {
  if (batch.length === 0) return;
  const rows = await db.insert(roomSignals).values(batch).returning({ id: roomSignals.id, roomId: roomSignals.roomId });
  stored?.(rows.map((r) => r.id));
  for (let i = 0; i < rows.length; i += ROWS_PER_EVENT) {
    await publish(db, 'room.signal', { rows: rows.slice(i, i + ROWS_PER_EVENT).map((r) => [r.roomId, r.id] as [number, number]) });
  }
}

export function signalsByIds(db: Db, ids: number[]) {
  return db.select().from(roomSignals).where(inArray(roomSignals.id, ids)).orderBy(asc(roomSignals.id));
}

/** Signals are for passing on, not keeping: a minute is plenty for every instance to read them. */
export async function pruneSignals(db: Db): Promise<void> {
  await db.delete(roomSignals).where(lt(roomSignals.createdAt, sql`now() - interval '1 minute'`));
}

/** Stored editor updates by id (what `room.doc` names), in the order they were stored. */
export function docUpdatesByIds(db: Db, ids: number[]): Promise<Array<{ id: number; roomId: number; update: Uint8Array }>> {
  return db
    .select({ id: roomDocUpdates.id, roomId: roomDocUpdates.roomId, update: roomDocUpdates.update })
    .from(roomDocUpdates)
    .where(inArray(roomDocUpdates.id, ids))
    .orderBy(asc(roomDocUpdates.id));
}

/** The room's latest chat, oldest first: what a late joiner or a reconnecting client catches up on. */
export async function recentChat(db: Db, roomId: number, limit = 200): Promise<Array<RoomEventOf<'chat'>>> {
  const rows = await db
    .select()
    .from(roomEvents)
    .where(and(eq(roomEvents.roomId, roomId), eq(roomEvents.kind, 'chat')))
    .orderBy(desc(roomEvents.id))
    .limit(limit);
  return rows
    .reverse()
    .map(storedRoomEvent)
    .filter((event) => event.kind === 'chat');
}

/** One room event by id (what `room.event` names), for relaying. */
export async function roomEventById(db: Db, eventId: number): Promise<RoomEvent | undefined> {
  const [row] = await db.select().from(roomEvents).where(eq(roomEvents.id, eventId));
  return row && storedRoomEvent(row);
}

/** What a room's console showed: its latest runs (with their output once they ended) and every verdict, oldest first. */
export interface RoomConsole {
  runs: Array<{ jobId: number; output: RoomEventOf<'output'>['data'] | null }>;
  verdicts: Array<RoomEventOf<'verdict'>>;
}

/**
 * The room page's console as the timeline holds it, so a reload shows what the socket showed:
 * the last `limit` runs with their output, and the verdicts of the room's submissions.
 */
export async function roomConsoleOf(db: Db, actor: UserActor, roomId: number, limit = 20): Promise<RoomConsole> {
  await roomForMember(db, roomId, actor.userId);
  const rows = await db
    .select()
    .from(roomEvents)
    .where(and(eq(roomEvents.roomId, roomId), inArray(roomEvents.kind, ['run', 'output', 'verdict'])))
    .orderBy(asc(roomEvents.id));
  const events = rows.map(storedRoomEvent);
  const outputs = new Map<number, RoomEventOf<'output'>['data']>();
  for (const e of events) if (e.kind === 'output') outputs.set(e.data.jobId, e.data);
  const runs = events.flatMap((e) => (e.kind === 'run' ? [{ jobId: e.data.jobId, output: outputs.get(e.data.jobId) ?? null }] : []));
  return { runs: runs.slice(-limit), verdicts: events.filter((e): e is RoomEventOf<'verdict'> => e.kind === 'verdict') };
}
