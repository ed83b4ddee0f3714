import 'server-only';
import type { InterviewQuestion } from '@/db/schema';
import { FAMILY_LABELS } from '@/lib/interviews/selection';
import type { InterviewBankStrings } from '@/lib/i18n/interview-bank';
import type { Locale } from '@/lib/i18n/messages';
import { JOB_FAMILIES, QUESTION_KINDS, type JobFamily } from '@/lib/vocabulary/job-families';

/** A select's choice: the stored value and its label in the visitor's language. */
export type Choice = { value: string; label: string };

/** The selection's family names, written for sentences ("a frontend engineering role"), as a label. */
export function familyLabel(locale: Locale, family: JobFamily): string {
  const label = FAMILY_LABELS[family];
  return locale === 'en' ? label.en.charAt(0).toUpperCase() + label.en.slice(1) : label.zh;
}

export const familyChoices = (locale: Locale): Choice[] => JOB_FAMILIES.map((value) => ({ value, label: familyLabel(locale, value) }));

export const kindChoices = (d: InterviewBankStrings): Choice[] => QUESTION_KINDS.map((value) => ({ value, label: d.kinds[value] }));

/** The question's text in the visitor's language, for notices. */
export const questionText = (locale: Locale, question: InterviewQuestion) => (locale === 'en' ? question.textEn : question.textZh);
