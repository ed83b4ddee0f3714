import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AWARENESS_EVERY_MS, RoomSync, type SyncTransport } from '@/lib/rooms/sync-client';

/** A connected transport that keeps what the client sends (the room's socket, without a server). */
class Recorder implements SyncTransport {
  connected = true;
  readonly sent: Array<{ event: string; message: Uint8Array }> = [];
  emit(event: 'y:sync' | 'y:awareness', message: Uint8Array): void {
    this.sent.push({ event, message });
  }
  on(): void {}
  off(): void {}
  cursorMessages(): Uint8Array[] {
    return this.sent.filter((m) => m.event === 'y:awareness').map((m) => m.message);
  }
}

/** The client's cursor state as the partner would read it from one message. */
function stateIn(message: Uint8Array, clientId: number): unknown {
  const partner = new Awareness(new Y.Doc());
  applyAwarenessUpdate(partner, message, 'server');
  const state = partner.getStates().get(clientId) ?? null;
  partner.destroy();
  return state;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the room sync client', () => {
  it('sends its cursor at most every 150 ms while typing, the latest position last, and leaving at once', () => {
    vi.useFakeTimers();
    const transport = new Recorder();
    const sync = new RoomSync(transport);
    const id = sync.doc.clientID;
    // Connecting announces the cursor.
    expect(transport.cursorMessages()).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    // A keystroke every 10 ms for 100 ms: the first position goes at once, the rest wait.
    for (let i = 0; i < 10; i++) {
      sync.awareness.setLocalStateField('selection', { at: i });
      vi.advanceTimersByTime(10);
    }
    expect(transport.cursorMessages()).toHaveLength(2);
    expect(stateIn(transport.cursorMessages()[1]!, id)).toEqual({ selection: { at: 0 } });
    vi.advanceTimersByTime(AWARENESS_EVERY_MS);
    expect(transport.cursorMessages()).toHaveLength(3);
    expect(stateIn(transport.cursorMessages()[2]!, id)).toEqual({ selection: { at: 9 } });

    // A move still waiting is overtaken by leaving, which goes at once; nothing follows it.
    sync.awareness.setLocalStateField('selection', { at: 10 });
    sync.destroy();
    expect(transport.cursorMessages()).toHaveLength(4);
    expect(stateIn(transport.cursorMessages()[3]!, id)).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(transport.cursorMessages()).toHaveLength(4);
  });

  it('sends every edit at once: only the cursor waits', () => {
    vi.useFakeTimers();
    const transport = new Recorder();
    const sync = new RoomSync(transport);
    const before = transport.sent.filter((m) => m.event === 'y:sync').length;
    for (const key of 'abc') sync.text.insert(sync.text.length, key);
    expect(transport.sent.filter((m) => m.event === 'y:sync').length - before).toBe(3);
    sync.destroy();
  });
});
