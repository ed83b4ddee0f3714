'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type ReactNode } from 'react';
import { addCommentAction, deleteCommentAction, editCommentAction } from '@/app/_actions/community';
import type { PostRef } from '@/lib/forum/posts';
import type { CommunityStrings } from '@/lib/i18n/community';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

function errorOf(result: { ok: false; error: string; fieldErrors?: Record<string, string[]> }, t: CommunityStrings): string {
  return result.fieldErrors?.comment?.[0] ?? t.failed;
}

/** Adds a comment; the page refreshes with it. */
export function CommentForm({ post, t }: { post: PostRef; t: CommunityStrings }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [value, setValue] = useState('');
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await addCommentAction({ kind: post.kind, id: post.id, comment: value });
          if (!result.ok) return setError(errorOf(result, t));
          setError(null);
          setValue('');
          router.refresh();
        });
      }}
    >
      <label htmlFor="new-comment" className="block text-sm font-medium text-slate-700">
        {t.writeComment}
      </label>
      <textarea
        id="new-comment"
        className="field min-h-24"
        placeholder={t.commentPlaceholder}
        value={value}
        maxLength={2000}
        required
        onChange={(event) => setValue(event.target.value)}
      />
      <p className="text-xs text-slate-500">{t.markdownHint}</p>
      {error && (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn" disabled={pending || value.trim() === ''}>
        {t.send}
      </button>
    </form>
  );
}

/** The author's own edit and delete of a comment, around its rendered text. */
export function CommentActions({
  post,
  commentId,
  source,
  t,
  children,
}: {
  post: PostRef;
  commentId: number;
  source: string;
  t: CommunityStrings;
  children: ReactNode;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(source);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (editing) {
    return (
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await editCommentAction({ kind: post.kind, id: post.id, commentId, comment: value });
            if (!result.ok) return setError(errorOf(result, t));
            setEditing(false);
            router.refresh();
          });
        }}
      >
        <textarea
          className="field min-h-20"
          value={value}
          maxLength={2000}
          aria-label={t.edit}
          onChange={(e) => setValue(e.target.value)}
        />
        {error && (
          <p className="text-xs text-red-600" role="alert">
            {error}
          </p>
        )}
        <div className="flex gap-2">
          <button type="submit" className="btn" disabled={pending}>
            {t.save}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setEditing(false)}>
            {t.cancel}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="space-y-2">
      {children}
      <div className="flex gap-3 text-xs">
        <button type="button" className="text-slate-500 hover:text-slate-800" onClick={() => setEditing(true)}>
          {t.edit}
        </button>
        <ConfirmDialog
          trigger={
            <button type="button" className="text-red-600 hover:text-red-800" disabled={pending}>
              {t.delete}
            </button>
          }
          title={t.delete}
          description={t.confirmDelete}
          confirmLabel={t.delete}
          cancelLabel={t.cancel}
          danger
          onConfirm={() =>
            start(async () => {
              const result = await deleteCommentAction({ kind: post.kind, id: post.id, commentId });
              if (result.ok) router.refresh();
              else setError(t.failed);
            })
          }
        />
        {error && (
          <span className="text-red-600" role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
