import { z } from 'zod';
import { page, perPage } from './career';
import type { FieldKey } from '@/lib/i18n/validation-messages';
import { requiredString, text } from './common';
import { keyed, textIssue } from './messages';
import { JOB_FAMILIES, QUESTION_KINDS } from '@/lib/vocabulary/job-families';
import { answerSeconds, questionPoint } from './interview-bank';

export const INTERVIEW_LANGUAGES = ['zh', 'en'] as const;
export const ANSWER_MODES = ['typed', 'voice'] as const;
export const QUESTION_COUNT = { min: 3, max: 15, default: 6 } as const;
export const SECONDS_PER_ANSWER = { min: 30, max: 600, default: 120 } as const;
export const ANSWER_MAX_CHARS = 10_000;

const int = (field: FieldKey, min: number, max: number) =>
  keyed(z.coerce.number().int().min(min).max(max), (issue) => {
    if (issue.code === 'too_small') return { key: 'atLeast', values: { field, min } };
    if (issue.code === 'too_big') return { key: 'atMost', values: { field, max } };
    return { key: 'wholeNumber', values: { field } };
  });

const language = keyed(z.enum(INTERVIEW_LANGUAGES), () => ({ key: 'interviewLanguage' }));
const description = keyed(z.string().trim().max(5000), textIssue('interviewDescription'));

/** The position an interview practises for: title, pasted job description, how many questions, and in which language. */
export const positionFields = {
  position: text('interviewPosition', 100),
  description: description.default(''),
  question_count: int('questionCount', QUESTION_COUNT.min, QUESTION_COUNT.max).default(QUESTION_COUNT.default),
  language: language.default('zh'),
};

export const selectionBody = z.object(positionFields).strict();
export type SelectionBody = z.output<typeof selectionBody>;

export const startInterviewBody = z
  .object({
    ...positionFields,
    seconds_per_answer: int('secondsPerAnswer', SECONDS_PER_ANSWER.min, SECONDS_PER_ANSWER.max).default(SECONDS_PER_ANSWER.default),
  })
  .strict();
export type StartInterviewBody = z.output<typeof startInterviewBody>;

const answerText = requiredString('answer').max(ANSWER_MAX_CHARS);

/** What the browser's speech recognition heard of a voice answer; pace is measured on it alone (decision A30). */
const transcript = keyed(z.string().max(ANSWER_MAX_CHARS), textIssue('answer')).nullable().default(null);

const answerMode = keyed(z.enum(ANSWER_MODES), () => ({ key: 'answerMode' }));

/** One answer as given: its text (typed, or the transcript of a spoken one), how, and how long it took. */
export const answerBody = z
  .object({
    answer: answerText,
    mode: answerMode.default('typed'),
    duration_ms: int('durationMs', 0, 3_600_000).nullable().default(null),
    transcript,
  })
  .strict();
export type AnswerBody = z.output<typeof answerBody>;

/** Analysis of an answer to a bank question (question_id) or to a question described inline. */
export const analysisBody = z
  .object({
    question_id: int('interviewQuestionId', 1, 2_147_483_647).optional(),
    question: z
      .object({
        kind: z.enum(QUESTION_KINDS, { error: `kind must be one of ${QUESTION_KINDS.join(', ')}` }),
        points: z.array(questionPoint).max(8).default([]),
        seconds: answerSeconds.default([60, 120]),
      })
      .strict()
      .optional(),
    answer: answerText,
    mode: answerMode.default('typed'),
    duration_ms: int('durationMs', 0, 3_600_000).nullable().default(null),
    transcript,
    language: language.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.question_id === undefined) === (body.question === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['question_id'], message: 'Give either question_id or question' });
    }
  });
export type AnalysisBody = z.output<typeof analysisBody>;

/** ai-interview-api.md InterviewRecords 3: a record made elsewhere. */
export const recordBody = z
  .object({
    question_and_answer: z
      .array(
        z
          .object({
            question: text('interviewQuestion', 500),
            answer: keyed(z.string().max(ANSWER_MAX_CHARS), textIssue('answer')),
            speech_rate: z
              .number({ error: 'speech_rate must be a number' })
              .min(0, 'speech_rate must not be negative')
              .max(2000, 'speech_rate must be at most 2000'),
          })
          .strict(),
        { error: 'question_and_answer must be a list' },
      )
      .min(1, 'question_and_answer needs at least one question')
      .max(50, 'question_and_answer may hold at most 50 questions'),
    improved: z
      .array(text('improved', 300), { error: 'improved must be a list' })
      .max(30, 'improved may hold at most 30 items')
      .default([]),
    position: text('interviewPosition', 100).optional(),
  })
  .strict();
export type RecordBody = z.output<typeof recordBody>;

export const recordListQuery = z.object({ page, per_page: perPage });

/** Path ids are checked by rowId / answerIndex: anything not a row's number is a 404, as elsewhere (A15). */
export const interviewIdParams = z.object({ id: z.string().meta({ example: '1' }) });
export const answerParams = z.object({ id: z.string().meta({ example: '1' }), index: z.string().meta({ example: '0' }) });

/** An admin's question: the seed format's fields plus its family. */
export const bankQuestionBody = z
  .object({
    family: z.enum(JOB_FAMILIES, { error: `family must be one of ${JOB_FAMILIES.join(', ')}` }),
    kind: z.enum(QUESTION_KINDS, { error: `kind must be one of ${QUESTION_KINDS.join(', ')}` }),
    zh: text('bankZh', 300),
    en: text('bankEn', 400),
    tags: z.array(text('bankTag', 40)).min(1, 'tags needs at least one tag').max(16, 'tags may hold at most 16 tags'),
    points: z.array(questionPoint).min(2, 'points needs at least two points').max(8, 'points may hold at most 8 points'),
    seconds: answerSeconds,
  })
  .strict();
export type BankQuestionBody = z.output<typeof bankQuestionBody>;

export const bankQuestionPatch = bankQuestionBody
  .partial()
  .extend({ status: z.enum(['published', 'retired'], { error: 'status must be published or retired' }).optional() })
  .strict();
export type BankQuestionPatch = z.output<typeof bankQuestionPatch>;

export const bankListQuery = z.object({
  page,
  per_page: perPage,
  family: z.enum(JOB_FAMILIES, { error: `family must be one of ${JOB_FAMILIES.join(', ')}` }).optional(),
  kind: z.enum(QUESTION_KINDS, { error: `kind must be one of ${QUESTION_KINDS.join(', ')}` }).optional(),
  status: z.enum(['published', 'retired', 'all'], { error: 'status must be published, retired or all' }).default('published'),
  q: z.string().trim().max(100, 'q must be at most 100 characters').optional(),
});
export type BankListQuery = z.output<typeof bankListQuery>;
