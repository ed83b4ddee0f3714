import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rowsOf } from '@/db/rows';
import { dailyResets, opportunityLedger, users, type InterviewReward, type OpportunityEntry } from '@/db/schema';
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
  /** The interview's other member, when it was earned in one. */
  counterpartUserId?: number;
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
async function change(db: Db, kind: 'consumed' | 'earned' | 'refunded', input: OpportunityChange): Promise<ChangeResult> {
  const delta = kind === 'consumed' ? -1 : 1;
  return withTransaction(db, async (tx) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!exists) throw new AppError('USER_NOT_FOUND', 'User not found');
    const [entry] = await tx
      .insert(opportunityLedger)
      .values({
        userId: input.userId,
        kind,
        amount: delta,
        reason: input.reason,
        sessionId: input.sessionId ?? null,
        counterpartUserId: input.counterpartUserId ?? null,
        balanceAfter: 0,
      })
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

/** What an ended interview was, as the rules of docs/opportunities.md read it. */
export interface EndedInterviewFacts {
  sessionId: string;
  interviewerId: number;
  intervieweeId: number;
  /** From start to end. */
  durationSeconds: number;
  /** The interviewee ran, submitted or typed code in it. */
  intervieweeWorked: boolean;
  at: Date;
}

/** The rules' figures, for the pages that explain them. */
export function interviewRewardRules(): { minMinutes: number; perDay: number } {
  return { minMinutes: Math.ceil(env.INTERVIEW_REWARD_MIN_SECONDS / 60), perDay: env.INTERVIEW_REWARDS_PER_DAY };
}

// Settling interviews of one user takes turns, so the per-pair and per-day counts are exact.
const SETTLE_LOCK_SPACE = 0x636d6f31; // "cmo1"

/**
 * Pays an ended interview, in the transaction that ended it (docs/opportunities.md). The
 * interviewer earns one only for an interview long enough to be one, in which the interviewee
 * worked, with a partner who has not already paid or been paid by them this Taipei day, and
 * within their daily number of rewards. An interview too short to be one gives the interviewee
 * back the opportunity its start cost. Two accounts cannot pass opportunities back and forth with
 * empty interviews, and one account cannot farm many.
 */
export async function settleInterview(db: Db, facts: EndedInterviewFacts): Promise<InterviewReward> {
  const [first, second] = [facts.interviewerId, facts.intervieweeId].sort((a, b) => a - b);
  await db.execute(
    sql`select pg_advisory_xact_lock(${SETTLE_LOCK_SPACE}, ${first!}), pg_advisory_xact_lock(${SETTLE_LOCK_SPACE}, ${second!})`,
  );
  if (facts.durationSeconds < env.INTERVIEW_REWARD_MIN_SECONDS) {
    await change(db, 'refunded', {
      userId: facts.intervieweeId,
      sessionId: facts.sessionId,
      reason: 'Interview too short to count: its opportunity is returned',
      counterpartUserId: facts.interviewerId,
    });
    return 'too_short';
  }
  if (!facts.intervieweeWorked) return 'no_work';
  const since = startOfTaipeiDay(taipeiDay(facts.at));
  const [counts] = await db
    .select({
      pair: sql<number>`count(*) filter (where (${opportunityLedger.userId} = ${facts.interviewerId} and ${opportunityLedger.counterpartUserId} = ${facts.intervieweeId}) or (${opportunityLedger.userId} = ${facts.intervieweeId} and ${opportunityLedger.counterpartUserId} = ${facts.interviewerId}))`.mapWith(
        Number,
      ),
      mine: sql<number>`count(*) filter (where ${opportunityLedger.userId} = ${facts.interviewerId})`.mapWith(Number),
    })
    .from(opportunityLedger)
    .where(
      and(
        eq(opportunityLedger.kind, 'earned'),
        sql`${opportunityLedger.counterpartUserId} is not null`,
        sql`${opportunityLedger.createdAt} >= ${since.toISOString()}`,
        sql`${opportunityLedger.userId} in (${facts.interviewerId}, ${facts.intervieweeId})`,
      ),
    );
  if ((counts?.pair ?? 0) > 0) return 'pair_limit';
  if ((counts?.mine ?? 0) >= env.INTERVIEW_REWARDS_PER_DAY) return 'daily_limit';
  await change(db, 'earned', {
    userId: facts.interviewerId,
    sessionId: facts.sessionId,
    reason: 'Completed interview as interviewer',
    counterpartUserId: facts.intervieweeId,
  });
  return 'earned';
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
