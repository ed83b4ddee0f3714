'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { io } from 'socket.io-client';
import { LoaderCircle, Search, X } from 'lucide-react';
import { errorText, type RoomStrings } from '@/lib/i18n/rooms';
import { cancelQueueAction, joinQueueAction, queueStatusAction } from '../actions';

export interface Waiting {
  queueId: string;
  enteredAt: string;
  estimatedWaitTime: number;
}

type Difficulty = 'Easy' | 'Medium' | 'Hard';
type Role = 'interviewee' | 'interviewer';

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The lobby: preferences, the queue with a live wait timer, cancel. A match arrives as
 * `match_found` on the user's socket (from whichever instance made it); a slow poll of the
 * queue entry covers a socket that is down.
 */
export function Lobby({
  d,
  languages,
  defaults,
  opportunities,
  waiting: initial,
}: {
  d: RoomStrings;
  languages: Array<{ id: string; name: string }>;
  defaults: { language: string; difficulty: Difficulty; enableVideo: boolean };
  opportunities: number;
  waiting: Waiting | null;
}) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(opportunities > 0 ? 'interviewee' : 'interviewer');
  const [language, setLanguage] = useState(defaults.language);
  const [difficulty, setDifficulty] = useState<Difficulty>(defaults.difficulty);
  const [enableVideo, setEnableVideo] = useState(defaults.enableVideo);
  const [waiting, setWaiting] = useState<Waiting | null>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!waiting) return;
    const socket = io({ transports: ['websocket', 'polling'], withCredentials: true });
    socket.on('match_found', (found: { roomId: string }) => router.push(`/rooms/${found.roomId}`));
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const poll = setInterval(() => {
      void queueStatusAction({ queueId: waiting.queueId }).then((result) => {
        if (!result.ok) return;
        if (result.data.status === 'matched' && result.data.roomId) router.push(`/rooms/${result.data.roomId}`);
        else if (result.data.status !== 'waiting') {
          setWaiting(null);
          setNotice(result.data.status === 'expired' ? d.expired : d.cancelled);
        }
      });
    }, 5000);
    return () => {
      socket.disconnect();
      clearInterval(tick);
      clearInterval(poll);
    };
  }, [waiting, router, d]);

  const join = () =>
    startTransition(async () => {
      setFailure(null);
      setNotice(null);
      const result = await joinQueueAction({ role, language, difficulty, enableVideo });
      if (!result.ok) setFailure(errorText(result.error, d));
      // A partner was already waiting: matched at once.
      else if (result.data.roomId) router.push(`/rooms/${result.data.roomId}`);
      else setWaiting(result.data);
    });

  const cancel = () =>
    startTransition(async () => {
      if (!waiting) return;
      const result = await cancelQueueAction({ queueId: waiting.queueId });
      if (result.ok) {
        setWaiting(null);
        setNotice(d.cancelled);
      } else setFailure(errorText(result.error, d));
    });

  const blocked = role === 'interviewee' && opportunities === 0;

  if (waiting) {
    const waited = (now - new Date(waiting.enteredAt).getTime()) / 1000;
    return (
      <section className="card space-y-3" data-testid="queue-waiting">
        <h2 className="text-lg font-semibold">
          <span className="inline-flex items-center gap-2">
            <LoaderCircle className="size-5 animate-spin text-brand-600" aria-hidden />
            {d.waiting}
          </span>
        </h2>
        <p>
          {d.waited}{' '}
          <span className="font-mono" data-testid="queue-timer">
            {clock(waited)}
          </span>{' '}
          · {d.estimated} <span className="font-mono">{clock(waiting.estimatedWaitTime)}</span>
        </p>
        <button
          type="button"
          className="btn-secondary inline-flex items-center gap-1"
          disabled={pending}
          onClick={cancel}
          data-testid="queue-cancel"
        >
          <X className="size-4" aria-hidden />
          {d.cancel}
        </button>
        {failure && (
          <p className="text-sm text-red-600" role="alert">
            {failure}
          </p>
        )}
      </section>
    );
  }

  return (
    <form
      className="card space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        join();
      }}
      data-testid="lobby-form"
    >
      <fieldset className="space-y-1">
        <legend className="font-semibold">{d.role}</legend>
        {(['interviewee', 'interviewer'] as const).map((r) => (
          <label key={r} className="flex items-start gap-2">
            <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} data-testid={`role-${r}`} />
            <span>
              {d.roles[r]} <span className="text-sm text-slate-500">{d.roleHelp[r]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {role === 'interviewee' && opportunities === 0 && (
        <p id="lobby-no-opportunities" className="text-sm text-amber-700 dark:text-amber-400" data-testid="lobby-no-opportunities">
          {d.noOpportunitiesShort}
          {d.noOpportunities}
        </p>
      )}
      <div className="flex flex-wrap gap-4">
        <label className="text-sm">
          {d.language}
          <select className="field" value={language} onChange={(e) => setLanguage(e.target.value)} data-testid="lobby-language">
            {languages.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {d.difficulty}
          <select
            className="field"
            value={difficulty}
            onChange={(e) => setDifficulty(e.target.value as Difficulty)}
            data-testid="lobby-difficulty"
          >
            {(['Easy', 'Medium', 'Hard'] as const).map((x) => (
              <option key={x} value={x}>
                {d.difficulties[x]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" checked={enableVideo} onChange={(e) => setEnableVideo(e.target.checked)} />
          {d.enableVideo}
        </label>
      </div>
      {notice && <p className="text-sm text-slate-600">{notice}</p>}
      {failure && (
        <p className="text-sm text-red-600" role="alert" data-testid="lobby-failure">
          {failure}
        </p>
      )}
      {/* The interviewee spends an opportunity when the interview starts: without one there is nothing to queue for. */}
      <button
        type="submit"
        className="btn inline-flex items-center gap-1"
        disabled={pending || blocked}
        aria-describedby={blocked ? 'lobby-no-opportunities' : undefined}
        data-testid="queue-join"
      >
        <Search className="size-4" aria-hidden />
        {pending ? d.joining : d.joinQueue}
      </button>
    </form>
  );
}
