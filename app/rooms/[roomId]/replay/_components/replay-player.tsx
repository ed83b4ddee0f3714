'use client';

import { Pause, Play } from 'lucide-react';
import { useTheme } from 'next-themes';
import { useEffect, useMemo, useRef, useState } from 'react';
import * as Y from 'yjs';
import Editor, { monacoLanguage } from '@/components/monaco-editor';
import { CODE_TEXT } from '@/lib/rooms/document';
import type { RoomStrings } from '@/lib/i18n/rooms';

export interface ReplayData {
  language: string;
  start: number;
  end: number;
  names: Record<string, string>;
  updates: Array<{ at: number; update: string }>;
  events: Array<{ at: number; userId: number | null; kind: keyof RoomStrings['events']; text: string }>;
}

const SPEEDS = [1, 2, 4, 8] as const;
const TICK_MS = 50;

/** Where on the timeline a moment sits, in percent: a moment outside the recording (a leave or feedback after the end) sits at its edge. */
export const markerPosition = (at: number, start: number, duration: number) => Math.min(100, Math.max(0, ((at - start) / duration) * 100));

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Plays a finished room back: the code as it was typed (its Yjs updates applied up to the
 * moment shown), with chat, runs and verdicts on a timeline, at 1×–8×, with a scrubber.
 */
export function ReplayPlayer({ data, d }: { data: ReplayData; d: RoomStrings }) {
  const { resolvedTheme } = useTheme();
  const updates = useMemo(() => data.updates.map((u) => ({ at: u.at, bytes: decode(u.update) })), [data.updates]);
  const duration = Math.max(1, data.end - data.start);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  // The document up to `applied` updates; moving back rebuilds it from the start.
  const doc = useRef<{ doc: Y.Doc; applied: number }>(undefined);
  const [code, setCode] = useState('');

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setPosition((p) => {
        const next = Math.min(duration, p + TICK_MS * speed);
        if (next >= duration) setPlaying(false);
        return next;
      });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, duration]);

  useEffect(() => {
    const at = data.start + position;
    let count = 0;
    while (count < updates.length && updates[count]!.at <= at) count++;
    let state = doc.current;
    if (!state || state.applied > count) {
      state?.doc.destroy();
      state = doc.current = { doc: new Y.Doc(), applied: 0 };
    }
    for (; state.applied < count; state.applied++) Y.applyUpdate(state.doc, updates[state.applied]!.bytes);
    setCode(state.doc.getText(CODE_TEXT).toString());
  }, [position, updates, data.start]);

  useEffect(() => () => doc.current?.doc.destroy(), []);

  // At the end, everything: what happened after the recording's end (leaving, feedback) too.
  const shown = position >= duration ? data.events : data.events.filter((e) => e.at <= data.start + position);
  return (
    <div className="min-w-0 space-y-3" data-testid="replay">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn inline-flex items-center gap-1"
          onClick={() => setPlaying((p) => !p)}
          data-testid="replay-play"
        >
          {playing ? <Pause className="size-4" aria-hidden /> : <Play className="size-4" aria-hidden />}
          {playing ? d.pause : d.play}
        </button>
        <label className="flex items-center gap-1 text-sm">
          {d.speed}
          <select
            className="field w-auto"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}
            data-testid="replay-speed"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="font-mono text-sm" data-testid="replay-clock">
          {clock(position)} / {clock(duration)}
        </span>
      </div>
      <div className="relative">
        <input
          type="range"
          min={0}
          max={duration}
          step={100}
          value={position}
          onChange={(e) => setPosition(Number(e.target.value))}
          className="w-full"
          aria-label={d.timeline}
          data-testid="replay-scrubber"
        />
        <div className="pointer-events-none relative h-2 overflow-hidden" data-testid="replay-markers">
          {data.events.map((e, i) => (
            <span
              key={i}
              title={d.events[e.kind]}
              className={`absolute top-0 h-2 w-0.5 ${e.kind === 'verdict' ? 'bg-emerald-600' : e.kind === 'chat' ? 'bg-sky-500' : 'bg-slate-400'}`}
              style={{ left: `min(${markerPosition(e.at, data.start, duration)}%, 100% - 2px)` }}
            />
          ))}
        </div>
      </div>
      <div className="grid gap-3 lg:grid-cols-3">
        <div
          className="h-[28rem] min-w-0 overflow-hidden rounded border border-slate-200 lg:col-span-2 dark:border-slate-700"
          data-testid="replay-editor"
        >
          <Editor
            height="100%"
            language={monacoLanguage(data.language)}
            value={code}
            loading={d.editorLoading}
            theme={resolvedTheme === 'dark' ? 'vs-dark' : 'vs'}
            options={{ readOnly: true, minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false }}
          />
        </div>
        <ol className="h-[28rem] min-w-0 space-y-1 overflow-y-auto text-sm" data-testid="replay-events">
          {shown.map((e, i) => (
            <li key={i} className="border-b border-slate-100 pb-1 dark:border-slate-800">
              <span className="font-mono text-xs text-slate-500">{clock(e.at - data.start)}</span>{' '}
              <span className="font-semibold">{e.userId !== null ? (data.names[e.userId] ?? '') : ''}</span>{' '}
              <span className="text-slate-500">{d.events[e.kind]}</span>
              {e.text && <div className="whitespace-pre-wrap break-words">{e.text}</div>}
            </li>
          ))}
        </ol>
      </div>
      <pre className="hidden" data-testid="replay-code">
        {code}
      </pre>
    </div>
  );
}
