import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { z } from 'zod';
import type { Db } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { actorForRoomToken } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { guardRequest } from '@/lib/guards/rate-limit';
import { exposedError, problemResponse } from '@/lib/http/problem';
import { decodeId, encodeId } from '@/lib/ids';
import { assertRoomStatus, roomForMember } from '@/lib/rooms/access';
import { NUL_MESSAGE, nulFieldErrors } from '@/lib/validation/hostile';
import { chatMessageEvent, codeChangeEvent, contractEnvelope, runCodeEvent, signalEvent } from '@/lib/validation/room-events';
import { answerUpgrade, clientAddress, traceIdOf } from '../http-guards';
import { authenticateHandshake } from './auth';
import type { ClientEvents, RealtimeServer } from './index';
import { freshTraceId, handshakeRefusal, socketProblem } from './problems';
import { RoomHub, type Envelope, type RoomConnection } from './room-hub';
import type { BinaryEvent } from './room/connection';

/** codemeet-api.md Appendix A: 1000 WebSocket messages a minute per user, counted per instance in memory (a database counter per keystroke would cost more than the keystroke). */
const MESSAGES_PER_MINUTE = 1000;
const messages = new RateLimiterMemory({ points: MESSAGES_PER_MINUTE, duration: 60 });

/** Counts one message of the user's; over the limit, RATE_LIMIT_EXCEEDED with how long to wait. */
async function countMessage(userId: number): Promise<void> {
  try {
    await messages.consume(`u:${userId}`);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new AppError('RATE_LIMIT_EXCEEDED', 'Too many messages; slow down', {
      retryAfter,
      rateLimit: { limit: MESSAGES_PER_MINUTE, remaining: rejection.remainingPoints, resetSeconds: retryAfter },
    });
  }
}

/** A Yjs or WebRTC message is never this large; a whole file of code (100,000 characters) is well within it. */
const MAX_MESSAGE_BYTES = 512 * 1024;

type Handshake = Parameters<typeof authenticateHandshake>[1];

/** The user behind a room connection: their token or session cookie, or a room token (4.2) for this room. */
async function authenticateRoomClient(db: Db, handshake: Handshake, roomId: number): Promise<UserActor | null> {
  const token = [handshake.auth.token, handshake.auth.roomToken, handshake.query.token].find(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
  if (token) {
    const roomActor = await actorForRoomToken(db, token);
    // The room and editor tokens admit to the room's connection; the video token is for video alone.
    if (roomActor) return roomActor.roomId === roomId && roomActor.scope !== 'video' ? roomActor : null;
  }
  return authenticateHandshake(db, handshake, env.APP_URL);
}

/** Who may connect to a room: a member, of a room that exists and has not expired (an ended one stays readable). */
async function admit(db: Db, handshake: Handshake, rawRoomId: unknown, ip: string): Promise<{ actor: UserActor; roomId: number }> {
  if (typeof rawRoomId !== 'string') throw new AppError('ROOM_NOT_FOUND', 'Room not found');
  const roomId = (() => {
    try {
      return decodeId('room', rawRoomId);
    } catch {
      throw new AppError('ROOM_NOT_FOUND', 'Room not found');
    }
  })();
  const actor = await authenticateRoomClient(db, handshake, roomId);
  if (!actor) throw new AppError('UNAUTHORIZED', 'A valid token is required');
  await guardRequest(db, { ip }, actor.userId);
  const { room } = await roomForMember(db, roomId, actor.userId);
  // An ended interview stays readable (its code and chat); an expired room is gone.
  assertRoomStatus(room.status, ['waiting', 'active', 'ended']);
  return { actor, roomId };
}

function parse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  // Text with NUL is refused at every entry point, sockets included (PostgreSQL's jsonb refuses it too).
  const nul = nulFieldErrors(data);
  if (nul) throw new AppError('VALIDATION_ERROR', NUL_MESSAGE, { fieldErrors: nul });
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fieldErrors[issue.path.join('.') || 'data'] ??= []).push(issue.message);
  throw new AppError('VALIDATION_ERROR', 'Invalid event data', { fieldErrors });
}

