import { EventEmitter } from 'node:events';

/**
 * Domain services announce what happened here; server/realtime relays it over Socket.IO.
 * Services stay free of Socket.IO, and the bus lives on globalThis so route-handler bundles
 * and the custom server share it.
 */
export interface UserNotification {
  userId: number;
  event: string;
  data: unknown;
}

const globalForBus = globalThis as typeof globalThis & { __codemeetBus?: EventEmitter };
const bus = (globalForBus.__codemeetBus ??= new EventEmitter());

export function notifyUser(userId: number, event: string, data: unknown): void {
  bus.emit('notify', { userId, event, data } satisfies UserNotification);
}

export function onUserNotification(listener: (n: UserNotification) => void): () => void {
  bus.on('notify', listener);
  return () => bus.off('notify', listener);
}

export interface SessionRevoked {
  userId: number;
  sessionId: string;
  reason: string;
}

/** A session ended (log-out, token reuse): its live connections must end with it. */
export function announceSessionRevoked(event: SessionRevoked): void {
  bus.emit('session-revoked', event);
}

export function onSessionRevoked(listener: (event: SessionRevoked) => void): () => void {
  bus.on('session-revoked', listener);
  return () => bus.off('session-revoked', listener);
}
