'use client';

import { Circle, History, Lightbulb, Play, Send, Square, SquareCheck, X } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { toast } from 'sonner';
import { SharedEditor } from '@/components/room/shared-editor';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { fill } from '@/lib/i18n/fill';
import { ROOM_HISTORY_FULL } from '@/lib/rooms/document';
import { CODE_TOO_LONG } from '@/lib/code-limits';
import { errorText, type RoomStrings } from '@/lib/i18n/rooms';
import { cancelRoomAction, endRoomAction, revealHintAction, startRoomAction, submitRoomAction } from '../actions';
import { FeedbackPanel, type FeedbackState } from './feedback-panel';
import { useRoom, type RoomConsoleState, type RunLine } from './use-room';
import { VideoPanel } from './video-panel';

export type RoomReward = 'earned' | 'too_short' | 'no_work' | 'pair_limit' | 'daily_limit';

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
  /** The hints the interviewee has been shown so far, in the page's language. */
  revealedHints: string[];
  feedback: FeedbackState;
  /** The rubric's criteria the interviewer rates the interviewee on (none for the interviewee). */
  criteria: Array<{ id: string; name: string }>;
  /** What ending the interview paid, once it ended; and the rules' minimum minutes. */
  reward: RoomReward | null;
  rewardMinMinutes: number;
  console: RoomConsoleState;
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
    <div className="border-b border-slate-100 py-1 dark:border-slate-800" data-testid="run-output">
      <pre className="font-mono text-xs break-words whitespace-pre-wrap">{run.output}</pre>
      {run.error && <pre className="font-mono text-xs break-words whitespace-pre-wrap text-red-700 dark:text-red-400">{run.error}</pre>}
      <div className="text-xs text-slate-500">
        {run.done ? [run.status && d.verdict[run.status], run.runtime].filter(Boolean).join(' · ') : d.running}
      </div>
    </div>
  );
}

/** Why an edit was refused, in the page's language. */
function refusalText(refusal: { code: string; message: string }, d: RoomStrings): string {
  if (refusal.message === CODE_TOO_LONG) return d.codeTooLong;
  if (refusal.message === ROOM_HISTORY_FULL) return d.historyFull;
  if (refusal.code === 'GONE') return d.editRoomExpired;
  if (refusal.code === 'CONFLICT') return d.editInterviewEnded;
  return errorText(refusal.code, d);
}

// Phones get the panes as tabs; the choice is made in the browser, so the server renders neither.
const NARROW = '(max-width: 767px)';
const subscribeWidth = (change: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
};
const useLayoutMode = () =>
  useSyncExternalStore<'wide' | 'narrow' | null>(
    subscribeWidth,
    () => (window.matchMedia(NARROW).matches ? 'narrow' : 'wide'),
    () => null,
  );