/** A client's contract event, whichever transport it came by; answers what the client should hear back, if anything. */
async function handleEvent(hub: RoomHub, connection: RoomConnection, roomId: number, event: string, data: unknown): Promise<unknown> {
  await countMessage(connection.actor.userId);
  switch (event) {
    case 'chat_message': {
      const { message } = parse(chatMessageEvent, data);
      const stored = await hub.chat(connection, roomId, message);
      return { ok: true, timestamp: stored.createdAt.toISOString() };
    }
    case 'code_change': {
      const { code } = parse(codeChangeEvent, data);
      await hub.codeChange(connection, roomId, code);
      return { ok: true };
    }
    case 'run_code': {
      const input = parse(runCodeEvent, data);
      const jobId = await hub.runCode(connection, roomId, input);
      return { ok: true, jobId: encodeId('job', jobId) };
    }
    case 'signal': {
      await hub.signal(connection, roomId, parse(signalEvent, data));
      return { ok: true };
    }
    default:
      throw new AppError('VALIDATION_ERROR', `Unknown event ${event.slice(0, 64)}`, { fieldErrors: { event: ['Unknown event'] } });
  }
}

const bytesOf = (message: unknown): Uint8Array | null =>
  message instanceof Uint8Array ? message : message instanceof ArrayBuffer ? new Uint8Array(message) : null;

const CONTRACT_EVENTS = ['chat_message', 'code_change', 'run_code', 'signal'] as const satisfies ReadonlyArray<keyof ClientEvents>;

/**
 * The `/rooms` Socket.IO namespace: `io('/rooms', { auth: { token, roomId, yjs: true } })`. The
 * app's editor speaks Yjs (`y:sync`, `y:awareness`); any client may send and receive the
 * contract's events, each payload in the contract's `{ event, data, timestamp, sender }` format.
 */
function attachNamespace(io: RealtimeServer, db: Db, hub: RoomHub): void {
  const rooms = io.of('/rooms');
  rooms.use((socket, next) => {
    const handshake: Handshake = socket.handshake;
    admit(db, handshake, handshake.auth.roomId ?? handshake.query.roomId, clientAddress(socket.request, env.TRUST_PROXY))
      .then(({ actor, roomId }) => {
        socket.data.actor = actor;
        socket.data.roomId = roomId;
        next();
      })
      .catch((error: unknown) => next(handshakeRefusal(error, traceIdOf(socket.request))));
  });

  rooms.on('connection', (socket) => {
    const { actor, roomId } = socket.data;
    // The middleware above admitted every socket that gets here to its room.
    if (roomId === undefined) return void socket.disconnect(true);
    const connection: RoomConnection = {
      id: socket.id,
      actor,
      yjs: socket.handshake.auth.yjs === true,
      send: (envelope) => socket.emit(envelope.event, envelope),
      sendBinary: (event, message) => socket.emit(event, message),
      close: (reason) => {
        socket.emit('room_closed', { reason });
        socket.disconnect(true);
      },
    };
    const fail = (event: string, error: unknown, ack?: (reply: unknown) => void) => {
      const body = { event, error: socketProblem(error, freshTraceId(), { event }) };
      if (ack) ack(body);
      else socket.emit('room_error', body);
    };
    const binary = (event: BinaryEvent) => (message: unknown) => {
      const bytes = bytesOf(message);
      if (!bytes || bytes.byteLength > MAX_MESSAGE_BYTES) return fail(event, new AppError('VALIDATION_ERROR', 'Expected binary data'));
      countMessage(actor.userId)
        .then(() => (event === 'y:sync' ? hub.ySync(connection, roomId, bytes) : hub.yAwareness(connection, roomId, bytes)))
        .catch((error: unknown) => fail(event, isAppError(error) ? error : new AppError('VALIDATION_ERROR', 'Malformed Yjs message')));
    };
    const ready = hub.attach(connection, roomId).catch((error: unknown) => {
      fail('join', error);
      socket.disconnect(true);
    });
    socket.on('y:sync', (message) => void ready.then(() => binary('y:sync')(message)));
    socket.on('y:awareness', (message) => void ready.then(() => binary('y:awareness')(message)));
    for (const event of CONTRACT_EVENTS) {
      socket.on(event, (payload, ack) => {
        // A payload may be the event's data or the whole envelope.
        const envelope = contractEnvelope.safeParse(payload);
        const data = envelope.success && envelope.data.event === event ? envelope.data.data : payload;
        // A client's acknowledgement is a function only when it asked for one.
        const reply = typeof ack === 'function' ? ack : undefined;
        void ready
          .then(() => handleEvent(hub, connection, roomId, event, data))
          .then((answer) => reply?.(answer))
          .catch((error: unknown) => fail(event, error, reply));
      });
    }
    socket.on(
      'disconnect',
      (reason) => void ready.then(() => hub.detach(connection, roomId, reason === 'client namespace disconnect' ? 'left' : 'disconnected')),
    );
  });
}

