'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/app/_lib/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { failureOf, type FailureStrings } from './failure';

export type StatusButtonStrings = FailureStrings & { retire: string; restore: string; confirmRetire: string; cancel: string };

type StatusAction = (input: { id: number }) => Promise<ActionResult<unknown>>;

/**
 * Retires a published question (after a confirmation) or restores a retired one, through the
 * bank's own actions. They revalidate the list, so the row moves to its new status's list as
 * soon as they answer.
 */
export function StatusButton({
  id,
  status,
  describedBy,
  d,
  retire,
  restore,
}: {
  id: number;
  status: 'published' | 'retired';
  describedBy: string;
  d: StatusButtonStrings;
  retire: StatusAction;
  restore: StatusAction;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const retiring = status === 'published';
  const change = () => {
    setError(null);
    start(async () => {
      const result = retiring ? await retire({ id }) : await restore({ id });
      if (!result.ok) setError(failureOf(result.error, d));
    });
  };
  const button = (
    <button
      type="button"
      className={
        retiring
          ? 'rounded-md border border-red-200 px-3 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60'
          : 'rounded-md border border-green-200 px-3 py-1 text-sm text-green-800 hover:bg-green-50 disabled:opacity-60'
      }
      disabled={pending}
      aria-describedby={describedBy}
      data-testid={retiring ? 'retire-question' : 'restore-question'}
      onClick={retiring ? undefined : change}
    >
      {retiring ? d.retire : d.restore}
    </button>
  );
  return (
    <span className="inline-flex items-center gap-2">
      {retiring ? (
        <ConfirmDialog
          trigger={button}
          title={d.retire}
          description={d.confirmRetire}
          confirmLabel={d.retire}
          cancelLabel={d.cancel}
          danger
          onConfirm={change}
        />
      ) : (
        button
      )}
      {error && (
        <span className="text-xs text-red-600" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
