import type { Interview, InterviewAnswer } from '@/db/schema';
import type { AnswerFeedback } from './analyzer';

/** One ended interview as a point of the records page's trend charts. */
export interface TrendPoint {
  interviewId: number;
  /** When it was held (ISO 8601). */
  at: string;
  score: number | null;
  /** Mean speech rate of its spoken answers, per language's unit; null without spoken answers in that language. */
  cpm: number | null;
  wpm: number | null;
  /** Filler words per answered question. */
  fillersPerAnswer: number | null;
}

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/**
 * The trend of a user's interviews, oldest first: score, speech rate and fillers, from the
 * analyzer's feedback kept with each answer. Records posted by other clients carry no feedback:
 * their speech rates count, their fillers do not.
 */
export function trendPoints(records: Array<Interview & { answers: InterviewAnswer[] }>): TrendPoint[] {
  return [...records]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
    .map((record) => {
      const answered = record.answers.filter((a) => a.answer !== null && a.answer.trim() !== '');
      const feedback = answered.map((a) => a.feedback as unknown as AnswerFeedback | null);
      const rates = (unit: 'cpm' | 'wpm') =>
        answered.flatMap((a, i) => {
          const rate = feedback[i]?.speechRate;
          if (rate) return rate.unit === unit ? [rate.value] : [];
          // A client's record has only its number: the record's language says which unit it is.
          if (!feedback[i] && a.speechRate && a.speechRate > 0 && (record.language === 'zh') === (unit === 'cpm')) return [a.speechRate];
          return [];
        });
      const fillers = feedback.filter((f): f is AnswerFeedback => f !== null).map((f) => f.fillers.total);
      return {
        interviewId: record.id,
        at: record.createdAt.toISOString(),
        score: record.score,
        cpm: mean(rates('cpm')),
        wpm: mean(rates('wpm')),
        fillersPerAnswer: mean(fillers),
      };
    });
}
