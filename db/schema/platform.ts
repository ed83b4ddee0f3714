import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Instance-wide settings shared by every server on the same database (e.g. the generated auth secret). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Store of rate-limiter-flexible's RateLimiterDrizzle: one row per limited key, shared across instances. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: timestamp('expire', { withTimezone: true }),
});
