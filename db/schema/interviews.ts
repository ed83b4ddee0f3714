import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { JobFamily, QuestionKind, QuestionPoint } from '@/lib/vocabulary/job-families';
import { users } from './users';

/** Both languages of a short text the app wrote (why a question was chosen, an improvement point). */
export interface Bilingual {
  zh: string;
  en: string;
}

export type InterviewLanguage = 'zh' | 'en';
export type QuestionStatus = 'published' | 'retired';

/**
 * The AI mock interview's question bank: seeded from db/seed/interview-questions/*.json (rows
 * whose key is new), then edited and retired by admins. A retired question is never chosen
 * again but stays, so the records that asked it keep their question.
 */
export const interviewQuestions = pgTable(
  'interview_questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull().unique('interview_questions_key_key'),
    family: text('family').$type<JobFamily>().notNull(),
    kind: text('kind').$type<QuestionKind>().notNull(),
    textZh: text('text_zh').notNull(),
    textEn: text('text_en').notNull(),
    tags: jsonb('tags').$type<string[]>().notNull(),
    points: jsonb('points').$type<QuestionPoint[]>().notNull(),
    secondsMin: smallint('seconds_min').notNull(),
    secondsMax: smallint('seconds_max').notNull(),
    status: text('status').$type<QuestionStatus>().notNull().default('published'),
    /** The admin who last changed it; null for the seeded text. */
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('interview_questions_family_idx').on(t.family, t.kind),
    check('interview_questions_status_check', sql`${t.status} in ('published', 'retired')`),
  ],
);

export type InterviewStatus = 'in_progress' | 'completed';

/**
 * One mock interview, from set-up to its record (the contract's InterviewRecords): answers are
 * saved one by one as they are given, so a reload resumes it. A client of the contract may post
 * a finished record made elsewhere (`origin` 'client').
 */
export const interviews = pgTable(
  'interviews',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: text('position').notNull(),
    description: text('description').notNull().default(''),
    language: text('language').$type<InterviewLanguage>().notNull(),
    /** Time allowed per answer; null for a record posted by a client. */
    secondsPerAnswer: smallint('seconds_per_answer'),
    status: text('status').$type<InterviewStatus>().notNull(),
    origin: text('origin').$type<'app' | 'client'>().notNull(),
    /** 0–100 from the built-in analyzer, set when the interview ends. */
    score: smallint('score'),
    improved: jsonb('improved').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('interviews_user_idx').on(t.userId, t.createdAt),
    check('interviews_status_check', sql`${t.status} in ('in_progress', 'completed')`),
  ],
);

/** Feedback the optional AI coach wrote for one answer. */
export interface CoachFeedback {
  feedback: string;
  followUp: string | null;
  model: string;
}

/**
 * One question of an interview and its answer. The question is kept as it was asked (text,
 * points, recommended length), so editing the bank never changes a record.
 */
export const interviewAnswers = pgTable(
  'interview_answers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    /** 0-based order in the interview. */
    position: smallint('position').notNull(),
    questionId: integer('question_id').references(() => interviewQuestions.id, { onDelete: 'set null' }),
    question: text('question').notNull(),
    kind: text('kind').$type<QuestionKind>(),
    points: jsonb('points').$type<QuestionPoint[]>().notNull().default([]),
    secondsMin: smallint('seconds_min'),
    secondsMax: smallint('seconds_max'),
    /** Why the question was chosen (question selection). */
    reason: jsonb('reason').$type<Bilingual>(),
    /** Null until answered. */
    answer: text('answer'),
    mode: text('mode').$type<'typed' | 'voice'>(),
    durationMs: integer('duration_ms'),
    /** The contract's speech_rate: characters (zh) or words (en) per minute of a spoken answer. */
    speechRate: integer('speech_rate'),
    feedback: jsonb('feedback').$type<Record<string, unknown>>(),
    coach: jsonb('coach').$type<CoachFeedback>(),
    /** A kept recording: its name in the recording store, type and size. */
    recording: text('recording'),
    recordingType: text('recording_type'),
    recordingBytes: integer('recording_bytes'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('interview_answers_position_key').on(t.interviewId, t.position),
    index('interview_answers_question_idx').on(t.questionId),
  ],
);

export const interviewsRelations = relations(interviews, ({ one, many }) => ({
  user: one(users, { fields: [interviews.userId], references: [users.id] }),
  answers: many(interviewAnswers),
}));

export const interviewAnswersRelations = relations(interviewAnswers, ({ one }) => ({
  interview: one(interviews, { fields: [interviewAnswers.interviewId], references: [interviews.id] }),
  question: one(interviewQuestions, { fields: [interviewAnswers.questionId], references: [interviewQuestions.id] }),
}));

export type InterviewQuestion = typeof interviewQuestions.$inferSelect;
export type NewInterviewQuestion = typeof interviewQuestions.$inferInsert;
export type Interview = typeof interviews.$inferSelect;
export type InterviewAnswer = typeof interviewAnswers.$inferSelect;
