import Link from 'next/link';
import { FavoriteButton } from '@/components/community/favorite-button';
import type { ExperienceView } from '@/lib/experiences/service';
import type { CommunityStrings } from '@/lib/i18n/community';
import type { ExperienceStrings } from '@/lib/i18n/experiences';
import { fill } from '@/lib/i18n/fill';
import { markdownExcerpt } from '@/lib/markdown';
import { DifficultyBadge, ResultBadge, Stars } from './badges';
import { companyHref } from './labels';

/** One experience in a list (the list, a company's page, the favorites). */
export function ExperienceItem({
  experience: e,
  signedIn,
  d,
  c,
}: {
  experience: ExperienceView;
  signedIn: boolean;
  d: ExperienceStrings;
  c: CommunityStrings;
}) {
  return (
    <li className="card space-y-3 p-5" data-testid="experience-item">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link href={companyHref(e.company)} className="text-brand-600 hover:underline">
            {e.company}
          </Link>
          <span className="text-slate-400"> · </span>
          <Link href={`/experiences/${e.id}`} className="hover:underline">
            {e.position}
          </Link>
        </h2>
        <span className="text-sm text-slate-500">
          {d.interviewDate} <time dateTime={e.interviewDate.replaceAll('/', '-')}>{e.interviewDate}</time>
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ResultBadge result={e.result} d={d} />
        <DifficultyBadge difficulty={e.difficulty} d={d} />
        {e.evaluation !== null && <Stars value={e.evaluation} d={d} />}
      </div>
      <p className="text-sm text-slate-600">{markdownExcerpt(e.sharing, 120)}</p>
      <div className="flex flex-wrap items-center gap-4 text-sm text-slate-500">
        <FavoriteButton
          kind="experience"
          id={e.id}
          favorited={e.favoriteId != null}
          count={e.favorites}
          signedIn={signedIn}
          loginNext={`/experiences/${e.id}`}
          t={c}
        />
        <Link href={`/experiences/${e.id}#comments-heading`} className="hover:text-slate-800">
          {fill(c.commentsCount, { n: e.comments })}
        </Link>
        <span>{fill(d.sharedBy, { name: e.authorName })}</span>
      </div>
    </li>
  );
}
