import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { RoomSync } from '@/lib/rooms/sync-client';

/** The contract's event format, as both transports deliver it. */
export interface Envelope<T = Record<string, unknown>> {
  event: string;
  data: T;
  timestamp: string;
  sender?: string;
}

/** Resolves when `check` holds, polling every 20 ms; fails with `what` after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A browser-like room client: Socket.IO /rooms with Yjs, recording every contract event it hears. */
export class YjsRoomClient {
  readonly socket: Socket;
  readonly sync: RoomSync;
  readonly events: Envelope[] = [];
  readonly errors: unknown[] = [];

  constructor(base: string, token: string, roomId: string) {
    this.socket = io(`${base}/rooms`, { auth: { token, roomId, yjs: true }, transports: ['websocket'], reconnectionDelay: 100 });
    this.sync = new RoomSync(this.socket);
    this.socket.onAny((event: string, payload: unknown) => {
      if (event === 'y:sync' || event === 'y:awareness') return;
      if (event === 'room_error') this.errors.push(payload);
      else this.events.push(payload as Envelope);
    });
  }

  get code(): string {
    return this.sync.text.toString();
  }

  ready(): Promise<void> {
    return until('the room state', () => this.events.some((e) => e.event === 'room_state'));
  }

  /** The refusal of a connection the server would not admit. */
  static refusal(base: string, token: string, roomId: string): Promise<string> {
    const socket = io(`${base}/rooms`, { auth: { token, roomId }, transports: ['websocket'], reconnection: false });
    return new Promise((resolve) => {
      socket.on('connect', () => {
        socket.disconnect();
        resolve('connected');
      });
      socket.on('connect_error', (error) => {
        socket.disconnect();
        resolve(error.message);
      });
    });
  }

  emit<T>(event: string, data: unknown): Promise<T> {
    return this.socket.timeout(10_000).emitWithAck(event, data) as Promise<T>;
  }

  heard(event: string): Envelope[] {
    return this.events.filter((e) => e.event === event);
  }

  close(): void {
    this.sync.destroy();
    this.socket.disconnect();
  }
}

/** A third-party client on the contract's plain WebSocket, `/ws/rooms/{roomId}?token=`. */
export class PlainRoomClient {
  readonly events: Envelope[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (raw) => this.events.push(JSON.parse(raw.toString()) as Envelope));
  }

  static open(base: string, token: string, roomId: string): Promise<PlainRoomClient> {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/rooms/${roomId}?token=${encodeURIComponent(token)}`);
    const client = new PlainRoomClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  /** The HTTP status a refused upgrade answered. */
  static refusal(base: string, token: string, roomId: string): Promise<number> {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/rooms/${roomId}?token=${encodeURIComponent(token)}`);
    return new Promise((resolve) => {
      ws.once('open', () => {
        ws.close();
        resolve(101);
      });
      ws.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.once('error', () => resolve(0));
    });
  }

  send(event: string, data: unknown): void {
    this.ws.send(JSON.stringify({ event, data }));
  }

  heard(event: string): Envelope[] {
    return this.events.filter((e) => e.event === event);
  }

  close(): void {
    this.ws.close();
  }
}
