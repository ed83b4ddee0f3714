import { exposedError, problemOf, type ProblemDetails } from '@/lib/http/problem';
import { traceIdFor } from '@/lib/http/request';

/**
 * An error as the realtime transports carry it (an acknowledgement's `error`, `room_error`, the
 * plain WebSocket's `error` event, a refused handshake's `connect_error` data): the REST answer's
 * ProblemDetails, with `message` (the error's text) beside it for clients of decision R7's
 * `{ code, message }`.
 */
export type SocketProblem = ProblemDetails & { message: string };

export function socketProblem(error: unknown, traceId: string, context: Record<string, unknown> = {}): SocketProblem {
  const exposed = exposedError(error, traceId, context);
  return { ...problemOf(exposed, traceId), message: exposed.message };
}

/** A trace id for an error on a connection that is already open (no request of its own to continue). */
export const freshTraceId = (): string => traceIdFor(new Headers());

/** A refused Socket.IO handshake: `connect_error`'s message is the error code (R1, R7), its `data` the problem. */
export function handshakeRefusal(error: unknown, traceId: string): Error & { data: SocketProblem } {
  const data = socketProblem(error, traceId, { during: 'socket handshake' });
  return Object.assign(new Error(data.code), { data });
}
