import { relations, sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CaseResult } from '@/lib/vocabulary/runs';
import { questions } from './questions';
import { users } from './users';

/** One judged case as stored: the engine's own result (hidden cases carry no input, output or error); `custom` marks a case the caller added. */
export type StoredCaseResult = CaseResult & { custom?: boolean };

/**
 * A judged solution (the practice page's Submit, POST /api/v1/submissions, a room's 4.4): always
 * judged on every case of its question (visible, hidden and the largest), with the caller's own
 * cases after them when given. Only an accepted submission judged on its question solves it.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The question judged against; null only for submissions of the judge's own fixtures before migration 0010. */
    questionId: integer('question_id').references(() => questions.id, { onDelete: 'restrict' }),
    /** The question's slug when it was submitted (what lists show and sort by). */
    problem: text('problem').notNull(),
    /** The job that judged it: a finished job is stored as a submission once, by whichever instance gets there first. */
    jobId: integer('job_id'),
    language: text('language').notNull(),
    code: text('code').notNull(),
    /** Whether the caller added test cases of their own (judged after the question's). */
    customTests: boolean('custom_tests').notNull().default(false),
    /** Judged on every case of its question: only such a submission can solve it (false for runs kept before migration 0010). */
    judgedOnQuestion: boolean('judged_on_question').notNull().default(true),
    status: text('status').notNull(),
    compileOutput: text('compile_output'),
    results: jsonb('results').$type<StoredCaseResult[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('submissions_user_created_idx').on(t.userId, t.createdAt),
    uniqueIndex('submissions_job_key').on(t.jobId),
    index('submissions_solved_idx')
      .on(t.userId, t.questionId)
      .where(sql`${t.status} = 'accepted' and ${t.judgedOnQuestion}`),
    // The practice list's acceptance rate: accepted ÷ judged, per question, in one aggregate.
    index('submissions_question_judged_idx')
      .on(t.questionId, t.status)
      .where(sql`${t.judgedOnQuestion}`),
  ],
);

export const submissionsRelations = relations(submissions, ({ one }) => ({
  user: one(users, { fields: [submissions.userId], references: [users.id] }),
  question: one(questions, { fields: [submissions.questionId], references: [questions.id] }),
}));

export type Submission = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;
