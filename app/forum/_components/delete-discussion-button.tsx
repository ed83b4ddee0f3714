'use client';

import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { CommunityStrings } from '@/lib/i18n/community';
import type { ForumStrings } from '@/lib/i18n/forum';
import { deleteDiscussionAction } from '../actions';

/** The author's delete, after a confirmation; the action sends the browser back to the forum. */
export function DeleteDiscussionButton({ id, t, c }: { id: number; t: ForumStrings; c: CommunityStrings }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <ConfirmDialog
        trigger={
          <button
            type="button"
            className="rounded-md border border-red-200 px-3 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60"
            disabled={pending}
          >
            {c.delete}
          </button>
        }
        title={c.delete}
        description={t.confirmDelete}
        confirmLabel={c.delete}
        cancelLabel={c.cancel}
        danger
        onConfirm={() =>
          start(async () => {
            const result = await deleteDiscussionAction({ id });
            if (!result.ok) setError(result.error === 'FORBIDDEN' ? t.notYours : c.failed);
          })
        }
      />
      {error && (
        <span className="text-xs text-red-600" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
