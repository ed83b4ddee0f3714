/** The interview question bank's words: the job families it covers and the kinds of question it asks. */

/** The job families the bank covers; `general` holds questions asked of every role. */
export const JOB_FAMILIES = ['frontend', 'backend', 'data', 'product', 'design', 'marketing', 'sales', 'general'] as const;
export type JobFamily = (typeof JOB_FAMILIES)[number];

export const QUESTION_KINDS = ['self_introduction', 'behavioral', 'technical', 'situational', 'motivation'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A point a good answer covers, found in an answer by any of its keywords (zh or en, case ignored). */
export interface QuestionPoint {
  zh: string;
  en: string;
  keywords: string[];
}
