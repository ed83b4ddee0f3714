'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { cancelRoomAction } from '@/app/rooms/[roomId]/actions';

/** Calls off a room nobody started, so its user can queue again. */
export function CallOff({ roomId, label, confirm }: { roomId: string; label: string; confirm: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        onClick={() =>
          window.confirm(confirm) &&
          startTransition(async () => {
            const result = await cancelRoomAction({ roomId });
            if (result.ok) router.refresh();
            else setFailure(result.error);
          })
        }
        data-testid="lobby-call-off"
      >
        {label}
      </button>
      {failure && (
        <p className="text-sm text-red-600" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
