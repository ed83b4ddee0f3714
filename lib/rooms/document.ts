import * as Y from 'yjs';

/** A room's stored editor history, in update bytes: an hour of steady typing is about 1 MB. */
export const MAX_ROOM_DOC_BYTES = 16 * 1024 * 1024;
export const ROOM_HISTORY_FULL = 'This room’s editor history is full: no more edits can be stored';

/** The shared editor's text lives in this Y.Text of the room's document (client and server agree on it). */
export const CODE_TEXT = 'code';

// Authored by no user: the starter code every room begins with. A fixed client id makes the update
// the same bytes wherever it is made, so applying it twice (two instances, a retry) adds nothing.
const SEED_CLIENT_ID = 1;

/** The document update that puts the starter code in an empty room. */
export function seedUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  doc.getText(CODE_TEXT).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * Turns the text into `next` with one delete and one insert around the common prefix and
 * suffix: how a full-text code_change (a client without Yjs) enters the shared document
 * without clobbering what others typed elsewhere in it.
 */
export function replaceText(ytext: Y.Text, next: string): void {
  const current = ytext.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  const removed = current.length - start - end;
  if (removed > 0) ytext.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) ytext.insert(start, inserted);
}

/** A client's update that depends on something the server's document lacks: the client syncs again. */
export const OUT_OF_SYNC = 'The editor is out of sync with the room: it syncs again';

export interface UpdateShape {
  /** It needs updates the document does not have (one refused or lost before it). */
  gap: boolean;
  /** At most this many characters (or other items) it adds that the document does not have yet. */
  newItems: number;
}

/**
 * What an update would do to `doc`, read without applying it, in time proportional to the
 * update: whether it has a gap (a clock past what the document holds, a Skip, or an insert or
 * delete that refers to an item neither has), and how many new items it could add at most.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateShape {
  const held = (client: number) => Y.getState(doc.store, client);
  const { structs, ds } = Y.decodeUpdate(update);
  // How far each client reaches with this update: what the document holds, extended by the update's runs.
  const reach = new Map<number, number>();
  const reached = (client: number) => reach.get(client) ?? held(client);
  let gap = false;
  let newItems = 0;
  for (const struct of structs) {
    const { client, clock } = struct.id;
    const end = reached(client);
    if (struct instanceof Y.Skip || clock > end) gap = true;
    reach.set(client, Math.max(end, clock + struct.length));
    if (struct instanceof Y.Item) newItems += Math.max(0, clock + struct.length - Math.max(clock, held(client)));
  }
  const known = (id: Y.ID | null) => id === null || id.clock < reached(id.client);
  for (const struct of structs) {
    if (struct instanceof Y.Item && !(known(struct.origin) && known(struct.rightOrigin))) gap = true;
  }
  ds.clients.forEach((deletes, client) => {
    for (const { clock, len } of deletes) if (clock + len > reached(client)) gap = true;
  });
  return { gap, newItems };
}

/**
 * What an update does to a copy of `doc` (the document itself is untouched): whether it changes
 * anything, and the code's length after it. For an update that could cross a limit, or reach a
 * room that takes no edits: one that changes nothing is let by, in any room.
 */
export function tryUpdate(doc: Y.Doc, update: Uint8Array): { changes: boolean; codeLength: number } {
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
    let changes = false;
    probe.on('update', () => (changes = true));
    Y.applyUpdate(probe, update);
    return { changes, codeLength: probe.getText(CODE_TEXT).length };
  } finally {
    probe.destroy();
  }
}
