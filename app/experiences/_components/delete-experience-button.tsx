'use client';

import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { CommunityStrings } from '@/lib/i18n/community';
import type { ExperienceStrings } from '@/lib/i18n/experiences';
import { deleteExperienceAction } from '../actions';

/** The author's delete, after a confirmation; the action takes the author back to the list. */
export function DeleteExperienceButton({ id, d, c }: { id: number; d: ExperienceStrings; c: CommunityStrings }) {
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <ConfirmDialog
        trigger={
          <button type="button" className="btn-secondary text-red-700 hover:bg-red-50" disabled={pending}>
            {c.delete}
          </button>
        }
        title={c.delete}
        description={d.confirmDelete}
        confirmLabel={c.delete}
        cancelLabel={c.cancel}
        danger
        onConfirm={() => {
          setFailed(false);
          start(async () => {
            const result = await deleteExperienceAction({ id });
            if (result && !result.ok) setFailed(true);
          });
        }}
      />
      {failed && (
        <span className="text-sm text-red-600" role="alert">
          {c.failed}
        </span>
      )}
    </span>
  );
}
