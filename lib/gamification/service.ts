import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import { dailyResets, opportunityLedger, users, type OpportunityEntry } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';

/**
 * Interview opportunities (codemeet-api.md §5, policy in docs/opportunities.md): an interviewee
 * spends one to start an interview, an interviewer earns one for completing one, and every day at
 * 00:00 Asia/Taipei each balance below the daily allowance is topped up to it (never lowered).
 * The balance lives on the user; each change writes a ledger row in the same transaction, and no
 * write, however concurrent, leaves a balance below zero (one conditional UPDATE, and a CHECK).
 */

/** Taiwan has no daylight saving time: its midnight is always 16:00 UTC. */
const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Taipei calendar day of a moment, as YYYY-MM-DD. */
export function taipeiDay(at: Date): string {
  return new Date(at.getTime() + TAIPEI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 Asia/Taipei of a Taipei day, as a moment. */
export function startOfTaipeiDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - TAIPEI_OFFSET_MS);
}

/** The next daily reset after `at`. */
export function nextResetAt(at: Date): Date {
  return new Date(startOfTaipeiDay(taipeiDay(at)).getTime() + DAY_MS);
}

export interface OpportunityHistory {
  userId: number;
  opportunities: number;
  nextResetAt: Date;
  history: OpportunityEntry[];
}

/** §5.1: the caller's balance, when it next resets, and its history, newest first. */
export async function getOpportunities(db: Db, actor: UserActor, limit = 50): Promise<OpportunityHistory> {
  const [[user], history] = await Promise.all([
    db.select({ opportunities: users.opportunities }).from(users).where(eq(users.id, actor.userId)),
    db
      .select()
      .from(opportunityLedger)
      .where(eq(opportunityLedger.userId, actor.userId))
      .orderBy(desc(opportunityLedger.createdAt), desc(opportunityLedger.id))
      .limit(limit),
  ]);
  if (!user) throw new AppError('USER_NOT_FOUND', 'User not found');
  return { userId: actor.userId, opportunities: user.opportunities, nextResetAt: nextResetAt(new Date()), history };
}

export interface OpportunityChange {
  userId: number;
  /** Names the interview: a second call for the same session changes nothing and answers the first. */
  sessionId?: string;
  reason: string;
}

export interface ChangeResult {
  opportunities: number;
  /** 1, or 0 when this session's change had already been made. */
  changed: 0 | 1;
  timestamp: Date;
}

/**
 * Moves one opportunity (−1 consumed, +1 earned). The ledger row goes first: its unique index on
 * (user, session, kind) makes a replayed or concurrent call for the same session wait for the
 * first and then change nothing; the balance then moves in one conditional UPDATE.
 */
async function change(db: Db, kind: 'consumed' | 'earned', input: OpportunityChange): Promise<ChangeResult> {
  const delta = kind === 'consumed' ? -1 : 1;
  return withTransaction(db, async (tx) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!exists) throw new AppError('USER_NOT_FOUND', 'User not found');
    const [entry] = await tx
      .insert(opportunityLedger)
      .values({ userId: input.userId, kind, amount: delta, reason: input.reason, sessionId: input.sessionId ?? null, balanceAfter: 0 })
      .onConflictDoNothing()
      .returning({ id: opportunityLedger.id, createdAt: opportunityLedger.createdAt });
    if (!entry) {
      const [[user], [first]] = await Promise.all([
        tx.select({ opportunities: users.opportunities }).from(users).where(eq(users.id, input.userId)),
        tx
          .select({ createdAt: opportunityLedger.createdAt })
          .from(opportunityLedger)
          .where(
            and(
              eq(opportunityLedger.userId, input.userId),
              eq(opportunityLedger.sessionId, input.sessionId!),
              eq(opportunityLedger.kind, kind),
            ),
          ),
      ]);
      return { opportunities: user?.opportunities ?? 0, changed: 0, timestamp: first?.createdAt ?? new Date() };
    }
    const [user] = await tx
      .update(users)
      .set({ opportunities: sql`${users.opportunities} + ${delta}` })
      .where(and(eq(users.id, input.userId), delta < 0 ? sql`${users.opportunities} >= 1` : sql`true`))
      .returning({ opportunities: users.opportunities });
    if (!user) {
      throw new AppError(
        'INSUFFICIENT_OPPORTUNITIES',
        'Not enough interview opportunities: one is needed to start an interview as interviewee',
      );
    }
    await tx.update(opportunityLedger).set({ balanceAfter: user.opportunities }).where(eq(opportunityLedger.id, entry.id));
    await publish(tx, 'user.updated', { userId: input.userId });
    return { opportunities: user.opportunities, changed: 1, timestamp: entry.createdAt };
  });
}

/** §5.2: an interviewee starts an interview. 403 INSUFFICIENT_OPPORTUNITIES at zero. */
export function consumeOpportunity(db: Db, input: OpportunityChange): Promise<ChangeResult> {
  return change(db, 'consumed', input);
}

/** §5.3: an interviewer completed an interview. */
export function rewardOpportunity(db: Db, input: OpportunityChange): Promise<ChangeResult> {
  return change(db, 'earned', input);
}

export interface ResetResult {
  day: string;
  affectedUsers: number;
  resetAt: Date;
  /** False when this day's reset had already run (this call changed nothing). */
  ran: boolean;
}

/**
 * §5.4: tops every balance below the daily allowance up to it, once per Taipei day however many
 * instances, cron calls and schedulers ask: the day's row in daily_resets is claimed first, in
 * the same transaction as the top-up. A balance above the allowance is never lowered.
 */
export async function resetDailyOpportunities(db: Db, at = new Date()): Promise<ResetResult> {
  const day = taipeiDay(at);
  const resetAt = startOfTaipeiDay(day);
  const allowance = env.DAILY_OPPORTUNITIES;
  return withTransaction(db, async (tx) => {
    const [claimed] = await tx
      .insert(dailyResets)
      .values({ day, affectedUsers: 0 })
      .onConflictDoNothing()
      .returning({ day: dailyResets.day });
    if (!claimed) {
      const [done] = await tx.select().from(dailyResets).where(eq(dailyResets.day, day));
      return { day, affectedUsers: done?.affectedUsers ?? 0, resetAt, ran: false };
    }
    const topped = await tx.execute<{ user_id: number }>(sql`
      with topped as (
        update users u set opportunities = ${allowance}
        from (select id, opportunities as old from users where opportunities < ${allowance} for update) o
        where u.id = o.id
        returning u.id, o.old
      )
      insert into opportunity_ledger (user_id, kind, amount, reason, balance_after)
      select id, 'reset', ${allowance} - old, 'Daily reset', ${allowance} from topped
      returning user_id`);
    const affectedUsers = rowsOf(topped).length;
    await tx.update(dailyResets).set({ affectedUsers }).where(eq(dailyResets.day, day));
    return { day, affectedUsers, resetAt, ran: true };
  });
}
