import { relations, sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * The execution tier's queue (lib/execution/jobs.ts): every run of user code is a row here,
 * claimed by a runner process with FOR UPDATE SKIP LOCKED, so jobs survive a restart of the web
 * server or of a runner and several runners on one database never run a job twice.
 */
export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const JOB_KINDS = ['execute', 'judge'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const jobs = pgTable(
  'jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Whose fair share the job counts against. */
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<JobKind>().notNull(),
    language: text('language').notNull(),
    /** What the runner hands the sandbox (lib/execution/jobs.ts JobPayload). */
    payload: jsonb('payload').notNull(),
    /** What the job is for (a run, a submission, an admin's proof): its owner reads the result; the queue does not. */
    purpose: text('purpose').notNull().default('run'),
    /** A newer job with the same key (same user) supersedes this one: a room's console, the Run button. */
    supersedeKey: text('supersede_key'),
    state: text('state').$type<JobState>().notNull().default('queued'),
    /** The sandbox's result (ExecuteResult or JudgeResult), once done. */
    result: jsonb('result'),
    /** Why a job failed or was cancelled, in words. */
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    runnerId: text('runner_id'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Output chunks streamed so far (job_output.seq runs 1..outputSeq). */
    outputSeq: integer('output_seq').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_queued_idx')
      .on(t.id)
      .where(sql`${t.state} = 'queued'`),
    index('jobs_running_idx')
      .on(t.leaseUntil)
      .where(sql`${t.state} = 'running'`),
    index('jobs_user_state_idx').on(t.userId, t.state),
    index('jobs_user_started_idx').on(t.userId, t.startedAt),
    index('jobs_finished_idx').on(t.finishedAt),
  ],
);

/** A running job's output as it was produced, in order, for a live console. */
export const jobOutput = pgTable(
  'job_output',
  {
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    stream: text('stream').$type<'stdout' | 'stderr'>().notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);

/** Runner processes, as they last reported themselves: what they run and whether they live. */
export const runners = pgTable('runners', {
  id: text('id').primaryKey(),
  host: text('host').notNull(),
  pid: integer('pid').notNull(),
  /** Languages whose toolchain this runner has. */
  languages: jsonb('languages').$type<string[]>().notNull(),
  slots: integer('slots').notNull(),
  /** The sandbox's status (mode, cgroups, seccomp) as the runner measured it. */
  status: jsonb('status').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jobsRelations = relations(jobs, ({ one, many }) => ({
  user: one(users, { fields: [jobs.userId], references: [users.id] }),
  output: many(jobOutput),
}));

export const jobOutputRelations = relations(jobOutput, ({ one }) => ({
  job: one(jobs, { fields: [jobOutput.jobId], references: [jobs.id] }),
}));

export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
export type RunnerRow = typeof runners.$inferSelect;
