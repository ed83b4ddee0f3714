import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Db } from '@/db';
import { env } from '@/lib/env';
import { subscribe } from '@/lib/events';
import { guardRequest } from '@/lib/guards/rate-limit';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { clientAddress } from '../http-guards';
import { authenticateHandshake } from './auth';
import { attachRooms } from './rooms';
import { matchNotice } from '@/lib/rooms/access';
import { encodeId } from '@/lib/ids';

export interface SocketData {
  userId: number;
  sessionId: string;
}

export const userRoom = (userId: number) => `user:${userId}`;

/**
 * Socket.IO on the app's own port: authenticated handshake, one room per user. Domain events
 * (lib/events.ts) reach every instance, and each acts on its own sockets: a log-out on one
 * instance closes that session's sockets on all of them.
 */
export function attachRealtime(httpServer: HttpServer, db: Db): { io: Server; close: () => Promise<void> } {
  const io = new Server<Record<string, never>, Record<string, (data: unknown) => void>, Record<string, never>, SocketData>(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // A Yjs message or a whole file of code fits; larger frames are refused.
    maxHttpBufferSize: 1024 * 1024,
    // Other upgrade requests (Next's dev HMR) are left for their own handlers.
    destroyUpgrade: false,
  });

  io.use((socket, next) => {
    const headers = socket.handshake.headers;
    authenticateHandshake(db, socket.handshake, env.APP_URL)
      .then(async (actor) => {
        if (!actor) return next(new Error('UNAUTHORIZED'));
        // A connection is a request like any other: it counts against the user's limit.
        await guardRequest(db, { ip: clientAddress(socket.request, env.TRUST_PROXY) }, actor.userId);
        socket.data.userId = actor.userId;
        socket.data.sessionId = actor.sessionId;
        next();
      })
      .catch((error: unknown) => {
        if (isAppError(error) && error.code === 'RATE_LIMIT_EXCEEDED') return next(new Error('RATE_LIMIT_EXCEEDED'));
        logger.error({ err: error, origin: headers.origin }, 'socket handshake failed');
        next(new Error('INTERNAL_SERVER_ERROR'));
      });
  });

  // Interview rooms: the /rooms namespace and the contract's plain /ws/rooms/{roomId}, one hub.
  const rooms = attachRooms(io as unknown as Server, httpServer, db);

  io.on('connection', (socket) => {
    void socket.join(userRoom(socket.data.userId));
    socket.emit('ready', { userId: socket.data.userId });
  });

  // A connection lives no longer than the session that opened it (room connections: the hub closes them).
  const stopRevocations = subscribe('session.revoked', async ({ userId, sessionId, reason }) => {
    for (const socket of await io.in(userRoom(userId)).fetchSockets()) {
      if (socket.data.sessionId !== sessionId) continue;
      socket.emit('session_revoked', { reason });
      socket.disconnect(true);
    }
  });
  // The user's other tabs and devices learn their profile changed, and read it themselves.
  const stopUpdates = subscribe('user.updated', ({ userId }) => {
    io.to(userRoom(userId)).emit('user_updated', { userId });
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
