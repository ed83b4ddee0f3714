import type { Metadata } from 'next';
import { BackLink } from '@/components/back-link';
import Link from 'next/link';
import { Comments } from '@/components/community/comments';
import { FavoriteButton } from '@/components/community/favorite-button';
import { Markdown } from '@/components/markdown';
import { getDb } from '@/db';
import { COMMUNITY } from '@/lib/i18n/community';
import { fill } from '@/lib/i18n/fill';
import { FORUM } from '@/lib/i18n/forum';
import { getDictionary } from '@/app/_lib/i18n';
import { markdownExcerpt } from '@/lib/markdown';
import { DeleteDiscussionButton } from '../_components/delete-discussion-button';
import { PostTime, TagLinks } from '../_components/post-meta';
import { wasEdited } from '@/app/_lib/pages';
import { loadDiscussion } from '../_lib/discussion';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { discussion } = await loadDiscussion((await params).id);
  return { title: discussion.title, description: markdownExcerpt(discussion.content) };
}

export default async function DiscussionPage({ params }: Props) {
  const { id } = await params;
  const [{ discussion: d, actor }, db, { d: t }, { d: c }] = await Promise.all([
    loadDiscussion(id),
    getDb(),
    getDictionary(FORUM),
    getDictionary(COMMUNITY),
  ]);
  const mine = actor?.userId === d.authorId;
  return (
    <div className="space-y-8">
      <BackLink href="/forum">{t.backToForum}</BackLink>
      <article className="card space-y-5" data-testid="discussion">
        <header className="space-y-3">
          <h1 className="text-2xl font-semibold break-words">{d.title}</h1>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
            <span className="font-medium text-slate-700">{fill(c.postedBy, { name: d.poster })}</span>
            <PostTime date={d.createdAt} />
            {wasEdited(d) && (
              <span data-testid="edited">
                · {c.edited} <PostTime date={d.updatedAt} />
              </span>
            )}
          </div>
          <TagLinks tags={d.tags} label={t.tagsOfPost} />
        </header>
        <Markdown source={d.content} />
        <footer className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <FavoriteButton
            kind="discussion"
            id={d.id}
            favorited={d.favoriteId != null}
            count={d.favorites}
            signedIn={actor !== null}
            loginNext={`/forum/${d.id}`}
            t={c}
          />
          {mine && (
            <div className="ml-auto flex items-center gap-2">
              <Link
                href={`/forum/${d.id}/edit`}
                className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100"
              >
                {c.edit}
              </Link>
              <DeleteDiscussionButton id={d.id} t={t} c={c} />
            </div>
          )}
        </footer>
      </article>
      <Comments db={db} post={{ kind: 'discussion', id: d.id }} viewerId={actor?.userId ?? null} loginNext={`/forum/${d.id}`} t={c} />
    </div>
  );
}
