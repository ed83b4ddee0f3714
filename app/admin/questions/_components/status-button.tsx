'use client';

import { StatusButton as AdminStatusButton, type StatusButtonStrings } from '@/components/admin/status-button';
import { restoreQuestionAction, retireQuestionAction } from '../actions';

/** The coding bank's retire/restore: restoring publishes again, after the proof runs. */
export function StatusButton(props: { id: number; status: 'published' | 'retired'; describedBy: string; d: StatusButtonStrings }) {
  return <AdminStatusButton {...props} retire={retireQuestionAction} restore={restoreQuestionAction} />;
}
