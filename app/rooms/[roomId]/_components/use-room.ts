'use client';

import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { OUT_OF_SYNC } from '@/lib/rooms/document';
import { RoomSync } from '@/lib/rooms/sync-client';

/** The contract's event format, as the /rooms namespace delivers it. */
export interface Envelope<T = Record<string, unknown>> {
  event: string;
  data: T;
  timestamp: string;
  sender?: string;
}

export interface Participant {
  userId: string;
  role: 'interviewee' | 'interviewer';
  displayName: string;
  online: boolean;
}

export interface ChatLine {
  message: string;
  sender: { userId: string; displayName: string };
  timestamp: string;
}

export interface RunLine {
  jobId: string;
  output: string;
  error: string | null;
  runtime?: string;
  status?: string;
  done: boolean;
}

export interface RoomLive {
  socket: Socket | null;
  sync: RoomSync | null;
  connection: 'connecting' | 'connected' | 'offline';
  refused: string | null;
  participants: Participant[];
  chat: ChatLine[];
  runs: RunLine[];
  /** The last state change heard (interview_started / interview_ended), for the page to refresh. */
  changes: number;
  /** Hints revealed while the page is open. */
  hints: number;
  /** Feedback given in the room while the page is open, and by whom (the page re-reads what it may show). */
  feedback: { count: number; from: string | null };
  verdicts: Array<{ submissionId: string; status: string; passed: number; total: number; sender?: string }>;
  /** Why the server refused the last edit for good (code too long, history full, interview over), until the next edit. */
  editRefused: { code: string; message: string } | null;
}

/** What the room's timeline held when the page rendered: the console and the verdicts survive a reload. */
export interface RoomConsoleState {
  runs: RunLine[];
  verdicts: RoomLive['verdicts'];
}

/**
 * One Socket.IO connection to the room (the browser's session cookie authenticates it): the Yjs
 * document, presence, chat, runs and state changes. Socket.IO reconnects by itself; the Yjs sync
 * merges whatever was typed meanwhile.
 */
