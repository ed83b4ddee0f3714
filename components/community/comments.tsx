import 'server-only';
import { taipeiDateTimeWithYear } from '@/lib/i18n/format';
import Link from 'next/link';
import type { Db } from '@/db';
import { listComments } from '@/lib/forum/comments';
import type { PostRef } from '@/lib/forum/posts';
import type { CommunityStrings } from '@/lib/i18n/community';
import { wasEdited } from '@/app/_lib/pages';
import { Markdown } from '@/components/markdown';
import { CommentActions, CommentForm } from './comment-forms';

/** A post's comments, oldest first, with the form to add one and each author's own edit and delete. */
export async function Comments({
  db,
  post,
  viewerId,
  loginNext,
  t,
}: {
  db: Db;
  post: PostRef;
  viewerId: number | null;
  loginNext: string;
  t: CommunityStrings;
}) {
  const comments = await listComments(db, post);
  return (
    <section className="space-y-4" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="text-lg font-semibold">
        {t.comments} ({comments.length})
      </h2>
      {comments.length === 0 && <p className="text-sm text-slate-500">{t.noComments}</p>}
      <ol className="space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} className="card space-y-2 p-4" data-testid="comment">
            <div className="flex items-center gap-2 text-xs text-slate-500">
              <span className="font-medium text-slate-700">{comment.authorName}</span>
              <time dateTime={comment.createdAt.toISOString()}>{taipeiDateTimeWithYear(comment.createdAt)}</time>
              {wasEdited(comment) && <span>· {t.edited}</span>}
            </div>
            {comment.authorId === viewerId ? (
              <CommentActions post={post} commentId={comment.id} source={comment.content} t={t}>
                <Markdown source={comment.content} className="text-sm" />
              </CommentActions>
            ) : (
              <Markdown source={comment.content} className="text-sm" />
            )}
          </li>
        ))}
      </ol>
      {viewerId === null ? (
        <p className="text-sm">
          <Link href={`/login?next=${encodeURIComponent(loginNext)}`} className="text-brand-600 hover:underline">
            {t.signInToComment}
          </Link>
        </p>
      ) : (
        <CommentForm post={post} t={t} />
      )}
    </section>
  );
}
