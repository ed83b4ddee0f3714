import * as Y from 'yjs';
import { MAX_CODE_LENGTH } from '@/lib/validation/common';

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

/**
 * Whether the document's code stays within MAX_CODE_LENGTH (what the app runs and submits) with
 * `update` applied. Cheap for a keystroke: an update inserts no more characters than it has
 * bytes, so only one that could cross the limit is tried on a copy of the document.
 */
export function codeFitsAfter(doc: Y.Doc, update: Uint8Array): boolean {
  if (doc.getText(CODE_TEXT).length + update.byteLength <= MAX_CODE_LENGTH) return true;
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(probe, update);
    return probe.getText(CODE_TEXT).length <= MAX_CODE_LENGTH;
  } finally {
    probe.destroy();
  }
}
