'use client';

import { X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { cancelRoomAction } from '@/app/rooms/[roomId]/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorText, type RoomStrings } from '@/lib/i18n/rooms';

/** Calls off a room nobody started, so its user can queue again. */
export function CallOff({ roomId, d }: { roomId: string; d: RoomStrings }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <ConfirmDialog
        trigger={
          <button type="button" className="btn-secondary inline-flex items-center gap-1" disabled={pending} data-testid="lobby-call-off">
            <X className="size-4" aria-hidden />
            {d.callOff}
          </button>
        }
        title={d.callOff}
        description={d.confirmCallOff}
        confirmLabel={d.callOff}
        cancelLabel={d.back}
        danger
        onConfirm={() =>
          startTransition(async () => {
            const result = await cancelRoomAction({ roomId });
            if (result.ok) router.refresh();
            else setFailure(errorText(result.error, d));
          })
        }
      />
      {failure && (
        <p className="text-sm text-red-600" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
