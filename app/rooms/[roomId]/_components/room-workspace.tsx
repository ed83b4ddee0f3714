'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from 'react';
import { SharedEditor } from '@/components/room/shared-editor';
import { fill } from '@/lib/i18n/fill';
import { ROOM_HISTORY_FULL } from '@/lib/rooms/document';
import { CODE_TOO_LONG } from '@/lib/code-limits';
import type { RoomStrings } from '@/lib/i18n/rooms';
import { cancelRoomAction, endRoomAction, revealHintAction, startRoomAction, submitRoomAction } from '../actions';
import { FeedbackPanel, type FeedbackState } from './feedback-panel';
import { useRoom, type RunLine } from './use-room';
import { VideoPanel } from './video-panel';

export interface RoomProps {
  roomId: string;
  me: { userId: string; role: 'interviewee' | 'interviewer'; displayName: string };
  partner: { userId: string; role: 'interviewee' | 'interviewer'; displayName: string };
  status: 'waiting' | 'active' | 'ended' | 'expired';
  startedAt: string | null;
  endedAt: string | null;
  language: string;
  enableVideo: boolean;
  iceServers: RTCIceServer[];
  hintsLeft: number;
  feedback: FeedbackState;
}

const COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2'];

function elapsed(from: string | null, to: number): string {
  if (!from) return '00:00';
  const s = Math.max(0, Math.floor((to - new Date(from).getTime()) / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

function RunView({ run, d }: { run: RunLine; d: RoomStrings }) {
  return (
    <div className="border-b border-slate-100 py-1" data-testid="run-output">
      <pre className="whitespace-pre-wrap break-words font-mono text-xs">{run.output}</pre>
      {run.error && <pre className="whitespace-pre-wrap break-words font-mono text-xs text-red-700">{run.error}</pre>}
      <div className="text-xs text-slate-500">{run.done ? `${run.status ?? ''} · ${run.runtime ?? ''}` : d.running}</div>
    </div>
  );
}

/** Why an edit was refused, in the page's language where it is one the room knows. */
function refusalText(refusal: { code: string; message: string }, d: RoomStrings): string {
  if (refusal.message === CODE_TOO_LONG) return d.codeTooLong;
  if (refusal.message === ROOM_HISTORY_FULL) return d.historyFull;
  if (refusal.code === 'GONE') return d.editRoomExpired;
  if (refusal.code === 'CONFLICT') return d.editInterviewEnded;
  return refusal.message;
}

/**
 * The interview room: the problem (and, for the interviewer, hints to reveal, the reference
 * solution and the rubric), the shared editor, runs and verdicts, chat, presence, the timer,
 * video when asked for, then feedback.
 */
export function RoomWorkspace({
  props,
  d,
  problem,
  interviewerPane,
}: {
  props: RoomProps;
  d: RoomStrings;
  problem: ReactNode;
  interviewerPane: ReactNode;
}) {
  const router = useRouter();
  const live = useRoom(props.roomId);
  const [now, setNow] = useState(() => Date.now());
  const [stdin, setStdin] = useState('');
  const [chatText, setChatText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [action, setAction] = useState<string | null>(null);
  const chatEnd = useRef<HTMLLIElement>(null);
  const me = useMemo(
    () => ({ name: props.me.displayName, color: COLORS[Number(props.me.userId.replace(/\D/g, '')) % COLORS.length]! }),
    [props.me],
  );
  const ended = props.status === 'ended' || props.status === 'expired';

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // Started, ended or a hint revealed (by either side, on any instance): the page re-reads the room.
  useEffect(() => {
    if (live.changes || live.hints) router.refresh();
  }, [live.changes, live.hints, router]);
  // Braces: newer browsers' scrollIntoView returns a promise, which React would take for a cleanup function.
  useEffect(() => {
    void chatEnd.current?.scrollIntoView({ block: 'nearest' });
  }, [live.chat.length]);

  const run = <T,>(name: string, work: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, then?: (data: T) => void) => {
    setFailure(null);
    setAction(name);
    startTransition(async () => {
      const result = await work();
      if (!result.ok) setFailure(result.error);
      else {
        then?.(result.data);
        router.refresh();
      }
    });
  };

  const code = () => live.sync?.text.toString() ?? '';
  const sendChat = () => {
    const message = chatText.trim();
    if (!message || !live.socket) return;
    live.socket.emit('chat_message', { message }, (reply: { ok?: boolean; error?: { message: string } }) => {
      if (reply.error) setFailure(reply.error.message);
    });
    setChatText('');
  };
  const runCode = () => {
    if (!live.socket) return;
    live.socket.emit('run_code', { language: props.language, code: code(), input: stdin }, (reply: { error?: { message: string } }) => {
      if (reply.error) setFailure(reply.error.message);
    });
  };

  return (
    <div className="space-y-3" data-testid="room">
      <div className="card flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold" data-testid="room-status">
          {d.status[props.status]}
        </span>
        <span>
          {d.timer}{' '}
          <span className="font-mono" data-testid="room-timer">
            {elapsed(props.startedAt, props.endedAt ? new Date(props.endedAt).getTime() : now)}
          </span>
        </span>
        <span className={live.connection === 'connected' ? 'text-emerald-700' : 'text-amber-700'} data-testid="room-connection">
          {d.connection[live.connection]}
        </span>
        <ul className="flex gap-2" data-testid="participants">
          {live.participants.map((p) => (
            <li key={p.userId} className="rounded bg-slate-100 px-2 py-0.5" data-online={p.online}>
              <span className={p.online ? 'text-emerald-600' : 'text-slate-400'}>●</span> {p.displayName}（{d.roles[p.role]}
              {p.userId === props.me.userId ? `，${d.you}` : ''}）
            </li>
          ))}
        </ul>
        <div className="ml-auto flex gap-2">
          {props.status === 'waiting' && (
            <button
              type="button"
              className="btn"
              disabled={pending}
              onClick={() => run('start', () => startRoomAction({ roomId: props.roomId }))}
              data-testid="room-start"
            >
              {pending && action === 'start' ? d.starting : d.start}
            </button>
          )}
          {props.status === 'waiting' && (
            <button
              type="button"
              className="btn-secondary"
              disabled={pending}
              onClick={() => window.confirm(d.confirmCallOff) && run('cancel', () => cancelRoomAction({ roomId: props.roomId }))}
              data-testid="room-call-off"
            >
              {d.callOff}
            </button>
          )}
          {props.status === 'active' && (
            <button
              type="button"
              className="btn-secondary"
              disabled={pending}
              onClick={() => window.confirm(d.confirmEnd) && run('end', () => endRoomAction({ roomId: props.roomId }))}
              data-testid="room-end"
            >
              {pending && action === 'end' ? d.ending : d.end}
            </button>
          )}
        </div>
      </div>
      {live.refused && (
        <p className="text-sm text-red-600" role="alert">
          {live.refused}
        </p>
      )}
      {failure && (
        <p className="text-sm text-red-600" role="alert" data-testid="room-failure">
          {failure}
        </p>
      )}
      {ended && (
        <section className="card space-y-2">
          <FeedbackPanel roomId={props.roomId} partner={props.partner} state={props.feedback} d={d} />
          <Link href={`/rooms/${props.roomId}/replay`} prefetch={false} className="btn-secondary inline-block" data-testid="room-replay">
            {d.replay}
          </Link>
        </section>
      )}
      <div className="grid gap-3 xl:grid-cols-4">
        <aside className="space-y-3 xl:col-span-1">
          {problem}
          {props.me.role === 'interviewer' && (
            <section className="card space-y-2" data-testid="interviewer-pane">
              <h2 className="font-semibold">{d.interviewerPane}</h2>
              {props.status === 'active' && props.hintsLeft > 0 && (
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={pending}
                  onClick={() => run('hint', () => revealHintAction({ roomId: props.roomId }))}
                  data-testid="reveal-hint"
                >
                  {d.revealHint}
                </button>
              )}
              {interviewerPane}
            </section>
          )}
        </aside>
        <main className="space-y-2 xl:col-span-2">
          <div className="h-[30rem] overflow-hidden rounded border border-slate-200">
            {live.sync ? (
              <SharedEditor
                key={live.sync.doc.guid}
                sync={live.sync}
                language={props.language}
                readOnly={ended}
                me={me}
                loadingLabel={d.editorLoading}
              />
            ) : (
              <p className="p-3 text-sm text-slate-500">{d.connection.connecting}</p>
            )}
          </div>
          {live.editRefused !== null && (
            <p className="text-sm text-red-600" role="alert" data-testid="room-edit-refused">
              {d.editRefused}
              {refusalText(live.editRefused, d)}
            </p>
          )}
          {!ended && (
            <div className="flex flex-wrap items-start gap-2">
              <button type="button" className="btn-secondary" onClick={runCode} disabled={!live.socket} data-testid="room-run">
                {d.run}
              </button>
              <button
                type="button"
                className="btn"
                disabled={pending || props.status !== 'active'}
                onClick={() => run('submit', () => submitRoomAction({ roomId: props.roomId, code: code() }))}
                data-testid="room-submit"
              >
                {pending && action === 'submit' ? d.submitting : d.submit}
              </button>
              <textarea
                className="field min-h-10 flex-1 font-mono text-xs"
                placeholder={d.input}
                value={stdin}
                onChange={(e) => setStdin(e.target.value)}
                aria-label={d.input}
              />
            </div>
          )}
          <section className="card" data-testid="room-console">
            <h2 className="text-sm font-semibold">{d.console}</h2>
            {live.runs.length === 0 ? (
              <p className="text-sm text-slate-500">{d.noOutput}</p>
            ) : (
              live.runs.map((r) => <RunView key={r.jobId} run={r} d={d} />)
            )}
          </section>
          {live.verdicts.length > 0 && (
            <section className="card" data-testid="room-verdicts">
              <h2 className="text-sm font-semibold">{d.verdicts}</h2>
              <ul className="text-sm">
                {live.verdicts.map((v) => (
                  <li
                    key={v.submissionId}
                    className={v.status === 'accepted' ? 'text-emerald-700' : 'text-red-700'}
                    data-testid="room-verdict"
                  >
                    {d.verdict[v.status] ?? v.status} · {fill(d.passedOf, { passed: v.passed, total: v.total })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </main>
        <aside className="space-y-3 xl:col-span-1">
          <section className="card flex h-[24rem] flex-col" data-testid="room-chat">
            <h2 className="font-semibold">{d.chat}</h2>
            <ul className="flex-1 space-y-1 overflow-y-auto text-sm">
              {live.chat.map((m, i) => (
                <li key={i} data-testid="chat-line">
                  <span className="font-semibold">{m.sender.displayName}</span>: <span className="break-words">{m.message}</span>
                </li>
              ))}
              <li ref={chatEnd} />
            </ul>
            {!ended && (
              <form
                className="mt-2 flex gap-1"
                onSubmit={(e) => {
                  e.preventDefault();
                  sendChat();
                }}
              >
                <input
                  className="field flex-1"
                  value={chatText}
                  maxLength={2000}
                  onChange={(e) => setChatText(e.target.value)}
                  placeholder={d.chatPlaceholder}
                  aria-label={d.chat}
                  data-testid="chat-input"
                />
                <button type="submit" className="btn-secondary" data-testid="chat-send">
                  {d.send}
                </button>
              </form>
            )}
          </section>
          {props.enableVideo && !ended && (
            <VideoPanel socket={live.socket} polite={props.me.role === 'interviewee'} iceServers={props.iceServers} d={d} />
          )}
        </aside>
      </div>
    </div>
  );
}
