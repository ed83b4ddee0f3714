import type { Metadata } from 'next';
import Link from 'next/link';
import { FavoriteButton } from '@/components/community/favorite-button';
import { getDb } from '@/db';
import { requireWebActor } from '@/app/_lib/auth';
import { listFavoriteDiscussions, listFavoriteExperiences } from '@/lib/favorites/service';
import { COMMUNITY } from '@/lib/i18n/community';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/app/_lib/i18n';
import { markdownExcerpt } from '@/lib/markdown';
import { ExperienceItem } from '@/app/experiences/_components/experience-item';

export async function generateMetadata(): Promise<Metadata> {
  const { d } = await getDictionary(EXPERIENCES);
  return { title: d.favoritesTitle };
}

/** 我的收藏: the signed-in user's saved discussions and experiences, most recently saved first. */
export default async function FavoritesPage() {
  const [actor, { d }, { d: c }, db] = await Promise.all([
    requireWebActor('/favorites'),
    getDictionary(EXPERIENCES),
    getDictionary(COMMUNITY),
    getDb(),
  ]);
  const [discussions, experiences] = await Promise.all([listFavoriteDiscussions(db, actor), listFavoriteExperiences(db, actor)]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{d.favoritesTitle}</h1>
      <section className="space-y-4" aria-labelledby="favorite-discussions" data-testid="favorite-discussions">
        <h2 id="favorite-discussions" className="text-xl font-semibold">
          {d.favoriteDiscussions}
        </h2>
        {discussions.length === 0 ? (
          <p className="card text-center text-slate-500">{d.noFavoriteDiscussions}</p>
        ) : (
          <ul className="space-y-4">
            {discussions.map((discussion) => (
              <li key={discussion.id} className="card space-y-2 p-5" data-testid="discussion-item">
                <h3 className="text-lg font-semibold">
                  <Link href={`/forum/${discussion.id}`} className="hover:underline">
                    {discussion.title}
                  </Link>
                </h3>
                <p className="text-sm text-slate-600">{markdownExcerpt(discussion.content, 120)}</p>
                <div className="flex flex-wrap items-center gap-4 text-sm text-slate-500">
                  <FavoriteButton kind="discussion" id={discussion.id} favorited count={discussion.favorites} signedIn t={c} />
                  <span>{fill(c.commentsCount, { n: discussion.comments })}</span>
                  <span>{fill(c.postedBy, { name: discussion.poster })}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-4" aria-labelledby="favorite-experiences" data-testid="favorite-experiences">
        <h2 id="favorite-experiences" className="text-xl font-semibold">
          {d.favoriteExperiences}
        </h2>
        {experiences.length === 0 ? (
          <p className="card text-center text-slate-500">{d.noFavoriteExperiences}</p>
        ) : (
          <ul className="space-y-4">
            {experiences.map((experience) => (
              <ExperienceItem key={experience.id} experience={experience} signedIn d={d} c={c} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
