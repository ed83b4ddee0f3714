import type { Metadata } from 'next';
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { isAppError } from '@/lib/errors';
import { fill } from '@/lib/i18n/fill';
import { ROOMS, type RoomStrings } from '@/lib/i18n/rooms';
import { getDictionary } from '@/app/_lib/i18n';
import { decodeId } from '@/lib/ids';
import { roomReplay, type ReplayEvent } from '@/lib/rooms/replay';
import { ReplayPlayer, type ReplayData } from './_components/replay-player';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(ROOMS);
  return { title: d.replayTitle };
}

/** One line of the timeline for an event, in the viewer's language. */
function describe(event: ReplayEvent, d: RoomStrings): string {
  const data = event.data;
  switch (event.kind) {
    case 'chat':
      return String(data.message ?? '');
    case 'run':
      return String(data.code ?? '').slice(0, 300);
    case 'output':
      return [data.output, data.error]
        .filter((v) => typeof v === 'string' && v)
        .join('\n')
        .slice(0, 500);
    case 'verdict':
      return `${d.verdict[String(data.status)] ?? String(data.status)} · ${fill(d.passedOf, { passed: Number(data.passed), total: Number(data.total) })}`;
    case 'hint':
      return `#${Number(data.index) + 1}`;
    default:
      return '';
  }
}

export default async function ReplayPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const [actor, { locale, d }] = await Promise.all([requireWebActor(`/rooms/${roomId}/replay`), getDictionary(ROOMS)]);
  let replay;
  try {
    replay = await roomReplay(await getDb(), actor, decodeId('room', roomId));
  } catch (error) {
    if (isAppError(error) && ['NOT_FOUND', 'ROOM_NOT_FOUND', 'FORBIDDEN', 'CONFLICT'].includes(error.code)) notFound();
    throw error;
  }
  const start = (replay.updates[0]?.at ?? replay.createdAt).getTime();
  const data: ReplayData = {
    language: replay.language,
    start,
    end: Math.max(start, (replay.endedAt ?? replay.createdAt).getTime()),
    names: Object.fromEntries(replay.participants.map((p) => [p.userId, p.displayName])),
    updates: replay.updates.map((u) => ({ at: u.at.getTime(), update: u.update })),
    events: replay.events.map((e) => ({ at: e.at.getTime(), userId: e.userId, kind: e.kind, text: describe(e, d) })),
  };
  return (
    <div className="space-y-4">
      <Link href="/rooms/history" prefetch={false} className="inline-flex items-center gap-1 text-sm text-brand-600">
        <ArrowLeft className="size-4" aria-hidden />
        {d.backToHistory}
      </Link>
      <h1 className="text-2xl font-semibold">
        {d.replayTitle}
        {locale === 'en' ? `: ${replay.question.titleEn}` : `：${replay.question.titleZh || replay.question.titleEn}`}
      </h1>
      <p className="text-slate-600">{replay.participants.map((p) => `${p.displayName}（${d.roles[p.role]}）`).join(' · ')}</p>
      <ReplayPlayer data={data} d={d} />
    </div>
  );
}