export function useRoom(roomId: string, stored: RoomConsoleState): RoomLive {
  const [live, setLive] = useState<RoomLive>(() => ({
    socket: null,
    sync: null,
    connection: 'connecting',
    refused: null,
    participants: [],
    chat: [],
    runs: stored.runs,
    changes: 0,
    hints: 0,
    feedback: { count: 0, from: null },
    verdicts: stored.verdicts,
    editRefused: null,
  }));

  useEffect(() => {
    const socket = io('/rooms', { auth: { roomId, yjs: true }, transports: ['websocket', 'polling'], withCredentials: true });
    let sync = new RoomSync(socket);
    const update = (change: (l: RoomLive) => Partial<RoomLive>) => setLive((l) => ({ ...l, ...change(l) }));
    const setOnline = (userId: string | undefined, online: boolean) =>
      update((l) => ({ participants: l.participants.map((p) => (p.userId === userId ? { ...p, online } : p)) }));

    // The editor appears once the first connection is up (set from the event, not the effect).
    socket.on('connect', () => update(() => ({ socket, sync, connection: 'connected', refused: null })));
    socket.on('disconnect', () => update(() => ({ connection: 'offline' })));
    socket.on('connect_error', (error) => {
      // A refusal (not a member, expired, logged out) will not get better by retrying.
      if (['FORBIDDEN', 'GONE', 'ROOM_NOT_FOUND', 'UNAUTHORIZED'].includes(error.message)) {
        socket.disconnect();
        update(() => ({ refused: error.message }));
      }
      update(() => ({ connection: 'offline' }));
    });
    socket.on('room_state', (e: Envelope<{ participants: Participant[]; chat: ChatLine[] }>) =>
      update(() => ({ participants: e.data.participants, chat: e.data.chat })),
    );
    socket.on('user_joined', (e: Envelope<{ userId: string }>) => setOnline(e.data.userId, true));
    socket.on('user_left', (e: Envelope<{ userId: string }>) => setOnline(e.data.userId, false));
    socket.on('chat_message', (e: Envelope<ChatLine>) => update((l) => ({ chat: [...l.chat, e.data] })));
    // A run or verdict the page rendered from the timeline may be announced again: each is kept once.
    socket.on('run_started', (e: Envelope<{ jobId: string }>) =>
      update((l) =>
        l.runs.some((r) => r.jobId === e.data.jobId)
          ? {}
          : { runs: [...l.runs, { jobId: e.data.jobId, output: '', error: null, done: false }].slice(-20) },
      ),
    );
    socket.on(
      'code_output',
      (e: Envelope<{ jobId: string; partial?: boolean; output: string; error?: string | null; runtime?: string; status?: string }>) =>
        update((l) => {
          const known = l.runs.some((r) => r.jobId === e.data.jobId);
          const runs = known ? l.runs : [...l.runs, { jobId: e.data.jobId, output: '', error: null, done: false }];
          return {
            runs: runs.map((r) =>
              r.jobId !== e.data.jobId
                ? r
                : e.data.partial
                  ? { ...r, output: r.output + e.data.output }
                  : {
                      ...r,
                      output: e.data.output,
                      error: e.data.error ?? null,
                      runtime: e.data.runtime,
                      status: e.data.status,
                      done: true,
                    },
            ),
          };
        }),
    );
    socket.on('submission_result', (e: Envelope<{ submissionId: string; status: string; passed: number; total: number }>) =>
      update((l) =>
        l.verdicts.some((v) => v.submissionId === e.data.submissionId)
          ? {}
          : { verdicts: [...l.verdicts, { ...e.data, sender: e.sender }] },
      ),
    );
    socket.on('interview_started', () => update((l) => ({ changes: l.changes + 1 })));
    socket.on('interview_ended', () => update((l) => ({ changes: l.changes + 1 })));
    socket.on('room_status', () => update((l) => ({ changes: l.changes + 1 })));
    socket.on('hint_revealed', () => update((l) => ({ hints: l.hints + 1 })));
    socket.on('feedback_given', (e: Envelope<{ fromUserId?: string }>) =>
      update((l) => ({ feedback: { count: l.feedback.count + 1, from: e.data.fromUserId ?? e.sender ?? null } })),
    );
    // An update the server refused for now (the rate limit, or one that came after such a
    // refusal) is sent again by syncing: at once for a gap, a few seconds later for the limit.
    // Many gaps in a short while mean this copy cannot catch up: it starts again instead.
    let resyncTimer: ReturnType<typeof setTimeout> | undefined;
    let resyncs: number[] = [];
    const resyncSoon = (ms: number) => {
      if (resyncTimer) return;
      resyncTimer = setTimeout(() => {
        resyncTimer = undefined;
        sync.resync();
      }, ms);
    };
    // An edit refused for good (code over 100,000 characters, a full history, an ended interview,
    // an expired room) is undone here: the editor starts again from the room's document as the
    // server holds it, so what this page shows is what the partner sees. The notice stays until the next edit.
    const startAgain = (refusal: { code: string; message: string } | null) => {
      clearTimeout(resyncTimer);
      resyncTimer = undefined;
      sync.destroy();
      sync = new RoomSync(socket);
      sync.onLocalEdit(() => update((l) => (l.editRefused === null ? {} : { editRefused: null })));
      update(() => ({ sync, editRefused: refusal }));
    };
    socket.on('room_error', (e: { event: string; error: { code: string; message: string } }) => {
      if (e.event !== 'y:sync') return;
      if (e.error.code === 'RATE_LIMIT_EXCEEDED') return resyncSoon(3000);
      if (e.error.message === OUT_OF_SYNC) {
        const now = Date.now();
        resyncs = [...resyncs.filter((at) => now - at < 30_000), now];
        if (resyncs.length > 5) {
          resyncs = [];
          return startAgain(null);
        }
        return resyncSoon(200);
      }
      if (['VALIDATION_ERROR', 'CONFLICT', 'GONE'].includes(e.error.code)) startAgain(e.error);
    });
    // Only a log-in that ended closes a room connection for good (a server restarting just drops it, and Socket.IO reconnects).
    socket.on('room_closed', (e: { reason: string }) =>
      update(() => ({ refused: e.reason === 'session_revoked' ? 'UNAUTHORIZED' : null })),
    );
    return () => {
      clearTimeout(resyncTimer);
      sync.destroy();
      socket.disconnect();
    };
  }, [roomId]);

  return live;
}
