'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { InterviewStrings } from '@/lib/i18n/interview';
import { deleteInterviewAction } from '../actions';

/** Deletes a record with its recordings, after the user confirms. */
export function DeleteRecordButton({ id, d }: { id: number; d: InterviewStrings }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <div>
      <button
        type="button"
        className="btn-secondary text-red-700"
        disabled={pending}
        data-testid="delete-record"
        onClick={() => {
          if (!window.confirm(d.confirmDelete)) return;
          startTransition(async () => {
            const result = await deleteInterviewAction({ id: String(id) });
            if (result.ok) router.push('/interview/records');
            else setFailed(true);
          });
        }}
      >
        {d.deleteRecord}
      </button>
      {failed && (
        <p className="text-sm text-red-600" role="alert">
          {d.serverError}
        </p>
      )}
    </div>
  );
}
