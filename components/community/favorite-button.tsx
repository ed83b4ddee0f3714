'use client';

import { Star } from 'lucide-react';
import Link from 'next/link';
import { useOptimistic, useState, useTransition } from 'react';
import { setFavoriteAction } from '@/app/_actions/community';
import type { CommunityStrings } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';

type State = { favorited: boolean; count: number };

/** Saves or unsaves a post at once on screen, then on the server; a refusal puts it back and says so. */
export function FavoriteButton({
  kind,
  id,
  favorited,
  count,
  signedIn,
  loginNext,
  t,
}: {
  kind: 'discussion' | 'experience';
  id: number;
  favorited: boolean;
  count: number;
  signedIn: boolean;
  /** Where log-in brings a signed-out visitor back to (the page showing the button). */
  loginNext?: string;
  t: CommunityStrings;
}) {
  const [saved, setSaved] = useState<State>({ favorited, count });
  const [shown, show] = useOptimistic(saved, (_current, next: State) => next);
  const [failed, setFailed] = useState(false);
  const [, start] = useTransition();

  if (!signedIn) {
    return (
      <Link
        href={loginNext ? `/login?next=${encodeURIComponent(loginNext)}` : '/login'}
        className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800"
        title={t.signInToFavorite}
      >
        <Star className="size-3.5" aria-hidden />
        {fill(t.favoritesCount, { n: count })}
      </Link>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm ${shown.favorited ? 'border-amber-300 bg-amber-50 text-amber-800' : 'border-slate-300 text-slate-600 hover:bg-slate-100'}`}
        aria-pressed={shown.favorited}
        data-testid={`favorite-${kind}-${id}`}
        onClick={() => {
          const next = { favorited: !shown.favorited, count: shown.count + (shown.favorited ? -1 : 1) };
          setFailed(false);
          start(async () => {
            show(next);
            const result = await setFavoriteAction({ kind, id, favorite: next.favorited });
            if (result.ok) setSaved(next);
            else setFailed(true);
          });
        }}
      >
        <Star className={`size-3.5 ${shown.favorited ? 'fill-current' : ''}`} aria-hidden />
        {shown.favorited ? t.unfavorite : t.favorite} · {fill(t.favoritesCount, { n: shown.count })}
      </button>
      {failed && (
        <span className="text-xs text-red-600" role="alert">
          {t.failed}
        </span>
      )}
    </span>
  );
}
