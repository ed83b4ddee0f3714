import type { Metadata } from 'next';
import { ChevronLeft, ChevronRight, History, MessageSquare, Star } from 'lucide-react';
import Link from 'next/link';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { fill } from '@/lib/i18n/fill';
import { taipeiDateTime } from '@/lib/i18n/format';
import { ROOMS } from '@/lib/i18n/rooms';
import { getDictionary } from '@/app/_lib/i18n';
import { encodeId } from '@/lib/ids';
import { roomHistory } from '@/lib/rooms/history';
import { durationOf } from '@/lib/rooms/session';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(ROOMS);
  return { title: d.historyTitle };
}

export default async function RoomHistoryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [actor, { locale, d }] = await Promise.all([requireWebActor('/rooms/history'), getDictionary(ROOMS)]);
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const history = await roomHistory(await getDb(), actor, { page, pageSize: 10, sortBy: 'startedAt', sortOrder: 'desc' });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{d.historyTitle}</h1>
      {history.items.length === 0 ? (
        <p className="text-slate-600">
          {d.historyEmpty}{' '}
          <Link href="/live" prefetch={false} className="text-brand-600">
            {d.joinQueue}
          </Link>
        </p>
      ) : (
        <ul className="space-y-3" data-testid="room-history">
          {history.items.map((item) => {
            const roomId = encodeId('room', item.room.id);
            return (
              <li key={item.room.id} className="card space-y-1" data-testid="room-history-item">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-semibold">
                    {locale === 'en' ? item.question.title : item.question.titleZh || item.question.title}
                  </span>
                  <span className="text-sm whitespace-nowrap text-slate-500">
                    {d.difficulties[item.question.difficulty]} · {d.status[item.room.status]}
                  </span>
                </div>
                <p className="text-sm text-slate-600">
                  {d.roles[item.myRole]} · {d.partner}
                  {locale === 'en' ? ': ' : '：'}
                  {item.partner.displayName}（{d.roles[item.partner.role]}） · {d.startedAt}{' '}
                  {item.room.startedAt ? taipeiDateTime(item.room.startedAt) : ''} · {d.duration}{' '}
                  {fill(d.minutes, { n: Math.round(durationOf(item.room) / 60) })}
                </p>
                {item.feedback && (
                  <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="room-history-feedback">
                    <span className="inline-flex" role="img" aria-label={`${item.feedback.rating}／5`}>
                      {[1, 2, 3, 4, 5].map((n) => (
                        <Star
                          key={n}
                          className={`size-4 ${n <= item.feedback!.rating ? 'fill-amber-400 text-amber-500' : 'text-slate-300'}`}
                          aria-hidden
                        />
                      ))}
                    </span>
                    <span className="break-words">{item.feedback.comment}</span>
                  </p>
                )}
                <div className="flex gap-3 text-sm">
                  <Link href={`/rooms/${roomId}`} prefetch={false} className="inline-flex items-center gap-1 text-brand-600">
                    <MessageSquare className="size-4" aria-hidden />
                    {d.feedback}
                  </Link>
                  {item.room.status === 'ended' && (
                    <Link
                      href={`/rooms/${roomId}/replay`}
                      prefetch={false}
                      className="inline-flex items-center gap-1 text-brand-600"
                      data-testid="room-history-replay"
                    >
                      <History className="size-4" aria-hidden />
                      {d.replay}
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {history.pagination.totalPages > 1 && (
        <nav className="flex gap-3 text-sm">
          {page > 1 && (
            <Link href={`/rooms/history?page=${page - 1}`} prefetch={false} className="text-brand-600" aria-label="←">
              <ChevronLeft className="size-4" />
            </Link>
          )}
          <span>
            {page}／{history.pagination.totalPages}
          </span>
          {page < history.pagination.totalPages && (
            <Link href={`/rooms/history?page=${page + 1}`} prefetch={false} className="text-brand-600" aria-label="→">
              <ChevronRight className="size-4" />
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
