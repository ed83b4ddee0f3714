import { relations, sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Interview opportunities (codemeet-api.md §5): the balance is `users.opportunities` (never
 * below zero: a CHECK in the database), and every change is a ledger row written in the same
 * transaction, which is the balance's history.
 */
export const OPPORTUNITY_KINDS = ['consumed', 'earned', 'refunded', 'reset'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/**
 * What an ended interview paid its interviewer (docs/opportunities.md): earned, or why not. A
 * `too_short` interview also gives the interviewee back the opportunity it cost.
 */
export const INTERVIEW_REWARDS = ['earned', 'too_short', 'no_work', 'pair_limit', 'daily_limit'] as const;
export type InterviewReward = (typeof INTERVIEW_REWARDS)[number];

export const opportunityLedger = pgTable(
  'opportunity_ledger',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<OpportunityKind>().notNull(),
    /** Signed: -1 consumed, +1 earned or refunded, the top-up of a reset. */
    amount: integer('amount').notNull(),
    reason: text('reason').notNull(),
    /** The interview session it was for: one consumption and one reward per user and session at most. */
    sessionId: text('session_id'),
    /** The other member of the interview an opportunity was earned in (the pair rule of docs/opportunities.md). */
    counterpartUserId: integer('counterpart_user_id').references(() => users.id, { onDelete: 'set null' }),
    balanceAfter: integer('balance_after').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('opportunity_ledger_user_idx').on(t.userId, t.createdAt),
    index('opportunity_ledger_counterpart_idx')
      .on(t.counterpartUserId, t.createdAt)
      .where(sql`${t.counterpartUserId} is not null`),
    uniqueIndex('opportunity_ledger_session_key')
      .on(t.userId, t.sessionId, t.kind)
      .where(sql`${t.sessionId} is not null`),
  ],
);

/** One row per Taipei day whose reset ran: the reset is idempotent per day across instances. */
export const dailyResets = pgTable('daily_resets', {
  day: date('day').primaryKey(),
  affectedUsers: integer('affected_users').notNull(),
  ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
});

export const opportunityLedgerRelations = relations(opportunityLedger, ({ one }) => ({
  user: one(users, { fields: [opportunityLedger.userId], references: [users.id] }),
}));

export type OpportunityEntry = typeof opportunityLedger.$inferSelect;
