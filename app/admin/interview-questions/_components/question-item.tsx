import Link from 'next/link';
import type { InterviewQuestion } from '@/db/schema';
import { fill } from '@/lib/i18n/fill';
import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';
import type { Locale } from '@/lib/i18n/messages';
import { familyLabel } from './labels';
import { BANK_PATH } from './list-query';
import { StatusButton, type StatusButtonStrings } from './status-button';

const chip = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset';

/** One question of the list: what the interview asks, and the admin's links to change it. */
export function QuestionItem({
  question,
  locale,
  saved = false,
  d,
  buttonStrings,
}: {
  question: InterviewQuestion;
  locale: Locale;
  /** The question the admin has just saved: marked so it is found at a glance. */
  saved?: boolean;
  d: InterviewBankStrings;
  buttonStrings: StatusButtonStrings;
}) {
  const zhId = `question-${question.id}-zh`;
  const published = question.status === 'published';
  return (
    <li
      className={`card space-y-3 p-5 ${saved ? 'ring-2 ring-brand-500' : ''} ${published ? '' : 'bg-slate-50'}`}
      data-testid="bank-question"
      data-question-id={question.id}
      data-saved={saved || undefined}
      aria-current={saved || undefined}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`${chip} bg-brand-50 text-brand-700 ring-brand-100`} data-testid="question-family">
          {familyLabel(locale, question.family)}
        </span>
        <span className={`${chip} bg-violet-50 text-violet-800 ring-violet-200`} data-testid="question-kind">
          {d.kinds[question.kind]}
        </span>
        <span
          className={`${chip} ${published ? 'bg-green-50 text-green-800 ring-green-200' : 'bg-slate-100 text-slate-600 ring-slate-300'}`}
          data-testid="question-status"
        >
          {published ? d.statusPublished : d.statusRetired}
        </span>
        <span className="text-slate-500" data-testid="question-seconds" title={d.seconds}>
          {d.seconds} {fill(d.secondsRange, { min: question.secondsMin, max: question.secondsMax })}
        </span>
        <span className="font-mono text-slate-400">{question.key}</span>
      </div>
      <p id={zhId} lang="zh-Hant" className="font-medium text-slate-900" data-testid="question-zh">
        {question.textZh}
      </p>
      <p lang="en" className="text-sm text-slate-600" data-testid="question-en">
        {question.textEn}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ul className="flex flex-wrap gap-1.5" aria-label={d.tags} data-testid="question-tags">
          {question.tags.map((tag, index) => (
            <li key={`${index}:${tag}`} className={`${chip} bg-slate-50 text-slate-700 ring-slate-200`}>
              {tag}
            </li>
          ))}
        </ul>
        <div className="flex items-center gap-2">
          <Link
            href={`${BANK_PATH}/${question.id}/edit`}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100"
            aria-describedby={zhId}
            data-testid="edit-question"
          >
            {d.edit}
          </Link>
          <StatusButton id={question.id} status={question.status} describedBy={zhId} d={buttonStrings} />
        </div>
      </div>
    </li>
  );
}
