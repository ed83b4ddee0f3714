import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { isAppError } from '@/lib/errors';
import { ROOMS } from '@/lib/i18n/rooms';
import { getDictionary } from '@/app/_lib/i18n';
import { encodeId } from '@/lib/ids';
import { currentMatch, waitingEntry } from '@/lib/matchmaking/service';
import { LANGUAGES, findLanguage } from '@/lib/vocabulary/languages';
import { CallOff } from './_components/call-off';
import { Lobby } from './_components/lobby';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(ROOMS);
  return { title: d.lobbyTitle };
}

export default async function LobbyPage() {
  const [actor, { locale, d }] = await Promise.all([requireWebActor('/live'), getDictionary(ROOMS)]);
  const db = await getDb();
  const [waiting, current] = await Promise.all([
    waitingEntry(db, actor),
    currentMatch(db, actor).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'MATCH_NOT_FOUND') return null;
      throw error;
    }),
  ]);
  const languages = Object.values(LANGUAGES).map((l) => ({ id: l.id, name: l.displayName }));
  const preferred = actor.user.preferences.languages.map((name) => findLanguage(name)?.id).find((id) => id !== undefined);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{d.lobbyTitle}</h1>
        <div className="flex gap-3 text-sm">
          <Link href="/opportunities" prefetch={false} className="text-brand-600">
            {d.opportunities}
            {locale === 'en' ? ': ' : '：'}
            <span data-testid="lobby-opportunities">{actor.user.opportunities}</span>
          </Link>
          <Link href="/rooms/history" prefetch={false} className="text-brand-600">
            {d.history}
          </Link>
        </div>
      </div>
      <p className="text-slate-600">{d.lobbyIntro}</p>
      {current ? (
        <section className="card space-y-2" data-testid="lobby-current">
          <p>
            {d.currentRoom}
            {locale === 'en' ? `: ${current.question.titleEn}` : `：${current.question.titleZh}`} · {d.status[current.room.status]}
          </p>
          <div className="flex gap-2">
            <Link href={`/rooms/${encodeId('room', current.room.id)}`} prefetch={false} className="btn inline-block">
              {d.goToRoom}
            </Link>
            {current.room.status === 'waiting' && <CallOff roomId={encodeId('room', current.room.id)} d={d} />}
          </div>
        </section>
      ) : (
        <Lobby
          d={d}
          languages={languages}
          defaults={{
            language: preferred ?? 'javascript',
            difficulty: actor.user.preferences.difficulty,
            enableVideo: actor.user.preferences.enableVideo,
          }}
          opportunities={actor.user.opportunities}
          waiting={
            waiting
              ? {
                  queueId: encodeId('queue', waiting.entry.id),
                  enteredAt: waiting.entry.enteredAt.toISOString(),
                  estimatedWaitTime: waiting.estimatedWaitTime ?? 0,
                }
              : null
          }
        />
      )}
    </div>
  );
}
