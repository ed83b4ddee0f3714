import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Db } from '@/db';
import { logger } from '@/lib/logger';
import { processSingleton } from '@/lib/process-singletons';

/**
 * Domain events: a service announces what happened; realtime (and later schedulers) react.
 * Every event travels through PostgreSQL's NOTIFY on one channel, published with the service's
 * own handle, so an event raised inside a transaction is delivered only if it commits, and
 * reaches every instance on the database (each LISTENs once). PGlite gives the same semantics
 * inside its one process. Payloads carry ids, never bodies: NOTIFY's limit is 8000 bytes, and
 * a subscriber reads the current state itself.
 */
const EVENT_CHANNEL = 'codemeet_events';
const MAX_PAYLOAD_BYTES = 7900;

const id = z.number().int().positive();

/** Each event's name and payload, the one list publishers and subscribers share. */
export const DOMAIN_EVENTS = {
  /** A log-in ended (log-out, refresh-token reuse): its live connections end with it. */
  'session.revoked': z.object({
    userId: id,
    sessionId: z.string().min(1).max(64),
    reason: z.enum(['logout', 'refresh_token_reuse']),
  }),
  /** A user's own data changed (profile, preferences, avatar): their open pages may refresh. */
  'user.updated': z.object({ userId: id }),
  /** A discussion was created, edited or deleted: what the forum keeps (lists' totals, popular tags) is out of date. */
  'discussion.changed': z.object({ discussionId: id }),
  /** An admin added, edited, retired or restored an interview question: question selection reloads the bank. */
  'interview_question.changed': z.object({ questionId: id }),
  /** A run of user code joined the queue: idle runners look for work. */
  'job.queued': z.object({ jobId: id }),
  /** A job ended (done, failed or cancelled): whoever waits for it reads the result. */
  'job.finished': z.object({ jobId: id, userId: id }),
  /** A job was cancelled (by its owner, or superseded): the runner holding it stops it. */
  'job.cancelled': z.object({ jobId: id }),
  /** A running job produced output, stored as job_output rows up to seq. */
  'job.output': z.object({ jobId: id, seq: id }),
  /** Two queue entries became a match with its room: both users hear `match_found` wherever their sockets are. */
  'match.found': z.object({ matchId: id }),
  /** A room's state changed (started, ended, a hint revealed): its sockets re-read it. */
  'room.changed': z.object({ roomId: id }),
  /** A room event row was stored (chat, run, output, verdict, join, leave): instances relay it to their sockets. */
  'room.event': z.object({ roomId: id, eventId: id }),
  /** Editor updates were stored (one batch of rows, as [roomId, updateId] pairs): other instances apply those of rooms they hold. */
  'room.doc': z.object({
    rows: z
      .array(z.tuple([id, id]))
      .min(1)
      .max(300),
  }),
  /** Cursors or WebRTC signalling were parked for other instances (room_signals rows, as [roomId, signalId] pairs). */
  'room.signal': z.object({
    rows: z
      .array(z.tuple([id, id]))
      .min(1)
      .max(300),
  }),
} as const;

export type DomainEventType = keyof typeof DOMAIN_EVENTS;
export type DomainEventPayload<T extends DomainEventType> = z.output<(typeof DOMAIN_EVENTS)[T]>;

/** Announces an event with the caller's handle: inside a transaction it goes out on commit. */
export async function publish<T extends DomainEventType>(db: Db, type: T, data: DomainEventPayload<T>): Promise<void> {
  const payload = JSON.stringify({ type, data: DOMAIN_EVENTS[type].parse(data) });
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`event ${type} is too large for NOTIFY: send ids, not bodies`);
  await db.execute(sql`select pg_notify(${EVENT_CHANNEL}, ${payload})`);
}

type Handler<T extends DomainEventType> = (data: DomainEventPayload<T>) => void | Promise<void>;
type AnyHandler = (data: unknown) => void | Promise<void>;

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    eventHandlers: Map<DomainEventType, Set<AnyHandler>>;
  }
}

// Subscribers of this process, shared by every module graph that loads this file.
const subscribers = processSingleton('eventHandlers', () => new Map());

/** Calls the handler for every event of this type that reaches this instance; returns the unsubscribe. */
export function subscribe<T extends DomainEventType>(type: T, handler: Handler<T>): () => void {
  let set = subscribers.get(type);
  if (!set) subscribers.set(type, (set = new Set()));
  set.add(handler as AnyHandler);
  return () => set.delete(handler as AnyHandler);
}

const envelope = z.object({ type: z.string(), data: z.unknown() });

/** Hands one NOTIFY payload to this instance's subscribers; malformed payloads are logged and dropped. */
function dispatch(payload: string): void {
  let event: { type: DomainEventType; data: unknown };
  try {
    const parsed = envelope.parse(JSON.parse(payload));
    if (!Object.hasOwn(DOMAIN_EVENTS, parsed.type)) throw new Error(`unknown event type ${parsed.type}`);
    const type = parsed.type as DomainEventType;
    event = { type, data: DOMAIN_EVENTS[type].parse(parsed.data) };
  } catch (error) {
    logger.warn({ err: error }, 'dropped a malformed domain event');
    return;
  }
  for (const handler of subscribers.get(event.type) ?? []) {
    Promise.resolve()
      .then(() => handler(event.data))
      .catch((error: unknown) => logger.error({ err: error, event: event.type }, 'domain event handler failed'));
  }
}

/** Starts this instance's one LISTEN (server start); resolves to the stop function. */
export function listenForEvents(database: Database): Promise<() => Promise<void>> {
  return database.listen(EVENT_CHANNEL, dispatch);
}
