import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type UserRole = 'user' | 'admin';

export interface UserPreferences {
  languages: string[];
  difficulty: 'Easy' | 'Medium' | 'Hard';
  enableVideo: boolean;
}

export const DEFAULT_PREFERENCES: UserPreferences = {
  languages: [],
  difficulty: 'Medium',
  enableVideo: true,
};

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Log-in name of the ai-interview contract; v1 registrations get one derived from the email. */
    account: text('account').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<UserRole>().notNull().default('user'),
    avatarUrl: text('avatar_url'),
    phone: text('phone'),
    address: text('address'),
    sex: text('sex').$type<'F' | 'M'>(),
    birthday: text('birthday'),
    status: text('status'),
    highestEducation: text('highest_education'),
    seniority: text('seniority'),
    timezone: text('timezone').notNull().default('Asia/Taipei'),
    locale: text('locale').notNull().default('zh-TW'),
    preferences: jsonb('preferences').$type<UserPreferences>().notNull().default(DEFAULT_PREFERENCES),
    opportunities: integer('opportunities').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_account_key').on(sql`lower(${t.account})`),
    // No write, however concurrent, leaves a balance below zero.
    check('users_opportunities_nonnegative', sql`${t.opportunities} >= 0`),
  ],
);

/** One log-in: every access token and refresh token of it belongs to this family. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Bumped on every rotation: access tokens carry it, so a rotated-away token stops working. */
    generation: integer('generation').notNull().default(1),
    keepLoggedIn: boolean('keep_logged_in').notNull().default(false),
    client: text('client').$type<'api' | 'v1' | 'web'>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: text('session_id')
      .notNull()
      .references(() => authSessions.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token: a leaked table row cannot be replayed. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash), index('refresh_tokens_session_idx').on(t.sessionId)],
);

export const usersRelations = relations(users, ({ many }) => ({ sessions: many(authSessions) }));
export const authSessionsRelations = relations(authSessions, ({ one, many }) => ({
  user: one(users, { fields: [authSessions.userId], references: [users.id] }),
  refreshTokens: many(refreshTokens),
}));
export const refreshTokensRelations = relations(refreshTokens, ({ one }) => ({
  session: one(authSessions, { fields: [refreshTokens.sessionId], references: [authSessions.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuthSession = typeof authSessions.$inferSelect;
export type RefreshToken = typeof refreshTokens.$inferSelect;
