import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Db } from '@/db';
import { onSessionRevoked, onUserNotification } from '@/lib/events';
import { logger } from '@/lib/logger';
import { authenticateHandshake } from './auth';

export interface SocketData {
  userId: number;
  sessionId: string;
}

export const userRoom = (userId: number) => `user:${userId}`;

/** Socket.IO on the app's own port: authenticated handshake, one room per user for notifications. */
export function attachRealtime(httpServer: HttpServer, db: Db): { io: Server; close: () => Promise<void> } {
  const io = new Server<Record<string, never>, Record<string, (data: unknown) => void>, Record<string, never>, SocketData>(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Other upgrade requests (Next's dev HMR) are left for their own handlers.
    destroyUpgrade: false,
  });

  io.use((socket, next) => {
    authenticateHandshake(db, socket.handshake)
      .then((actor) => {
        if (!actor) return next(new Error('UNAUTHORIZED'));
        socket.data.userId = actor.userId;
        socket.data.sessionId = actor.sessionId;
        next();
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'socket handshake failed');
        next(new Error('INTERNAL_SERVER_ERROR'));
      });
  });

  io.on('connection', (socket) => {
    void socket.join(userRoom(socket.data.userId));
    socket.emit('ready', { userId: socket.data.userId });
  });

  const stopNotifications = onUserNotification(({ userId, event, data }) => {
    io.to(userRoom(userId)).emit(event, data);
  });
  // A connection lives no longer than the session that opened it.
  const stopRevocations = onSessionRevoked(({ userId, sessionId, reason }) => {
    void io
      .in(userRoom(userId))
      .fetchSockets()
      .then((sockets) => {
        for (const socket of sockets) {
          if (socket.data.sessionId !== sessionId) continue;
          socket.emit('session_revoked', { reason });
          socket.disconnect(true);
        }
      });
  });
  return {
    io,
    close: async () => {
      stopNotifications();
      stopRevocations();
      await io.close();
    },
  };
}
