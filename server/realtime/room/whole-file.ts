import * as Y from 'yjs';
import { CODE_TEXT, replaceText } from '@/lib/rooms/document';
import type { LanguageId } from '@/server/sandbox/types';
import { stamp, type RoomConnection } from './connection';

/** Clients without Yjs hear the whole file at most this often. */
const CODE_CHANGE_EVERY_MS = 50;

/**
 * The room's clients without Yjs, which send and hear `code_change` with the whole file. What each
 * last saw of the document is kept (its shadow): a file it sends is diffed against that, not
 * against the room's current text, so the partner's newer edits survive it.
 */
export class WholeFileClients {
  private readonly shadows = new Map<RoomConnection, Y.Doc>();
  private timer: NodeJS.Timeout | undefined;
  private sender: string | undefined;

  constructor(
    private readonly doc: Y.Doc,
    private readonly language: LanguageId,
  ) {}

  /** A client without Yjs starts from the document as it is now (room_state sends it the same text). */
  add(connection: RoomConnection): void {
    const shadow = new Y.Doc();
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
    this.shadows.set(connection, shadow);
  }

  remove(connection: RoomConnection): void {
    this.shadows.get(connection)?.destroy();
    this.shadows.delete(connection);
  }

  /**
   * A whole file from a client: the update that turns what it last saw into this text, or null for
   * a connection that is not one of these. The diff is made on a copy, so a file the room refuses
   * leaves the shadow as the client last saw it; `saw` moves it on once the room took the update.
   */
  diff(connection: RoomConnection, code: string): Uint8Array | null {
    const shadow = this.shadows.get(connection);
    if (!shadow) return null;
    const scratch = new Y.Doc();
    scratch.clientID = shadow.clientID;
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(shadow));
    const before = Y.encodeStateVector(scratch);
    replaceText(scratch.getText(CODE_TEXT), code);
    const update = Y.encodeStateAsUpdate(scratch, before);
    scratch.destroy();
    return update;
  }

  saw(connection: RoomConnection, update: Uint8Array): void {
    const shadow = this.shadows.get(connection);
    if (shadow) Y.applyUpdate(shadow, update);
  }

  /**
   * The document changed: these clients hear the whole file, at most every 50 ms, when it differs
   * from what they last saw: the merge of their own change included, so they never re-send an old text.
   */
  changed(sender: string | undefined): void {
    this.sender = sender;
    if (this.timer || this.shadows.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const code = this.doc.getText(CODE_TEXT).toString();
      for (const [connection, shadow] of this.shadows) {
        const seen = shadow.getText(CODE_TEXT).toString();
        Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(shadow)));
        if (seen !== code) connection.send(stamp('code_change', { language: this.language, code }, this.sender));
      }
    }, CODE_CHANGE_EVERY_MS);
  }

  destroy(): void {
    clearTimeout(this.timer);
    for (const shadow of this.shadows.values()) shadow.destroy();
    this.shadows.clear();
  }
}
