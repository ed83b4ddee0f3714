'use client';

import { useState, useTransition } from 'react';
import type { QuestionStatus } from '@/db/schema';
import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';
import { restoreBankQuestionAction, retireBankQuestionAction } from '../actions';
import { failureOf, type FailureStrings } from './failure';

export type StatusButtonStrings = FailureStrings & Pick<InterviewBankStrings, 'retire' | 'restore' | 'confirmRetire'>;

/**
 * Retires a question in use (after a confirmation) or restores a retired one. The action
 * revalidates the list, so the row moves to its new status's list as soon as it answers.
 */
export function StatusButton({
  id,
  status,
  describedBy,
  d,
}: {
  id: number;
  status: QuestionStatus;
  describedBy: string;
  d: StatusButtonStrings;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const retiring = status === 'published';
  return (
    <span className="inline-flex items-center gap-2">
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
        onClick={() => {
          if (retiring && !window.confirm(d.confirmRetire)) return;
          setError(null);
          start(async () => {
            const result = retiring ? await retireBankQuestionAction({ id }) : await restoreBankQuestionAction({ id });
            if (!result.ok) setError(failureOf(result.error, d));
          });
        }}
      >
        {retiring ? d.retire : d.restore}
      </button>
      {error && (
        <span className="text-xs text-red-600" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