const ROOM_PATH = /^\/ws\/rooms\/([^/?#]+)\/?(?:\?.*)?$/;

/**
 * The contract's plain WebSocket, `/ws/rooms/{roomId}?token=`: JSON text frames in the
 * contract's `{ event, data }` format both ways, in the same room as the Socket.IO clients. A
 * refused upgrade is answered as REST answers: its status, ProblemDetails, Retry-After and RateLimit-* on a 429.
 */
function attachPlainWebSocket(httpServer: HttpServer, db: Db, hub: RoomHub): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const match = ROOM_PATH.exec(req.url ?? '');
    if (!match) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handshake: Handshake = { auth: {}, query: Object.fromEntries(url.searchParams), headers: req.headers };
    admit(db, handshake, decodeURIComponent(match[1]!), clientAddress(req, env.TRUST_PROXY))
      .then(({ actor, roomId }) => wss.handleUpgrade(req, socket, head, (ws) => serveWebSocket(hub, ws, actor, roomId)))
      .catch((error: unknown) => {
        const traceId = traceIdOf(req);
        return answerUpgrade(socket, problemResponse(exposedError(error, traceId, { during: 'room upgrade' }), traceId));
      });
  });
  return wss;
}

function serveWebSocket(hub: RoomHub, ws: WebSocket, actor: UserActor, roomId: number): void {
  const send = (envelope: Envelope) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(envelope));
  };
  const connection: RoomConnection = {
    id: `ws-${Math.random().toString(36).slice(2)}`,
    actor,
    yjs: false,
    send,
    sendBinary: () => undefined,
    close: (reason) => ws.close(4000, reason),
  };
  const error = (event: string, e: unknown) =>
    send({ event: 'error', data: { event, ...socketProblem(e, freshTraceId(), { event }) }, timestamp: new Date().toISOString() });
  const ready = hub.attach(connection, roomId).catch((e: unknown) => {
    error('join', e);
    ws.close(1011, 'join failed');
  });
  let alive = true;
  const heartbeat = setInterval(() => {
    if (!alive) return ws.terminate();
    alive = false;
    ws.ping();
  }, 30_000);
  ws.on('pong', () => (alive = true));
  ws.on('message', (raw: RawData, isBinary: boolean) => {
    let parsed: { event: string; data?: unknown };
    try {
      if (isBinary) throw new Error('binary');
      parsed = contractEnvelope.parse(JSON.parse(raw.toString()));
    } catch {
      return error('message', new AppError('VALIDATION_ERROR', 'Messages are JSON: { "event": "...", "data": { ... } }'));
    }
    void ready
      .then(() => handleEvent(hub, connection, roomId, parsed.event, parsed.data))
      .then((reply) => parsed.event === 'run_code' && send({ event: 'run_accepted', data: reply, timestamp: new Date().toISOString() }))
      .catch((e: unknown) => error(parsed.event, e));
  });
  ws.on('close', () => {
    clearInterval(heartbeat);
    void ready.then(() => hub.detach(connection, roomId, 'disconnected'));
  });
}

/** Rooms over both transports, one hub: a third-party client and a browser share one room. */
export function attachRooms(io: RealtimeServer, httpServer: HttpServer, db: Db): { close: () => Promise<void> } {
  const hub = new RoomHub(db);
  attachNamespace(io, db, hub);
  const wss = attachPlainWebSocket(httpServer, db, hub);
  return {
    close: async () => {
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      await hub.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
