import type { ExperienceStrings } from '@/lib/i18n/experiences';
import { INTERVIEW_DIFFICULTIES, INTERVIEW_RESULTS } from '@/lib/validation/career';

export type InterviewResult = (typeof INTERVIEW_RESULTS)[number];
export type InterviewDifficulty = (typeof INTERVIEW_DIFFICULTIES)[number];

/** The stored values are the contract's Chinese words; each language shows its own. */
export function resultLabel(d: ExperienceStrings, result: InterviewResult): string {
  return { 已錄取: d.resultAccepted, 未錄取: d.resultRejected, 等待中: d.resultPending }[result];
}

export function difficultyLabel(d: ExperienceStrings, difficulty: InterviewDifficulty): string {
  return { 簡單: d.difficultyEasy, 中等: d.difficultyMedium, 困難: d.difficultyHard }[difficulty];
}

/** A company's page; the name as written anywhere reaches it (the service matches names loosely). */
export const companyHref = (name: string) => `/companies/${encodeURIComponent(name)}`;

/** A select's choice: the stored value and its label in the visitor's language. */
export type Choice = { value: string; label: string };

export const resultChoices = (d: ExperienceStrings): Choice[] =>
  INTERVIEW_RESULTS.map((value) => ({ value, label: resultLabel(d, value) }));

export const difficultyChoices = (d: ExperienceStrings): Choice[] =>
  INTERVIEW_DIFFICULTIES.map((value) => ({ value, label: difficultyLabel(d, value) }));
