import Link from 'next/link';
import { MessageSquare } from 'lucide-react';
import { FavoriteButton } from '@/components/community/favorite-button';
import type { DiscussionView } from '@/lib/forum/discussions';
import type { CommunityStrings } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import type { ForumStrings } from '@/lib/i18n/forum';
import { markdownExcerpt } from '@/lib/markdown';
import { PostTime, TagLinks } from './post-meta';

/** One discussion in the forum's list: its title, the text of its opening lines, and who posted it when. */
export function DiscussionItem({
  discussion: d,
  signedIn,
  t,
  c,
}: {
  discussion: DiscussionView;
  signedIn: boolean;
  t: ForumStrings;
  c: CommunityStrings;
}) {
  const excerpt = markdownExcerpt(d.content);
  return (
    <li className="card space-y-3 p-5" data-testid="discussion-item">
      <h2 className="text-lg font-semibold">
        <Link href={`/forum/${d.id}`} className="hover:text-brand-600">
          {d.title}
        </Link>
      </h2>
      {excerpt && <p className="text-sm break-words text-slate-600">{excerpt}</p>}
      <TagLinks tags={d.tags} label={t.tagsOfPost} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-slate-500">
        <span className="font-medium text-slate-700">{fill(c.postedBy, { name: d.poster })}</span>
        <PostTime date={d.createdAt} />
        <Link href={`/forum/${d.id}#comments-heading`} className="inline-flex items-center gap-1 hover:text-slate-800">
          <MessageSquare className="size-3.5" aria-hidden />
          {fill(c.commentsCount, { n: d.comments })}
        </Link>
        <FavoriteButton
          kind="discussion"
          id={d.id}
          favorited={d.favoriteId != null}
          count={d.favorites}
          signedIn={signedIn}
          loginNext={`/forum/${d.id}`}
          t={c}
        />
      </div>
    </li>
  );
}
