import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Db } from '@/db';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { subscribe } from '@/lib/events';
import { guardRequest } from '@/lib/guards/rate-limit';
import { encodeId } from '@/lib/ids';
import { matchNotice } from '@/lib/rooms/access';
import { clientAddress, traceIdOf } from '../http-guards';
import { authenticateHandshake } from './auth';
import { handshakeRefusal } from './problems';
import { attachRooms } from './rooms';

type Ack = (reply: unknown) => void;

/** What clients send: the /rooms namespace's events (the default namespace listens to none). */
export interface ClientEvents {
  'y:sync': (message: unknown) => void;
  'y:awareness': (message: unknown) => void;
  chat_message: (payload: unknown, ack?: Ack) => void;
  code_change: (payload: unknown, ack?: Ack) => void;
  run_code: (payload: unknown, ack?: Ack) => void;
  signal: (payload: unknown, ack?: Ack) => void;
}

/** What the server sends: named events with one payload each (an envelope, a notice, a binary Yjs message). */
export type ServerEvents = Record<string, (payload: unknown) => void>;

/** What an admitted socket carries: who it is, and on /rooms the room it was admitted to. */
export interface SocketData {
  actor: UserActor;
  roomId?: number;
}

export type RealtimeServer = Server<ClientEvents, ServerEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: number) => `user:${userId}`;

/**
 * Socket.IO on the app's own port: authenticated handshake, one room per user. Domain events
 * (lib/events.ts) reach every instance, and each acts on its own sockets: a log-out on one
 * instance closes that session's sockets on all of them.
 */
export function attachRealtime(httpServer: HttpServer, db: Db): { io: RealtimeServer; close: () => Promise<void> } {
  const io: RealtimeServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // A Yjs message or a whole file of code fits; larger frames are refused.
    maxHttpBufferSize: 1024 * 1024,
    // Other upgrade requests (Next's dev HMR) are left for their own handlers.
    destroyUpgrade: false,
  });

  io.use((socket, next) => {
    authenticateHandshake(db, socket.handshake, env.APP_URL)
      .then(async (actor) => {
        if (!actor) throw new AppError('UNAUTHORIZED', 'A valid token or session is required');
        // A connection is a request like any other: it counts against the user's limit.
        await guardRequest(db, { ip: clientAddress(socket.request, env.TRUST_PROXY) }, actor.userId);
        socket.data.actor = actor;
        next();
      })
      .catch((error: unknown) => next(handshakeRefusal(error, traceIdOf(socket.request))));
  });

  // Interview rooms: the /rooms namespace and the contract's plain /ws/rooms/{roomId}, one hub.
  const rooms = attachRooms(io, httpServer, db);

  io.on('connection', (socket) => {
    const { userId } = socket.data.actor;
    void socket.join(userRoom(userId));
    socket.emit('ready', { userId: encodeId('user', userId) });
  });

  // A connection lives no longer than the session that opened it (room connections: the hub closes them).
  const stopRevocations = subscribe('session.revoked', async ({ userId, sessionId, reason }) => {
    for (const socket of await io.in(userRoom(userId)).fetchSockets()) {
      if (socket.data.actor.sessionId !== sessionId) continue;
      socket.emit('session_revoked', { reason });
      socket.disconnect(true);
    }
  });
  // The user's other tabs and devices learn their profile changed, and read it themselves.
  const stopUpdates = subscribe('user.updated', ({ userId }) => {
    io.to(userRoom(userId)).emit('user_updated', { userId: encodeId('user', userId) });
  });
  // Both sides of a new match hear of it at once, on whichever instance holds their sockets.
  const stopMatches = subscribe('match.found', async ({ matchId }) => {
    const notice = await matchNotice(db, matchId);
    if (!notice) return;
    for (const me of notice.participants) {
      const partner = notice.participants.find((p) => p.userId !== me.userId);
      io.to(userRoom(me.userId)).emit('match_found', {
        matchId: encodeId('match', notice.matchId),
        roomId: encodeId('room', notice.roomId),
        role: me.role,
        partner: partner ? { userId: encodeId('user', partner.userId), displayName: partner.displayName, role: partner.role } : null,
      });
    }
  });
  return {
    io,
    close: async () => {
      stopRevocations();
      stopMatches();
      stopUpdates();
      await rooms.close();
      await io.close();
    },
  };
}
