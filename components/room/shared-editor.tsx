'use client';

import { useTheme } from 'next-themes';
import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import Editor, { monacoLanguage, type OnMount } from '@/components/monaco-editor';
import type { RoomSync } from '@/lib/rooms/sync-client';
import { MonacoBinding } from './monaco-binding';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
}

/** Who else has the document open, from the room's awareness (name and colour each client announced). */
function peersOf(sync: RoomSync): Peer[] {
  const peers: Peer[] = [];
  sync.awareness.getStates().forEach((state, clientId) => {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (clientId === sync.doc.clientID || typeof user?.name !== 'string' || typeof user.color !== 'string') return;
    // A colour is only ever a hex colour here: it goes into a style sheet.
    if (!/^#[0-9a-f]{6}$/i.test(user.color)) return;
    peers.push({ clientId, name: user.name.slice(0, 40), color: user.color });
  });
  return peers;
}

/**
 * Monaco bound to the room's Yjs text: each person's edits merge (never lost), remote cursors and
 * selections show with their name, and Ctrl+Z undoes only one's own edits.
 */
export function SharedEditor({
  sync,
  language,
  readOnly,
  me,
  loadingLabel,
}: {
  sync: RoomSync;
  language: string;
  readOnly: boolean;
  me: { name: string; color: string };
  loadingLabel: string;
}) {
  const { resolvedTheme } = useTheme();
  const cleanup = useRef<() => void>(undefined);
  const [peers, setPeers] = useState<Peer[]>([]);

  useEffect(() => {
    const update = () => setPeers(peersOf(sync));
    sync.awareness.setLocalStateField('user', me);
    sync.awareness.on('change', update);
    update();
    return () => sync.awareness.off('change', update);
  }, [sync, me]);

  useEffect(() => () => cleanup.current?.(), []);

  const onMount: OnMount = (editor, monaco) => {
    const model = editor.getModel();
    if (!model) return;
    const binding = new MonacoBinding(monaco, sync.text, model, new Set([editor]), sync.awareness);
    // Remote edits bypass Monaco's own undo stack, so undo is Yjs's, tracking this editor's edits only.
    const undo = new Y.UndoManager(sync.text, { trackedOrigins: new Set([binding]) });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => undo.undo());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => undo.redo());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => undo.redo());
    cleanup.current = () => {
      undo.destroy();
      binding.destroy();
    };
  };

  const css = peers
    .map(
      (p) =>
        `.yRemoteSelection-${p.clientId}{background-color:${p.color}33}` +
        `.yRemoteSelectionHead-${p.clientId}{position:absolute;border-left:2px solid ${p.color};height:100%}` +
        `.yRemoteSelectionHead-${p.clientId}::after{content:${JSON.stringify(p.name)};position:absolute;top:-1.2em;left:-2px;` +
        `background:${p.color};color:#fff;font-size:10px;padding:0 3px;border-radius:2px;white-space:nowrap}`,
    )
    .join('');

  return (
    <div className="h-full" data-testid="shared-editor">
      <style>{css}</style>
      <Editor
        height="100%"
        language={monacoLanguage(language)}
        onMount={onMount}
        loading={loadingLabel}
        theme={resolvedTheme === 'dark' ? 'vs-dark' : 'vs'}
        options={{
          readOnly,
          minimap: { enabled: false },
          fontSize: 14,
          scrollBeyondLastLine: false,
          tabSize: language === 'python' ? 4 : 2,
        }}
      />
    </div>
  );
}
