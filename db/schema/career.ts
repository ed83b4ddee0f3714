import { relations, sql } from 'drizzle-orm';
import { check, customType, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

/** A tsvector column, written by the database from the search tokens the service computes (lib/search). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export interface EducationEntry {
  school: string;
  /** The department or major, apart from the school (A31); absent in rows kept before it. */
  department?: string;
  /** "YYYY/MM/DD". */
  admissionDate: string;
  /** "YYYY/MM/DD", or 在學中 while still studying. */
  graduationDate: string;
}

export interface WorkEntry {
  company: string;
  position: string;
  startDate: string;
  /** "YYYY/MM/DD", or 在職中 while still employed. */
  endDate: string;
  /** What the person did there (A31); absent in rows kept before it. */
  description?: string;
}

export interface PortfolioEntry {
  title: string;
  description: string;
  url?: string;
}

/** One résumé per user; its rows are kept in the order the user arranged them. */
export const resumes = pgTable('resumes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  userId: integer('user_id')
    .notNull()
    .unique('resumes_user_key')
    .references(() => users.id, { onDelete: 'cascade' }),
  autobiography: text('autobiography').notNull().default(''),
  education: jsonb('education').$type<EducationEntry[]>().notNull().default([]),
  workExperience: jsonb('work_experience').$type<WorkEntry[]>().notNull().default([]),
  portfolio: jsonb('portfolio').$type<PortfolioEntry[]>().notNull().default([]),
  skills: jsonb('skills').$type<string[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A forum post: Markdown content, tags, and counters kept in step by the services in the same transaction. */
export const discussions = pgTable(
  'discussions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    content: text('content').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    favoritesCount: integer('favorites_count').notNull().default(0),
    commentsCount: integer('comments_count').notNull().default(0),
    /** Search tokens (lib/search/tokens.ts) of the title, body and tags together, and of the title alone (the first rank). */
    search: tsvector('search').notNull(),
    searchTitle: tsvector('search_title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Ascending: a backward scan serves the lists' ORDER BY … DESC (a DESC NULLS LAST index would not).
    index('discussions_created_idx').on(t.createdAt, t.id),
    index('discussions_favorites_idx').on(t.favoritesCount, t.id),
    index('discussions_comments_idx').on(t.commentsCount, t.id),
    index('discussions_user_idx').on(t.userId, t.createdAt),
    index('discussions_tags_idx').using('gin', t.tags),
    index('discussions_search_idx').using('gin', t.search),
  ],
);

export type InterviewResult = '已錄取' | '未錄取' | '等待中';
export type InterviewDifficulty = '簡單' | '中等' | '困難';

/** An interview experience; `companyKey` is the company's name folded (case, width, spaces) so one company is one page. */
export const experiences = pgTable(
  'experiences',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    company: text('company').notNull(),
    companyKey: text('company_key').notNull(),
    position: text('position').notNull(),
    /** "YYYY/MM/DD". */
    interviewDate: text('interview_date').notNull(),
    sharing: text('sharing').notNull(),
    result: text('result').$type<InterviewResult>().notNull(),
    difficulty: text('difficulty').$type<InterviewDifficulty>().notNull(),
    evaluation: smallint('evaluation'),
    questions: jsonb('questions').$type<string[]>().notNull().default([]),
    favoritesCount: integer('favorites_count').notNull().default(0),
    commentsCount: integer('comments_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('experiences_created_idx').on(t.createdAt, t.id),
    index('experiences_company_idx').on(t.companyKey, t.createdAt),
    index('experiences_user_idx').on(t.userId, t.createdAt),
    check('experiences_evaluation_range', sql`${t.evaluation} between 1 and 5`),
  ],
);

/** A comment on a discussion or on an experience (exactly one of them). */
export const comments = pgTable(
  'comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    discussionId: integer('discussion_id').references(() => discussions.id, { onDelete: 'cascade' }),
    experienceId: integer('experience_id').references(() => experiences.id, { onDelete: 'cascade' }),
    content: text('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('comments_discussion_idx').on(t.discussionId, t.createdAt),
    index('comments_experience_idx').on(t.experienceId, t.createdAt),
    check('comments_one_target', sql`num_nonnulls(${t.discussionId}, ${t.experienceId}) = 1`),
  ],
);

/** A user's favorite discussion or experience (exactly one of them), at most once each. */
export const favorites = pgTable(
  'favorites',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    discussionId: integer('discussion_id').references(() => discussions.id, { onDelete: 'cascade' }),
    experienceId: integer('experience_id').references(() => experiences.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('favorites_user_discussion_key').on(t.userId, t.discussionId),
    uniqueIndex('favorites_user_experience_key').on(t.userId, t.experienceId),
    index('favorites_user_created_idx').on(t.userId, t.createdAt),
    check('favorites_one_target', sql`num_nonnulls(${t.discussionId}, ${t.experienceId}) = 1`),
  ],
);

export const resumesRelations = relations(resumes, ({ one }) => ({
  user: one(users, { fields: [resumes.userId], references: [users.id] }),
}));
export const discussionsRelations = relations(discussions, ({ one, many }) => ({
  author: one(users, { fields: [discussions.userId], references: [users.id] }),
  comments: many(comments),
  favorites: many(favorites),
}));
export const experiencesRelations = relations(experiences, ({ one, many }) => ({
  author: one(users, { fields: [experiences.userId], references: [users.id] }),
  comments: many(comments),
  favorites: many(favorites),
}));
export const commentsRelations = relations(comments, ({ one }) => ({
  author: one(users, { fields: [comments.userId], references: [users.id] }),
  discussion: one(discussions, { fields: [comments.discussionId], references: [discussions.id] }),
  experience: one(experiences, { fields: [comments.experienceId], references: [experiences.id] }),
}));
export const favoritesRelations = relations(favorites, ({ one }) => ({
  user: one(users, { fields: [favorites.userId], references: [users.id] }),
  discussion: one(discussions, { fields: [favorites.discussionId], references: [discussions.id] }),
  experience: one(experiences, { fields: [favorites.experienceId], references: [experiences.id] }),
}));

export type Resume = typeof resumes.$inferSelect;
export type Discussion = typeof discussions.$inferSelect;
export type NewDiscussion = typeof discussions.$inferInsert;
export type Experience = typeof experiences.$inferSelect;
export type NewExperience = typeof experiences.$inferInsert;
export type Comment = typeof comments.$inferSelect;
export type Favorite = typeof favorites.$inferSelect;
