'use client';

import { StatusButton as AdminStatusButton, type StatusButtonStrings } from '@/components/admin/status-button';
import type { QuestionStatus } from '@/db/schema';
import { restoreBankQuestionAction, retireBankQuestionAction } from '../actions';

export type { StatusButtonStrings };

/** The interview bank's retire/restore. */
export function StatusButton(props: { id: number; status: QuestionStatus; describedBy: string; d: StatusButtonStrings }) {
  return <AdminStatusButton {...props} retire={retireBankQuestionAction} restore={restoreBankQuestionAction} />;
}
