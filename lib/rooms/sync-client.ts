import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CODE_TEXT } from './document';

/** What the sync needs of a transport: a Socket.IO client socket fits. */
export interface SyncTransport {
  emit(event: 'y:sync' | 'y:awareness', message: Uint8Array): unknown;
  on(event: 'y:sync' | 'y:awareness', listener: (message: ArrayBuffer | Uint8Array) => void): unknown;
  on(event: 'connect', listener: () => void): unknown;
  off(event: string, listener?: (...args: never[]) => void): unknown;
  connected: boolean;
}

const REMOTE = Symbol('remote');

/** The least time between two of this client's cursor messages. */
export const AWARENESS_EVERY_MS = 150;

const encode = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * A client's half of the room's Yjs sync over the /rooms namespace (the browser's editor, the
 * tests and the benchmark use this one). On every (re)connection both sides send their state
 * vector and answer with what the other lacks, so edits made offline merge on reconnect.
 */
export class RoomSync {
  readonly doc = new Y.Doc();
  readonly text: Y.Text = this.doc.getText(CODE_TEXT);
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly transport: SyncTransport) {
    const onSync = (message: ArrayBuffer | Uint8Array) => {
      const reply = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoding.createDecoder(new Uint8Array(message)), reply, this.doc, REMOTE);
      if (encoding.length(reply) > 0) transport.emit('y:sync', encoding.toUint8Array(reply));
    };
    const onAwareness = (message: ArrayBuffer | Uint8Array) =>
      awarenessProtocol.applyAwarenessUpdate(this.awareness, new Uint8Array(message), REMOTE);
    // The cursor moves with every keystroke: its messages go at most every AWARENESS_EVERY_MS (the
    // first at once, the latest state last), so typing spends the room's message budget (1000 a
    // minute) on the text. Leaving (a null state) goes at once.
    let awarenessTimer: ReturnType<typeof setTimeout> | undefined;
    let awarenessSentAt = -Infinity;
    const sendAwareness = () => {
      awarenessSentAt = Date.now();
      if (transport.connected) transport.emit('y:awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
    };
    const onConnect = () => {
      transport.emit(
        'y:sync',
        encode((e) => syncProtocol.writeSyncStep1(e, this.doc)),
      );
      if (this.awareness.getLocalState() !== null) sendAwareness();
    };
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      // While offline the update stays in the document; the next connection's sync sends it.
      if (origin !== REMOTE && transport.connected)
        transport.emit(
          'y:sync',
          encode((e) => syncProtocol.writeUpdate(e, update)),
        );
    };
    const onLocalAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === REMOTE || !transport.connected) return;
      if (!added.concat(updated, removed).includes(this.doc.clientID)) return;
      if (this.awareness.getLocalState() === null) {
        clearTimeout(awarenessTimer);
        awarenessTimer = undefined;
        return sendAwareness();
      }
      if (awarenessTimer) return;
      const wait = awarenessSentAt + AWARENESS_EVERY_MS - Date.now();
      if (wait <= 0) return sendAwareness();
      awarenessTimer = setTimeout(() => {
        awarenessTimer = undefined;
        sendAwareness();
      }, wait);
    };
    transport.on('y:sync', onSync);
    transport.on('y:awareness', onAwareness);
    transport.on('connect', onConnect);
    this.doc.on('update', onUpdate);
    this.awareness.on('update', onLocalAwareness);
    if (transport.connected) onConnect();
    this.cleanups.push(
      () => transport.off('y:sync', onSync),
      () => transport.off('y:awareness', onAwareness),
      () => transport.off('connect', onConnect),
      () => this.doc.off('update', onUpdate),
      () => this.awareness.off('update', onLocalAwareness),
      () => clearTimeout(awarenessTimer),
    );
  }

  /**
   * Sends this document's state vector: the server answers with what it has that this lacks, and
   * its own state vector, which this answers with what the server lacks. For an update the
   * server refused for now (a rate limit, or one that came after such): nothing typed is lost.
   */
  resync(): void {
    if (this.transport.connected)
      this.transport.emit(
        'y:sync',
        encode((e) => syncProtocol.writeSyncStep1(e, this.doc)),
      );
  }

  /** Calls back on each edit made here (not one that came from the server). */
  onLocalEdit(listener: () => void): void {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) listener();
    };
    this.doc.on('update', onUpdate);
    this.cleanups.push(() => this.doc.off('update', onUpdate));
  }

  destroy(): void {
    // The cursor leaves first, while the transport still hears it: the partner sees it go at once.
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
