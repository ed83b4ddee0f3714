import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { Markdown } from '@/components/markdown';
import { requireWebActor } from '@/app/_lib/auth';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { ROOMS } from '@/lib/i18n/rooms';
import { getDictionary } from '@/app/_lib/i18n';
import { decodeId, encodeId } from '@/lib/ids';
import { interviewRewardRules } from '@/lib/gamification/service';
import { feedbackOf } from '@/lib/rooms/feedback';
import { roomConsoleOf } from '@/lib/rooms/live';
import { RUBRIC } from '@/lib/rooms/rubric';
import { roomView } from '@/lib/rooms/view';
import { RoomWorkspace, type RoomProps } from './_components/room-workspace';
import type { FeedbackView } from './_components/feedback-panel';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(ROOMS);
  return { title: d.nav };
}

const iceServerList = z.array(
  z.object({ urls: z.union([z.string(), z.array(z.string())]), username: z.string().optional(), credential: z.string().optional() }),
);

/** STUN/TURN servers from ICE_SERVERS (JSON); none when unset or malformed: peers on one network still connect. */
function iceServers(): RTCIceServer[] {
  if (!env.ICE_SERVERS) return [];
  try {
    return iceServerList.parse(JSON.parse(env.ICE_SERVERS));
  } catch {
    return [];
  }
}

const feedbackView = (row: { rating: number; comment: string; strengths: string[]; improvements: string[] } | null): FeedbackView | null =>
  row && { rating: row.rating, comment: row.comment, strengths: row.strengths, improvements: row.improvements };

export default async function RoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const [actor, { locale, d }] = await Promise.all([requireWebActor(`/rooms/${roomId}`), getDictionary(ROOMS)]);
  const db = await getDb();
  let view;
  let feedback;
  let stored;
  try {
    const id = decodeId('room', roomId);
    // What the page showed before a reload is on the room's timeline: the console, the verdicts, the feedback.
    [view, feedback, stored] = await Promise.all([roomView(db, actor, id), feedbackOf(db, actor, id), roomConsoleOf(db, actor, id)]);
  } catch (error) {
    // Someone else's room reads as no room at all.
    if (isAppError(error) && ['ROOM_NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND'].includes(error.code)) notFound();
    throw error;
  }
  const { room, me, partner, question } = view;
  const zh = locale !== 'en';
  if (room.status === 'expired') {
    return (
      <div className="card space-y-2">
        <h1 className="text-xl font-semibold">{zh ? question.titleZh : question.titleEn}</h1>
        <p data-testid="room-status">{d.status.expired}</p>
      </div>
    );
  }
  const props: RoomProps = {
    roomId: encodeId('room', room.id),
    me: { userId: encodeId('user', me.userId), role: me.role, displayName: me.displayName },
    partner: { userId: encodeId('user', partner.userId), role: partner.role, displayName: partner.displayName },
    status: room.status,
    startedAt: room.startedAt?.toISOString() ?? null,
    endedAt: room.endedAt?.toISOString() ?? null,
    language: room.language,
    enableVideo: room.enableVideo,
    iceServers: iceServers(),
    hintsLeft: view.hintsTotal - room.hintsRevealed,
    revealedHints: view.hints.filter((h) => h.revealed).map((h) => (zh ? h.zh : h.en)),
    feedback: { given: feedbackView(feedback.given), received: feedbackView(feedback.received), partnerGave: feedback.partnerGave },
    // The interviewer rates the interviewee on the rubric they held the interview against.
    criteria: me.role === 'interviewer' ? RUBRIC.map((c) => ({ id: c.id, name: zh ? c.name.zh : c.name.en })) : [],
    reward: room.status === 'ended' ? (room.reward ?? null) : null,
    rewardMinMinutes: interviewRewardRules().minMinutes,
    console: {
      runs: stored.runs.map(({ jobId, output }) => ({
        jobId: encodeId('job', jobId),
        output: output?.output ?? '',
        error: output?.error ?? null,
        runtime: output?.runtime,
        status: output?.status,
        done: output !== null,
      })),
      verdicts: stored.verdicts.map((v) => ({
        submissionId: encodeId('submission', v.data.submissionId),
        status: v.data.status,
        passed: v.data.passed,
        total: v.data.total,
        ...(v.userId ? { sender: encodeId('user', v.userId) } : {}),
      })),
    },
  };
  const problem = (
    <article className="space-y-3" data-testid="room-problem">
      <div className="flex items-baseline justify-between gap-2">
        <h1 className="text-lg font-semibold">{zh ? question.titleZh : question.titleEn}</h1>
        <span className="shrink-0 text-sm whitespace-nowrap text-slate-500">{d.difficulties[question.difficulty]}</span>
      </div>
      <Markdown source={zh ? question.statementZh : question.statementEn} />
      <section className="space-y-1">
        <h2 className="text-sm font-semibold">{d.examples}</h2>
        {question.examples.map((example, i) => (
          <pre key={i} className="rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap dark:bg-slate-900">
            {example.input} → {example.output}
          </pre>
        ))}
      </section>
      <section>
        <h2 className="text-sm font-semibold">{d.constraints}</h2>
        <ul className="list-inside list-disc font-mono text-xs">
          {question.constraints.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <section className="space-y-1" data-testid="room-hints">
        <h2 className="text-sm font-semibold">{d.hints}</h2>
        {view.hints.length === 0 ? (
          <p className="text-sm text-slate-500">{d.noHints}</p>
        ) : (
          <ol className="list-inside list-decimal space-y-1 text-sm">
            {view.hints.map((hint) => (
              <li key={hint.index} className={hint.revealed ? '' : 'text-slate-500'} data-testid="room-hint">
                {zh ? hint.zh : hint.en}
                {me.role === 'interviewer' && hint.revealed && (
                  <span className="ml-1 text-xs text-emerald-700 dark:text-emerald-400">（{d.hintRevealed}）</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
  const interviewerPane = view.interviewer && (
    <>
      <details>
        <summary className="cursor-pointer text-sm font-semibold">{d.solution}</summary>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900" data-testid="room-solution">
          {view.interviewer.solution.code}
        </pre>
      </details>
      <section>
        <h3 className="text-sm font-semibold">{d.rubric}</h3>
        <ul className="space-y-1 text-sm" data-testid="room-rubric">
          {view.interviewer.rubric.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{zh ? c.name.zh : c.name.en}</span>
              {zh ? '：' : ': '}
              {zh ? c.good.zh : c.good.en}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
  return <RoomWorkspace props={props} d={d} problem={problem} interviewerPane={interviewerPane} />;
}
