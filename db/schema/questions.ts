import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { LanguageId } from '@/lib/vocabulary/languages';
import type { ProblemSpec } from '@/lib/vocabulary/problems';
import { users } from './users';

export interface LocalizedText {
  en: string;
  zh: string;
}

export interface QuestionExample {
  input: string;
  output: string;
  explanation?: LocalizedText;
}

export type QuestionDifficulty = 'Easy' | 'Medium' | 'Hard';
export type CodingQuestionStatus = 'draft' | 'published' | 'retired';

/**
 * The coding practice bank (codemeet-api.md §3): seeded from db/seed/problems/<slug>.ts (rows
 * whose slug is new), edited by admins. A question is published only after its proof passed:
 * every reference solution accepted on every case through the sandbox (`provenAt`).
 */
export const questions = pgTable(
  'questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull(),
    titleEn: text('title_en').notNull(),
    titleZh: text('title_zh').notNull(),
    difficulty: text('difficulty').$type<QuestionDifficulty>().notNull(),
    category: text('category').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    statementEn: text('statement_en').notNull(),
    statementZh: text('statement_zh').notNull(),
    examples: jsonb('examples').$type<QuestionExample[]>().notNull(),
    constraints: jsonb('constraints').$type<string[]>().notNull(),
    hints: jsonb('hints').$type<LocalizedText[]>().notNull(),
    spec: jsonb('spec').$type<ProblemSpec>().notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    memoryLimitMb: integer('memory_limit_mb').notNull(),
    starter: jsonb('starter').$type<Record<LanguageId, string>>().notNull(),
    /** Reference solutions: admins only, never sent to anyone else. */
    solutions: jsonb('solutions').$type<Record<LanguageId, string>>().notNull(),
    brute: jsonb('brute').$type<{ language: LanguageId; code: string }>(),
    status: text('status').$type<CodingQuestionStatus>().notNull().default('draft'),
    provenAt: timestamp('proven_at', { withTimezone: true }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('questions_slug_key').on(t.slug),
    index('questions_listing_idx').on(t.status, t.difficulty, t.category),
    check('questions_status_check', sql`${t.status} in ('draft', 'published', 'retired')`),
    check('questions_difficulty_check', sql`${t.difficulty} in ('Easy', 'Medium', 'Hard')`),
  ],
);

/**
 * A question's test cases, apart from the question so reading a question never loads them (the
 * largest is megabytes). Hidden cases and their answers never leave the server except to admins.
 */
export const questionCases = pgTable(
  'question_cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    hidden: boolean('hidden').notNull(),
    args: jsonb('args').$type<unknown[]>().notNull(),
    expected: jsonb('expected').$type<unknown>().notNull(),
  },
  (t) => [uniqueIndex('question_cases_position_key').on(t.questionId, t.position)],
);

/**
 * A question's largest case (the constraints at their limit, megabytes of JSON), which a full
 * judge adds after the stored cases. Kept apart and as JSON text: nothing but the runner reads it,
 * by id (a replaced case gets a new id, so what a runner keeps of it is never stale). Admins may
 * give one; a change to a question's signature removes it.
 */
export const questionLargestCases = pgTable(
  'question_largest_cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    /**
     * `{"args": [...], "expected": ...}`, 64-bit integers as decimal strings as in question_cases.
     * Null until built: a seeded question's case is built from its file's generator the first
     * time a full judge needs it, and stored here.
     */
    caseJson: text('case_json'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('question_largest_cases_question_key').on(t.questionId)],
);

export const questionsRelations = relations(questions, ({ many, one }) => ({
  cases: many(questionCases),
  largestCase: one(questionLargestCases),
}));
export const questionLargestCasesRelations = relations(questionLargestCases, ({ one }) => ({
  question: one(questions, { fields: [questionLargestCases.questionId], references: [questions.id] }),
}));
export const questionCasesRelations = relations(questionCases, ({ one }) => ({
  question: one(questions, { fields: [questionCases.questionId], references: [questions.id] }),
}));

export type Question = typeof questions.$inferSelect;
export type NewQuestion = typeof questions.$inferInsert;
export type QuestionCase = typeof questionCases.$inferSelect;

/**
 * A signed-in user's unsaved work on a practice question, one per language: what the editor
 * reopens with on any device. Written whole by an upsert (lib/practice/drafts.ts); a submission
 * does not clear it.
 */
export const practiceDrafts = pgTable(
  'practice_drafts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    language: text('language').$type<LanguageId>().notNull(),
    code: text('code').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('practice_drafts_user_question_language_key').on(t.userId, t.questionId, t.language)],
);

export type PracticeDraft = typeof practiceDrafts.$inferSelect;