/** The workspace fills the viewport below the site's header, whatever height the header wraps to. */
function useHeaderHeight(): number {
  const [height, setHeight] = useState(57);
  useEffect(() => {
    const header = document.querySelector('body header');
    if (!header) return;
    const measure = () => setHeight(header.getBoundingClientRect().height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return height;
}

interface Panes {
  problem: ReactNode;
  editor: ReactNode;
  results: ReactNode;
  chat: ReactNode;
}

function Handle({ vertical }: { vertical?: boolean }) {
  return (
    <Separator
      className={`${vertical ? 'h-1.5' : 'w-1.5'} bg-slate-200 transition-colors hover:bg-brand-400 data-[separator=active]:bg-brand-500 dark:bg-slate-800`}
    />
  );
}

/** Wide screens: problem, editor over its console, chat; the sizes are remembered (localStorage). */
function WideLayout({ panes }: { panes: Panes }) {
  const columns = useDefaultLayout({ id: 'room-columns', storage: localStorage });
  const rows = useDefaultLayout({ id: 'room-editor-rows', storage: localStorage });
  return (
    <Group
      orientation="horizontal"
      id="room-columns"
      defaultLayout={columns.defaultLayout}
      onLayoutChanged={columns.onLayoutChanged}
      className="h-full"
    >
      <Panel id="room-pane-problem" defaultSize="24%" minSize="15%">
        <div className="h-full overflow-y-auto p-3">{panes.problem}</div>
      </Panel>
      <Handle />
      <Panel id="room-pane-main" defaultSize="54%" minSize="30%">
        <Group
          orientation="vertical"
          id="room-editor-rows"
          defaultLayout={rows.defaultLayout}
          onLayoutChanged={rows.onLayoutChanged}
          className="h-full"
        >
          <Panel id="room-pane-editor" defaultSize="68%" minSize="25%">
            {panes.editor}
          </Panel>
          <Handle vertical />
          <Panel id="room-pane-results" defaultSize="32%" minSize="10%">
            <div className="h-full overflow-y-auto p-2">{panes.results}</div>
          </Panel>
        </Group>
      </Panel>
      <Handle />
      <Panel id="room-pane-side" defaultSize="22%" minSize="15%">
        <div className="h-full overflow-y-auto p-2">{panes.chat}</div>
      </Panel>
    </Group>
  );
}

/** Phones: one pane at a time. Every pane stays mounted, so the editor and chat keep their state. */
function NarrowLayout({ panes, d }: { panes: Panes; d: RoomStrings }) {
  const content = 'h-full min-h-0 data-[state=inactive]:hidden';
  return (
    <Tabs defaultValue="problem" className="flex h-full flex-col">
      <TabsList className="shrink-0 px-2">
        {(['problem', 'code', 'results', 'chat'] as const).map((tab) => (
          <TabsTrigger key={tab} value={tab} data-testid={`room-tab-${tab}`}>
            {d.panes[tab]}
          </TabsTrigger>
        ))}
      </TabsList>
      <div className="min-h-0 flex-1">
        <TabsContent value="problem" forceMount className={`${content} overflow-y-auto p-3`}>
          {panes.problem}
        </TabsContent>
        <TabsContent value="code" forceMount className={content}>
          {panes.editor}
        </TabsContent>
        <TabsContent value="results" forceMount className={`${content} overflow-y-auto p-2`}>
          {panes.results}
        </TabsContent>
        <TabsContent value="chat" forceMount className={`${content} overflow-y-auto p-2`}>
          {panes.chat}
        </TabsContent>
      </div>
    </Tabs>
  );
}

/**
 * The interview room: the problem (and, for the interviewer, hints to reveal, the reference
 * solution and the rubric), the shared editor with its runs and verdicts, chat, presence, the
 * timer, video when asked for, then feedback. It fills the screen in resizable panes.
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
  const live = useRoom(props.roomId, props.console);
  const mode = useLayoutMode();
  const headerHeight = useHeaderHeight();
  const [now, setNow] = useState(() => Date.now());
  const [stdin, setStdin] = useState('');
  const [chatText, setChatText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [action, setAction] = useState<string | null>(null);
  const chatEnd = useRef<HTMLLIElement>(null);
  const hintsShown = useRef(props.revealedHints.length);
  const me = useMemo(
    () => ({ name: props.me.displayName, color: COLORS[Number(props.me.userId.replace(/\D/g, '')) % COLORS.length]! }),
    [props.me],
  );
  const ended = props.status === 'ended' || props.status === 'expired';

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // Started, ended, a hint revealed or feedback given (by either side, on any instance): the page re-reads the room.
  useEffect(() => {
    if (live.changes || live.hints || live.feedback.count) router.refresh();
  }, [live.changes, live.hints, live.feedback.count, router]);
  // Once per feedback_given heard (a refresh brings new props, not new feedback).
  const feedbackToasted = useRef(0);
  useEffect(() => {
    if (live.feedback.count === feedbackToasted.current) return;
    feedbackToasted.current = live.feedback.count;
    if (live.feedback.from && live.feedback.from !== props.me.userId) toast(d.partnerFeedbackToast);
  }, [live.feedback, props.me.userId, d]);
  // A hint revealed while the interviewee looks: announced where they are, then kept in the problem pane.
  useEffect(() => {
    const shown = props.revealedHints.length;
    if (shown > hintsShown.current && props.me.role === 'interviewee') {
      toast(d.hintToast, { description: props.revealedHints[shown - 1], duration: 10_000, icon: <Lightbulb className="size-4" /> });
    }
    hintsShown.current = shown;
  }, [props.revealedHints, props.me.role, d]);
  // Braces: newer browsers' scrollIntoView returns a promise, which React would take for a cleanup function.
  useEffect(() => {
    void chatEnd.current?.scrollIntoView({ block: 'nearest' });
  }, [live.chat.length]);

  const run = <T,>(name: string, work: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, then?: (data: T) => void) => {
    setFailure(null);
    setAction(name);
    startTransition(async () => {
      const result = await work();
      if (!result.ok) setFailure(errorText(result.error, d));
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
    live.socket.emit('chat_message', { message }, (reply: { ok?: boolean; error?: { code: string } }) => {
      if (reply.error) setFailure(errorText(reply.error.code, d));
    });
    setChatText('');
  };
  const runCode = () => {
    if (!live.socket) return;
    live.socket.emit('run_code', { language: props.language, code: code(), input: stdin }, (reply: { error?: { code: string } }) => {
      if (reply.error) setFailure(errorText(reply.error.code, d));
    });
  };

  const rewardText =
    props.reward &&
    fill((props.me.role === 'interviewer' ? d.rewardInterviewer : d.rewardInterviewee)[props.reward], { n: props.rewardMinMinutes });

  const problemPane = (
    <div className="space-y-3">
      {ended && (
        <section className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="room-ended">
          {rewardText && (
            <p className="text-sm" data-testid="room-reward">
              <span className="font-semibold">{d.reward}：</span>
              {rewardText}
            </p>
          )}
          <FeedbackPanel roomId={props.roomId} partner={props.partner} state={props.feedback} criteria={props.criteria} d={d} />
          <Link
            href={`/rooms/${props.roomId}/replay`}
            prefetch={false}
            className="btn-secondary inline-flex items-center gap-1"
            data-testid="room-replay"
          >
            <History className="size-4" aria-hidden />
            {d.replay}
          </Link>
        </section>
      )}
      {problem}
      {props.me.role === 'interviewer' && (
        <section className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700" data-testid="interviewer-pane">
          <h2 className="font-semibold">{d.interviewerPane}</h2>
          {props.status === 'active' && props.hintsLeft > 0 && (
            <button
              type="button"
              className="btn-secondary inline-flex items-center gap-1"
              disabled={pending}
              onClick={() => run('hint', () => revealHintAction({ roomId: props.roomId }))}
              data-testid="reveal-hint"
            >
              <Lightbulb className="size-4" aria-hidden />
              {d.revealHint}
            </button>
          )}
          {interviewerPane}
        </section>
      )}
    </div>
  );

  const editorPane = (
    <div className="flex h-full flex-col">
      <div className="min-h-0 flex-1">
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
        <p className="px-2 py-1 text-sm text-red-600" role="alert" data-testid="room-edit-refused">
          {d.editRefused}
          {refusalText(live.editRefused, d)}
        </p>
      )}
    </div>
  );

  const resultsPane = (
    <div className="space-y-2">
      {!ended && (
        <div className="flex flex-wrap items-start gap-2">
          <button
            type="button"
            className="btn-secondary inline-flex items-center gap-1"
            onClick={runCode}
            disabled={!live.socket}
            data-testid="room-run"
          >
            <Play className="size-4" aria-hidden />
            {d.run}
          </button>
          <button
            type="button"
            className="btn inline-flex items-center gap-1"
            disabled={pending || props.status !== 'active'}
            onClick={() => run('submit', () => submitRoomAction({ roomId: props.roomId, code: code() }))}
            data-testid="room-submit"
          >
            <SquareCheck className="size-4" aria-hidden />
            {pending && action === 'submit' ? d.submitting : d.submit}
          </button>
          <textarea
            className="field min-h-10 min-w-40 flex-1 font-mono text-xs"
            placeholder={d.input}
            value={stdin}
            onChange={(e) => setStdin(e.target.value)}
            aria-label={d.input}
          />
        </div>
      )}
      {live.verdicts.length > 0 && (
        <section data-testid="room-verdicts">
          <h2 className="text-sm font-semibold">{d.verdicts}</h2>
          <ul className="text-sm">
            {live.verdicts.map((v) => (
              <li
                key={v.submissionId}
                className={v.status === 'accepted' ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}
                data-testid="room-verdict"
              >
                {d.verdict[v.status] ?? ''} · {fill(d.passedOf, { passed: v.passed, total: v.total })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section data-testid="room-console">
        <h2 className="text-sm font-semibold">{d.console}</h2>
        {live.runs.length === 0 ? (
          <p className="text-sm text-slate-500">{d.noOutput}</p>
        ) : (
          live.runs.map((r) => <RunView key={r.jobId} run={r} d={d} />)
        )}
      </section>
    </div>
  );

  const chatPane = (
    <div className="flex h-full flex-col gap-2">
      {props.enableVideo && !ended && (
        <VideoPanel socket={live.socket} polite={props.me.role === 'interviewee'} iceServers={props.iceServers} d={d} />
      )}
      <section className="flex min-h-64 flex-1 flex-col" data-testid="room-chat">
        <h2 className="font-semibold">{d.chat}</h2>
        <ul className="min-h-0 flex-1 space-y-1 overflow-y-auto text-sm">
          {live.chat.map((m, i) => (
            <li key={i} data-testid="chat-line">
              <span className="font-semibold">{m.sender.displayName}</span>：<span className="break-words">{m.message}</span>
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
              className="field min-w-0 flex-1"
              value={chatText}
              maxLength={2000}
              onChange={(e) => setChatText(e.target.value)}
              placeholder={d.chatPlaceholder}
              aria-label={d.chat}
              data-testid="chat-input"
            />
            <button type="submit" className="btn-secondary inline-flex items-center gap-1" data-testid="chat-send" aria-label={d.send}>
              <Send className="size-4" aria-hidden />
              <span className="max-sm:sr-only">{d.send}</span>
            </button>
          </form>
        )}
      </section>
    </div>
  );

  const panes: Panes = { problem: problemPane, editor: editorPane, results: resultsPane, chat: chatPane };

  return (
    <div data-workspace className="flex flex-col overflow-hidden" style={{ height: `calc(100dvh - ${headerHeight}px)` }} data-testid="room">
      <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
        <span className="font-semibold" data-testid="room-status">
          {d.status[props.status]}
        </span>
        <span className="whitespace-nowrap">
          {d.timer}{' '}
          <span className="font-mono" data-testid="room-timer">
            {elapsed(props.startedAt, props.endedAt ? new Date(props.endedAt).getTime() : now)}
          </span>
        </span>
        <span
          className={live.connection === 'connected' ? 'text-emerald-700 dark:text-emerald-400' : 'text-amber-700 dark:text-amber-400'}
          data-testid="room-connection"
        >
          {d.connection[live.connection]}
        </span>
        <ul className="flex flex-wrap gap-2" data-testid="participants">
          {live.participants.map((p) => (
            <li
              key={p.userId}
              className="inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800"
              data-online={p.online}
            >
              <Circle
                className={`size-2.5 ${p.online ? 'fill-emerald-500 text-emerald-500' : 'text-slate-400'}`}
                aria-label={p.online ? d.online : d.offline}
              />
              {p.displayName}（{d.roles[p.role]}
              {p.userId === props.me.userId ? `，${d.you}` : ''}）
            </li>
          ))}
        </ul>
        <div className="ml-auto flex gap-2">
          {props.status === 'waiting' && (
            <button
              type="button"
              className="btn inline-flex items-center gap-1"
              disabled={pending}
              onClick={() => run('start', () => startRoomAction({ roomId: props.roomId }))}
              data-testid="room-start"
            >
              <Play className="size-4" aria-hidden />
              {pending && action === 'start' ? d.starting : d.start}
            </button>
          )}
          {props.status === 'waiting' && (
            <ConfirmDialog
              trigger={
                <button
                  type="button"
                  className="btn-secondary inline-flex items-center gap-1"
                  disabled={pending}
                  data-testid="room-call-off"
                >
                  <X className="size-4" aria-hidden />
                  {d.callOff}
                </button>
              }
              title={d.callOff}
              description={d.confirmCallOff}
              confirmLabel={d.callOff}
              cancelLabel={d.back}
              danger
              onConfirm={() => run('cancel', () => cancelRoomAction({ roomId: props.roomId }))}
            />
          )}
          {props.status === 'active' && (
            <ConfirmDialog
              trigger={
                <button type="button" className="btn-secondary inline-flex items-center gap-1" disabled={pending} data-testid="room-end">
                  <Square className="size-4" aria-hidden />
                  {pending && action === 'end' ? d.ending : d.end}
                </button>
              }
              title={d.end}
              description={d.confirmEnd}
              confirmLabel={d.end}
              cancelLabel={d.back}
              danger
              onConfirm={() => run('end', () => endRoomAction({ roomId: props.roomId }))}
            />
          )}
        </div>
      </div>
      {live.refused && (
        <p className="shrink-0 px-3 py-1 text-sm text-red-600" role="alert">
          {errorText(live.refused, d)}
        </p>
      )}
      {failure && (
        <p className="shrink-0 px-3 py-1 text-sm text-red-600" role="alert" data-testid="room-failure">
          {failure}
        </p>
      )}
      <div className="min-h-0 flex-1">
        {mode === 'wide' && <WideLayout panes={panes} />}
        {mode === 'narrow' && <NarrowLayout panes={panes} d={d} />}
      </div>
    </div>
  );
}
