'use client';

import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { InterviewStrings } from '@/lib/i18n/interview';
import { deleteInterviewAction } from '../actions';

/** Deletes a record with its recordings, after the user confirms. */
export function DeleteRecordButton({ id, d }: { id: number; d: InterviewStrings }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <div>
      <ConfirmDialog
        trigger={
          <button type="button" className="btn-secondary gap-1 text-red-700" disabled={pending} data-testid="delete-record">
            <Trash2 className="size-4" aria-hidden />
            {d.deleteRecord}
          </button>
        }
        title={d.confirmDeleteTitle}
        description={d.confirmDelete}
        confirmLabel={d.deleteRecord}
        cancelLabel={d.cancel}
        danger
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteInterviewAction({ id: String(id) });
            if (result.ok) router.push('/interview/records');
            else setFailed(true);
          })
        }
      />
      {failed && (
        <p className="text-sm text-red-600" role="alert">
          {d.serverError}
        </p>
      )}
    </div>
  );
}
