import { z } from 'zod';
import { JOB_FAMILIES, QUESTION_KINDS } from '@/lib/vocabulary/job-families';

/** Response shapes of ai-interview-api.md InterviewRecords and the interview routes beside it (lib/interviews/present.ts builds them). */

const bilingual = z.object({ zh: z.string(), en: z.string() });
const point = z.object({ zh: z.string(), en: z.string(), keywords: z.array(z.string()) });

export const answerFeedbackResponse = z
  .object({
    language: z.enum(['zh', 'en']),
    durationSeconds: z.number().nullable(),
    length: z.object({
      count: z.number().int(),
      unit: z.enum(['chars', 'words']),
      recommended: z.tuple([z.number(), z.number()]),
      verdict: z.enum(['short', 'ok', 'long', 'empty']),
    }),
    speechRate: z.object({ value: z.number(), unit: z.enum(['cpm', 'wpm']) }).nullable(),
    fillers: z.object({
      total: z.number().int(),
      perMinute: z.number().nullable(),
      words: z.array(z.object({ word: z.string(), count: z.number().int() })),
    }),
    coverage: z.object({ covered: z.array(bilingual), missed: z.array(bilingual), ratio: z.number() }),
    star: z.object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean() }).nullable(),
    score: z.number().int(),
    factors: z
      .array(z.object({ key: z.enum(['coverage', 'length', 'star', 'fluency']), points: z.number(), max: z.number() }))
      .optional()
      .meta({ description: 'What the score is made of: points earned of the most each factor gives' }),
    tips: z.array(bilingual),
  })
  .meta({ id: 'AnswerFeedback', description: 'The built-in analyzer’s feedback on one answer' });

const recordItem = z.object({
  question: z.string(),
  answer: z.string(),
  speech_rate: z.number().meta({
    description:
      'Characters (zh) or words (en) per minute of the browser-transcribed speech; 0 when unknown: a typed answer, or a recording without a transcript (A30)',
  }),
  mode: z.enum(['typed', 'voice']).nullable(),
});

export const interviewRecordResponse = z
  .object({
    interview_id: z.number().int(),
    created_at: z.string().meta({ description: 'YYYY/MM/DD (Taipei), as the contract writes it' }),
    created_time: z.string().meta({ description: 'ISO 8601' }),
    position: z.string(),
    status: z.enum(['in_progress', 'completed']),
    score: z.number().int().nullable(),
    question_and_answer: z.array(recordItem),
    improved: z.array(z.string()),
  })
  .meta({ id: 'InterviewRecord' });

export const interviewRecordListResponse = z.array(interviewRecordResponse);

export const interviewQuestionSummary = z.object({
  id: z.number().int().nullable(),
  kind: z.enum(QUESTION_KINDS).nullable(),
  question: z.string(),
  reason: bilingual.nullable(),
  seconds: z.tuple([z.number().int(), z.number().int()]).nullable(),
  points: z.array(bilingual),
});

const coach = z.object({ feedback: z.string(), follow_up: z.string().nullable(), model: z.string() });

export const interviewAnswerResponse = interviewQuestionSummary.extend({
  index: z.number().int(),
  answer: z.string().nullable(),
  mode: z.enum(['typed', 'voice']).nullable(),
  duration_ms: z.number().int().nullable(),
  speech_rate: z.number().int().nullable().meta({ description: 'Null when unknown: typed, or spoken without a transcript (A30)' }),
  answered_at: z.string().nullable(),
  feedback: answerFeedbackResponse.nullable(),
  coach: coach.nullable(),
  recording_url: z.string().nullable(),
});

export const interviewResponse = z
  .object({
    interview_id: z.number().int(),
    position: z.string(),
    description: z.string(),
    language: z.enum(['zh', 'en']),
    seconds_per_answer: z.number().int().nullable(),
    status: z.enum(['in_progress', 'completed']),
    origin: z.enum(['app', 'client']),
    score: z.number().int().nullable(),
    improved: z.array(z.string()),
    created_at: z.string(),
    completed_at: z.string().nullable(),
    questions: z.array(interviewAnswerResponse),
  })
  .meta({ id: 'Interview' });

export const selectionResponse = z
  .object({
    family: z.enum(JOB_FAMILIES),
    questions: z.array(
      interviewQuestionSummary.extend({
        family: z.enum(JOB_FAMILIES),
        key: z.string(),
        question_zh: z.string(),
        question_en: z.string(),
        tags: z.array(z.string()),
        relevance: z.number(),
      }),
    ),
  })
  .meta({ id: 'QuestionSelection' });

export const bankQuestionResponse = z
  .object({
    id: z.number().int(),
    key: z.string(),
    family: z.enum(JOB_FAMILIES),
    kind: z.enum(QUESTION_KINDS),
    zh: z.string(),
    en: z.string(),
    tags: z.array(z.string()),
    points: z.array(point),
    seconds: z.tuple([z.number().int(), z.number().int()]),
    status: z.enum(['published', 'retired']),
    updated_at: z.string(),
  })
  .meta({ id: 'InterviewQuestion' });

export const bankListResponse = z.array(bankQuestionResponse);
