import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CODE_TEXT, inspectUpdate, replaceText, seedUpdate, tryUpdate } from '@/lib/rooms/document';

/** The code after a list of stored updates, as a restarted server or the replay rebuilds it. */
function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText(CODE_TEXT).toString();
}

const docWith = (text: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedUpdate(text));
  return doc;
};
const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('the room document', () => {
  it('starts every copy from the same starter code, however often the seed is applied', () => {
    const doc = docWith('function f() {}\n');
    Y.applyUpdate(doc, seedUpdate('function f() {}\n'));
    expect(doc.getText(CODE_TEXT).toString()).toBe('function f() {}\n');
    expect(textOf([seedUpdate('x'), seedUpdate('x')])).toBe('x');
  });

  it('turns the text into a whole file a client without Yjs sent, touching only what changed', () => {
    for (const [before, after] of [
      ['abc', 'abc'],
      ['abc', 'abXc'],
      ['abc', 'ac'],
      ['abc', ''],
      ['', 'new file'],
      ['hello world', 'hello there world'],
      ['aaaa', 'aa'],
      ['一二三', '一二四三'],
    ] as const) {
      const doc = docWith(before);
      replaceText(doc.getText(CODE_TEXT), after);
      expect(doc.getText(CODE_TEXT).toString()).toBe(after);
    }
  });

  it('keeps what the other side typed elsewhere when a whole file arrives at the same time', () => {
    const browser = docWith('line 1\nline 2\nline 3\n');
    const thirdParty = docWith('line 1\nline 2\nline 3\n');
    // The browser adds a line at the top while a third-party client rewrites the last line.
    browser.getText(CODE_TEXT).insert(0, '// top\n');
    replaceText(thirdParty.getText(CODE_TEXT), 'line 1\nline 2\nline three\n');
    sync(browser, thirdParty);
    sync(thirdParty, browser);
    expect(browser.getText(CODE_TEXT).toString()).toBe('// top\nline 1\nline 2\nline three\n');
    expect(thirdParty.getText(CODE_TEXT).toString()).toBe(browser.getText(CODE_TEXT).toString());
  });

  it('rebuilds the code from the stored updates, in order', () => {
    const doc = docWith('');
    const updates: Uint8Array[] = [seedUpdate('')];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getText(CODE_TEXT).insert(0, 'ab');
    doc.getText(CODE_TEXT).delete(0, 1);
    doc.getText(CODE_TEXT).insert(1, 'c');
    expect(textOf(updates)).toBe('bc');
    expect(textOf(updates.slice(0, 2))).toBe('ab');
  });

  it('reads what an update would add, and whether it has a gap, without applying it', () => {
    const doc = docWith('x'.repeat(1000));
    const editor = new Y.Doc();
    sync(doc, editor);
    const edit = (change: (text: Y.Text) => void) => {
      const before = Y.encodeStateVector(editor);
      change(editor.getText(CODE_TEXT));
      return Y.encodeStateAsUpdate(editor, before);
    };
    const first = edit((t) => t.insert(0, 'abc'));
    const second = edit((t) => t.insert(3, 'de'));
    const deletion = edit((t) => t.delete(0, 500));
    expect(inspectUpdate(doc, first)).toEqual({ gap: false, newItems: 3 });
    // The second and the deletion need the first (its clocks, and the items they refer to).
    expect(inspectUpdate(doc, second).gap).toBe(true);
    expect(inspectUpdate(doc, deletion).gap).toBe(true);
    Y.applyUpdate(doc, first);
    expect(inspectUpdate(doc, second)).toEqual({ gap: false, newItems: 2 });
    // What the document already has adds nothing.
    expect(inspectUpdate(doc, first)).toEqual({ gap: false, newItems: 0 });
    // Several updates merged into one are read as one.
    expect(inspectUpdate(doc, Y.mergeUpdates([second, deletion]))).toEqual({ gap: false, newItems: 2 });
    expect(doc.getText(CODE_TEXT).length).toBe(1003);
  });

  it('tries an update on a copy: whether it changes anything, and the code’s length after it', () => {
    const doc = docWith('x'.repeat(100_000));
    // Something deleted: a client's answer then always carries a delete set.
    doc.getText(CODE_TEXT).delete(0, 10);
    const edit = (change: (text: Y.Text) => void) => {
      const editor = new Y.Doc();
      sync(doc, editor);
      const before = Y.encodeStateVector(editor);
      change(editor.getText(CODE_TEXT));
      return Y.encodeStateAsUpdate(editor, before);
    };
    expect(
      tryUpdate(
        doc,
        edit((t) => t.insert(0, 'y'.repeat(11))),
      ),
    ).toEqual({ changes: true, codeLength: 100_001 });
    // A paste that replaces as much as it adds keeps the length.
    expect(
      tryUpdate(
        doc,
        edit((t) => (t.delete(0, 500), t.insert(0, 'z'.repeat(500)))),
      ),
    ).toEqual({ changes: true, codeLength: 99_990 });
    // A client's answer with nothing new (its whole delete set, its structs all known) changes nothing.
    const reader = new Y.Doc();
    sync(doc, reader);
    expect(tryUpdate(doc, Y.encodeStateAsUpdate(reader, Y.encodeStateVector(doc)))).toEqual({ changes: false, codeLength: 99_990 });
    // The document itself is untouched.
    expect(doc.getText(CODE_TEXT).length).toBe(99_990);
  });
});
