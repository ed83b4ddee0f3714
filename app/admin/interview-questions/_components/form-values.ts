import type { InterviewQuestion } from '@/db/schema';

export interface PointValues {
  zh: string;
  en: string;
  /** Comma-separated, as the input holds them. */
  keywords: string;
}

export interface QuestionFormValues {
  family: string;
  kind: string;
  zh: string;
  en: string;
  /** Comma- or newline-separated, as the input holds them. */
  tags: string;
  points: PointValues[];
  secondsMin: string;
  secondsMax: string;
}

/** A new question starts with the two points the bank asks for at least. */
export const emptyFormValues: QuestionFormValues = {
  family: '',
  kind: '',
  zh: '',
  en: '',
  tags: '',
  points: [
    { zh: '', en: '', keywords: '' },
    { zh: '', en: '', keywords: '' },
  ],
  secondsMin: '60',
  secondsMax: '120',
};

/** A saved question as the edit form starts from it. */
export const formValuesOf = (q: InterviewQuestion): QuestionFormValues => ({
  family: q.family,
  kind: q.kind,
  zh: q.textZh,
  en: q.textEn,
  tags: q.tags.join(', '),
  points: q.points.map((p) => ({ zh: p.zh, en: p.en, keywords: p.keywords.join(', ') })),
  secondsMin: String(q.secondsMin),
  secondsMax: String(q.secondsMax),
});

/** A list as typed: commas (, ， 、) or new lines between items, blanks dropped. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,，、\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
