import { relations } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { CaseResult } from '@/lib/vocabulary/runs';
import { users } from './users';

/** One judged case as stored: the engine's own result (hidden cases carry no input, output or error). */
export type StoredCaseResult = CaseResult;

/** A judged solution: from the practice endpoint now, from interview rooms later. */
export const submissions = pgTable(
  'submissions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The problem judged against: a fixture slug now, a question-bank id later. */
    problem: text('problem').notNull(),
    language: text('language').notNull(),
    code: text('code').notNull(),
    /** Whether the caller supplied the test cases (else the problem's own, hidden ones included). */
    customTests: boolean('custom_tests').notNull().default(false),
    status: text('status').notNull(),
    compileOutput: text('compile_output'),
    results: jsonb('results').$type<StoredCaseResult[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('submissions_user_created_idx').on(t.userId, t.createdAt)],
);

export const submissionsRelations = relations(submissions, ({ one }) => ({
  user: one(users, { fields: [submissions.userId], references: [users.id] }),
}));

export type Submission = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;
