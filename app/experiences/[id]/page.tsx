import type { Metadata } from 'next';
import { BackLink } from '@/components/back-link';
import { taipeiDate } from '@/lib/i18n/format';
import Link from 'next/link';
import { Comments } from '@/components/community/comments';
import { FavoriteButton } from '@/components/community/favorite-button';
import { Markdown } from '@/components/markdown';
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { getExperience } from '@/lib/experiences/service';
import { COMMUNITY } from '@/lib/i18n/community';
import { EXPERIENCES } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/app/_lib/i18n';
import { DifficultyBadge, ResultBadge, Stars } from '../_components/badges';
import { DeleteExperienceButton } from '../_components/delete-experience-button';
import { companyHref } from '../_components/labels';
import { orNotFound, wasEdited } from '@/app/_lib/pages';
import { experienceIdOf } from '../_components/not-found';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, db] = await Promise.all([params, getDb()]);
  const experience = await orNotFound(async () => getExperience(db, null, await experienceIdOf(id)));
  return { title: `${experience.company} · ${experience.position}` };
}

export default async function ExperiencePage({ params }: Props) {
  const [{ id: idText }, { d }, { d: c }, actor, db] = await Promise.all([
    params,
    getDictionary(EXPERIENCES),
    getDictionary(COMMUNITY),
    getWebActor(),
    getDb(),
  ]);
  const id = await experienceIdOf(idText);
  const e = await orNotFound(() => getExperience(db, actor?.userId ?? null, id));
  const mine = actor?.userId === e.authorId;
  return (
    <div className="space-y-6">
      <BackLink href="/experiences">{d.backToList}</BackLink>
      <article className="card space-y-5" data-testid="experience">
        <header className="space-y-3">
          <h1 className="text-2xl font-semibold">
            <Link href={companyHref(e.company)} className="text-brand-600 hover:underline" data-testid="experience-company">
              {e.company}
            </Link>
            <span className="text-slate-400"> · </span>
            <span>{e.position}</span>
          </h1>
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-6 gap-y-2 text-sm text-slate-600">
            <dt>{d.interviewDate}</dt>
            <dd className="text-slate-900">
              <time dateTime={e.interviewDate.replaceAll('/', '-')}>{e.interviewDate}</time>
            </dd>
            <dt>{d.result}</dt>
            <dd>
              <ResultBadge result={e.result} d={d} />
            </dd>
            <dt>{d.difficulty}</dt>
            <dd>
              <DifficultyBadge difficulty={e.difficulty} d={d} named={false} />
            </dd>
            <dt>{d.evaluation}</dt>
            <dd className="flex items-center gap-2 text-slate-900">
              {e.evaluation === null ? (
                d.notRated
              ) : (
                <>
                  <Stars value={e.evaluation} d={d} />
                  <span>{e.evaluation} / 5</span>
                </>
              )}
            </dd>
          </dl>
          <p className="text-xs text-slate-500">
            {fill(d.sharedBy, { name: e.authorName })} · <time dateTime={e.createdAt.toISOString()}>{taipeiDate(e.createdAt)}</time>
            {wasEdited(e) && ` · ${c.edited}`}
          </p>
        </header>
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{d.sharing}</h2>
          <Markdown source={e.sharing} />
        </section>
        {e.questions.length > 0 && (
          <section className="space-y-2">
            <h2 className="text-lg font-semibold">{d.questions}</h2>
            <ol className="list-decimal space-y-1 pl-6" data-testid="experience-questions">
              {e.questions.map((question, index) => (
                <li key={index}>{question}</li>
              ))}
            </ol>
          </section>
        )}
        <footer className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <FavoriteButton
            kind="experience"
            id={e.id}
            favorited={e.favoriteId != null}
            count={e.favorites}
            signedIn={actor !== null}
            loginNext={`/experiences/${e.id}`}
            t={c}
          />
          {mine && (
            <div className="ml-auto flex items-center gap-2">
              <Link href={`/experiences/${e.id}/edit`} className="btn-secondary">
                {c.edit}
              </Link>
              <DeleteExperienceButton id={e.id} d={d} c={c} />
            </div>
          )}
        </footer>
      </article>
      <Comments db={db} post={{ kind: 'experience', id: e.id }} viewerId={actor?.userId ?? null} loginNext={`/experiences/${e.id}`} t={c} />
    </div>
  );
}
