import 'server-only';
import { and, asc, desc, eq, gt, inArray, lte, ne, notExists, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db';
import {
  matches,
  matchQueue,
  questions,
  roomMembers,
  rooms,
  users,
  type InterviewRole,
  type Match,
  type QueueEntry,
  type Room,
} from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { uniqueViolation } from '@/lib/db-errors';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { encodeId } from '@/lib/ids';
import { logger } from '@/lib/logger';
import { createMatchWithRoom } from '@/lib/rooms/create';
import type { JoinQueueInput } from '@/lib/validation/matchmaking';

/**
 * Matchmaking (codemeet-api.md §2). A user waits in `match_queue` as interviewee or interviewer
 * for a language and a difficulty; an interviewee and an interviewer of the same language are
 * paired, same difficulty first, another difficulty once either has waited
 * MATCH_RELAX_AFTER_SECONDS. Pairing happens when someone joins and again on every sweep
 * (server/scheduler.ts), which also expires entries nobody matched in time.
 *
 * Several instances share one PostgreSQL: an attempt to match is one transaction under the
 * language's advisory lock, so the attempts of one language run one at a time across instances,
 * and it takes both entries with FOR UPDATE SKIP LOCKED, so a cancel or an expiry in flight is
 * stepped over rather than waited for. An entry leaves `waiting` only in a statement that checks
 * it is still waiting: nobody is ever matched twice.
 */

// pg_advisory_xact_lock(space, hashtext(language)): one lock per language bucket.
const BUCKET_LOCK_SPACE = 0x636d6d31; // "cmm1"
const DEFAULT_WAIT_SECONDS = 30;
/** The latest matched entries whose waits estimate the next one's. */
const RECENT_WAITS = 20;
/** Entries one sweep tries to match at most (oldest first): a sweep stays short whatever the backlog. */
const SWEEP_LIMIT = 500;

const log = logger.child({ component: 'matchmaking' });

const opposite = (role: InterviewRole): InterviewRole => (role === 'interviewee' ? 'interviewer' : 'interviewee');

const stillWaiting = and(eq(matchQueue.status, 'waiting'), gt(matchQueue.expiresAt, sql`now()`));

/** Marks the waiting entries `where` selects that are past their expiry as expired; they left when they expired. */
async function expireDue(db: Db, where?: SQL): Promise<number> {
  const expired = await db
    .update(matchQueue)
    .set({ status: 'expired', leftAt: sql`${matchQueue.expiresAt}` })
    .where(and(eq(matchQueue.status, 'waiting'), lte(matchQueue.expiresAt, sql`now()`), where))
    .returning({ id: matchQueue.id });
  return expired.length;
}

/**
 * Seconds an entry like this one (same language, same role) can expect to wait: the median
 * wait of the latest RECENT_WAITS such entries that left the queue matched; 30 with none yet.
 */
export async function estimatedWaitSeconds(db: Db, language: QueueEntry['language'], role: InterviewRole): Promise<number> {
  const recent = db
    .select({ waited: sql<number>`extract(epoch from ${matchQueue.leftAt} - ${matchQueue.enteredAt})::float8`.as('waited') })
    .from(matchQueue)
    .where(and(eq(matchQueue.language, language), eq(matchQueue.role, role), eq(matchQueue.status, 'matched')))
    .orderBy(desc(matchQueue.leftAt))
    .limit(RECENT_WAITS)
    .as('recent');
  const [row] = await db
    .select({ median: sql<number | null>`percentile_cont(0.5) within group (order by ${recent.waited})`.mapWith(Number) })
    .from(recent);
  const median = row?.median;
  return median === null || median === undefined || !Number.isFinite(median) ? DEFAULT_WAIT_SECONDS : Math.max(0, Math.round(median));
}

/** The user's room that is still live (started, or waiting to be and not expired), if any. */
async function liveRoomOf(db: Db, userId: number): Promise<number | null> {
  const [room] = await db
    .select({ id: rooms.id })
    .from(roomMembers)
    .innerJoin(rooms, eq(rooms.id, roomMembers.roomId))
    .where(
      and(
        eq(roomMembers.userId, userId),
        or(eq(rooms.status, 'active'), and(eq(rooms.status, 'waiting'), gt(rooms.expiresAt, sql`now()`))),
      ),
    )
    .limit(1);
  return room?.id ?? null;
}

export interface MatchMade {
  matchId: number;
  roomId: number;
}

/**
 * One attempt to pair this entry, in one transaction: under its language's lock, take the entry
 * if it is still waiting and the best partner (opposite role, same language, another user, not
 * expired): same difficulty first, oldest first; another difficulty only once either of the two
 * has waited MATCH_RELAX_AFTER_SECONDS, and never someone whose own difficulty is waiting on my
 * side (they are about to be matched as they asked). Then the match and its room (the
 * interviewee's difficulty; video when both asked for it) and both entries marked matched.
 * Null when there is no partner now, or no question to meet over (both keep waiting).
 */
export function tryMatch(db: Db, entryId: number): Promise<MatchMade | null> {
  return withTransaction(db, async (tx) => {
    const [bucket] = await tx
      .select({ language: matchQueue.language })
      .from(matchQueue)
      .where(and(eq(matchQueue.id, entryId), stillWaiting));
    if (!bucket) return null;
    await tx.execute(sql`select pg_advisory_xact_lock(${BUCKET_LOCK_SPACE}, hashtext(${bucket.language}))`);

    const relaxAfter = sql`make_interval(secs => ${env.MATCH_RELAX_AFTER_SECONDS})`;
    const [mine] = await tx
      .select({ entry: matchQueue, relaxed: sql<boolean>`now() - ${matchQueue.enteredAt} >= ${relaxAfter}` })
      .from(matchQueue)
      .where(and(eq(matchQueue.id, entryId), stillWaiting))
      .for('update', { skipLocked: true });
    if (!mine) return null;
    const me = mine.entry;

    const rival = alias(matchQueue, 'rival');
    const partnerHasOwnDifficulty = tx
      .select({ one: sql`1` })
      .from(rival)
      .where(
        and(
          eq(rival.status, 'waiting'),
          gt(rival.expiresAt, sql`now()`),
          eq(rival.language, me.language),
          eq(rival.role, me.role),
          eq(rival.difficulty, matchQueue.difficulty),
          ne(rival.userId, matchQueue.userId),
        ),
      );
    const relaxedPartner = and(
      mine.relaxed ? undefined : sql`now() - ${matchQueue.enteredAt} >= ${relaxAfter}`,
      notExists(partnerHasOwnDifficulty),
    );
    const [partner] = await tx
      .select()
      .from(matchQueue)
      .where(
        and(
          stillWaiting,
          eq(matchQueue.language, me.language),
          eq(matchQueue.role, opposite(me.role)),
          ne(matchQueue.userId, me.userId),
          or(eq(matchQueue.difficulty, me.difficulty), relaxedPartner),
        ),
      )
      .orderBy(desc(sql`${matchQueue.difficulty} = ${me.difficulty}`), asc(matchQueue.enteredAt), asc(matchQueue.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!partner) return null;

    const interviewee = me.role === 'interviewee' ? me : partner;
    const interviewer = me.role === 'interviewee' ? partner : me;
    let made: { match: Match; room: Room };
    try {
      made = await createMatchWithRoom(tx, {
        intervieweeId: interviewee.userId,
        interviewerId: interviewer.userId,
        language: me.language,
        difficulty: interviewee.difficulty,
        enableVideo: interviewee.enableVideo && interviewer.enableVideo,
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'QUESTION_NOT_FOUND') {
        log.warn({ entries: [me.id, partner.id] }, 'no published question to match over: both keep waiting');
        return null;
      }
      throw error;
    }
    const marked = await tx
      .update(matchQueue)
      .set({ status: 'matched', matchId: made.match.id, leftAt: sql`now()` })
      .where(and(inArray(matchQueue.id, [me.id, partner.id]), eq(matchQueue.status, 'waiting')))
      .returning({ id: matchQueue.id });
    // Both rows are locked by this transaction and were waiting: anything else is a bug, and rolls all of it back.
    if (marked.length !== 2) throw new Error(`queue entries ${me.id} and ${partner.id} were not both waiting`);
    return { matchId: made.match.id, roomId: made.room.id };
  });
}

/**
 * The sweep every instance runs every few seconds: expires entries past their expiry, then tries
 * again to match the waiting entries of every language with both roles waiting, oldest first
 * (so a wait that has passed MATCH_RELAX_AFTER_SECONDS finds its partner without a new join).
 */
export async function matchWaiting(db: Db): Promise<{ expired: number; matched: number }> {
  const expired = await expireDue(db);
  const bothRolesWaiting = db
    .select({ language: matchQueue.language })
    .from(matchQueue)
    .where(stillWaiting)
    .groupBy(matchQueue.language)
    .having(sql`count(distinct ${matchQueue.role}) = 2`);
  const candidates = await db
    .select({ id: matchQueue.id })
    .from(matchQueue)
    .where(and(stillWaiting, inArray(matchQueue.language, bothRolesWaiting)))
    .orderBy(asc(matchQueue.enteredAt), asc(matchQueue.id))
    .limit(SWEEP_LIMIT);
  let matched = 0;
  for (const { id } of candidates) {
    // An entry matched earlier in this sweep (as someone's partner) is no longer waiting: tryMatch passes it by.
    if (await tryMatch(db, id)) matched += 1;
  }
  return { expired, matched };
}

export interface JoinResult {
  entry: QueueEntry;
  /** The room, when the entry was matched at once. */
  roomId: number | null;
  estimatedWaitTime: number;
}

/**
 * §2.1: the caller joins the queue, and is matched at once when a partner is waiting.
 * 403 INSUFFICIENT_OPPORTUNITIES for an interviewee with no opportunity left (it is spent when
 * the interview starts, not here); 409 ALREADY_IN_QUEUE while the caller already waits (the
 * unique index on waiting entries decides, whatever the race); 409 CONFLICT while the caller is
 * in a room that is still live (not started yet and not expired, or started and not ended).
 */
export async function joinQueue(db: Db, actor: UserActor, input: JoinQueueInput): Promise<JoinResult> {
  let entry: QueueEntry;
  try {
    entry = await withTransaction(db, async (tx) => {
      // Shared lock: a concurrent spend of the last opportunity waits until this entry is in.
      const [user] = await tx.select({ opportunities: users.opportunities }).from(users).where(eq(users.id, actor.userId)).for('share');
      if (!user) throw new AppError('USER_NOT_FOUND', 'User not found');
      if (input.role === 'interviewee' && user.opportunities < 1) {
        throw new AppError(
          'INSUFFICIENT_OPPORTUNITIES',
          'Not enough interview opportunities: an interviewee needs one (interview as interviewer to earn one, or wait for the daily reset)',
        );
      }
      const [row] = await tx
        .insert(matchQueue)
        .values({
          userId: actor.userId,
          role: input.role,
          language: input.language,
          difficulty: input.difficulty,
          enableVideo: input.enableVideo,
          expiresAt: sql`now() + make_interval(secs => ${env.MATCH_QUEUE_TTL_SECONDS})`,
        })
        .returning();
      if (!row) throw new Error('insert into match_queue returned nothing');
      // After the insert: a match of the caller's previous entry still committing made the insert
      // wait on the unique index, so its room is visible here.
      const room = await liveRoomOf(tx, actor.userId);
      if (room !== null) {
        throw new AppError(
          'CONFLICT',
          `You are already in interview room ${encodeId('room', room)}: end it, or let it expire, before joining the queue again`,
        );
      }
      return row;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'match_queue_waiting_user_key') {
      throw new AppError('ALREADY_IN_QUEUE', 'You are already waiting in the match queue');
    }
    throw error;
  }

  try {
    await tryMatch(db, entry.id);
  } catch (error) {
    // The entry is saved and waiting: the next sweep tries again.
    log.error({ err: error, queueId: entry.id }, 'matching a new queue entry failed');
  }
  // The entry as it stands now, with its room: matched by this attempt, or by a sweep that took it
  // between the insert and the attempt (the attempt then found it no longer waiting).
  const [now] = await db
    .select({ entry: matchQueue, roomId: rooms.id })
    .from(matchQueue)
    .leftJoin(rooms, eq(rooms.matchId, matchQueue.matchId))
    .where(eq(matchQueue.id, entry.id));
  if (now) entry = now.entry;
  const roomId = entry.status === 'matched' ? (now?.roomId ?? null) : null;
  const estimatedWaitTime = entry.status === 'waiting' ? await estimatedWaitSeconds(db, entry.language, entry.role) : 0;
  return { entry, roomId, estimatedWaitTime };
}

/** The caller's own queue entry; anyone else's is as absent as one that never was (404 MATCH_NOT_FOUND). */
function notFound(): AppError {
  return new AppError('MATCH_NOT_FOUND', 'Queue entry not found');
}

export interface QueueStatusView {
  entry: QueueEntry;
  /** Once matched: the room and the partner. */
  roomId: number | null;
  partner: { displayName: string; role: InterviewRole } | null;
  /** While waiting. */
  estimatedWaitTime: number | null;
}

/** §2.3: where the caller's entry stands; an entry past its expiry reads (and is stored) as expired. */
export async function queueStatus(db: Db, actor: UserActor, queueId: number): Promise<QueueStatusView> {
  const mine = and(eq(matchQueue.id, queueId), eq(matchQueue.userId, actor.userId));
  await expireDue(db, mine);
  const [entry] = await db.select().from(matchQueue).where(mine);
  if (!entry) throw notFound();
  if (entry.status === 'waiting') {
    return { entry, roomId: null, partner: null, estimatedWaitTime: await estimatedWaitSeconds(db, entry.language, entry.role) };
  }
  if (entry.status !== 'matched' || entry.matchId === null) return { entry, roomId: null, partner: null, estimatedWaitTime: null };
  const partnerId = entry.role === 'interviewee' ? matches.interviewerId : matches.intervieweeId;
  const [found] = await db
    .select({ roomId: rooms.id, displayName: users.name })
    .from(matches)
    .innerJoin(users, eq(users.id, partnerId))
    .leftJoin(rooms, eq(rooms.matchId, matches.id))
    .where(eq(matches.id, entry.matchId));
  return {
    entry,
    roomId: found?.roomId ?? null,
    partner: found ? { displayName: found.displayName, role: opposite(entry.role) } : null,
    estimatedWaitTime: null,
  };
}

/** The caller's entry still waiting, if any (the lobby picks its timer up after a reload). */
export async function waitingEntry(db: Db, actor: UserActor): Promise<QueueStatusView | null> {
  const mine = and(eq(matchQueue.userId, actor.userId), eq(matchQueue.status, 'waiting'));
  await expireDue(db, mine);
  const [entry] = await db.select({ id: matchQueue.id }).from(matchQueue).where(mine);
  return entry ? queueStatus(db, actor, entry.id) : null;
}

/**
 * §2.2: the caller leaves the queue. Leaving twice, or after the entry expired, changes nothing
 * (the caller is out of the queue either way); an entry already matched cannot be cancelled
 * (409 CONFLICT: the match stands, see GET /api/v1/matches/current). A cancel racing a match
 * waits for it and then finds the entry matched.
 */
export async function cancelQueue(db: Db, actor: UserActor, queueId: number): Promise<void> {
  const mine = and(eq(matchQueue.id, queueId), eq(matchQueue.userId, actor.userId));
  const [left] = await db
    .update(matchQueue)
    .set({
      // Past its expiry it had already expired: it says so, as a read of it would.
      status: sql`case when ${matchQueue.expiresAt} <= now() then 'expired' else 'cancelled' end`,
      leftAt: sql`least(now(), ${matchQueue.expiresAt})`,
    })
    .where(and(mine, eq(matchQueue.status, 'waiting')))
    .returning({ id: matchQueue.id });
  if (left) return;
  const [entry] = await db.select({ status: matchQueue.status }).from(matchQueue).where(mine);
  if (!entry) throw notFound();
  if (entry.status === 'matched') {
    throw new AppError('CONFLICT', 'This queue entry is already matched: the match is at GET /api/v1/matches/current');
  }
}

export interface CurrentMatch {
  match: Match;
  room: Room;
  question: { id: number; titleEn: string; titleZh: string; difficulty: Match['difficulty'] };
  participants: Array<{ userId: number; role: InterviewRole; displayName: string }>;
}

/** §2.4: the caller's latest match whose room is still live (waiting and not expired, or active); 404 MATCH_NOT_FOUND otherwise. */
export async function currentMatch(db: Db, actor: UserActor): Promise<CurrentMatch> {
  const [row] = await db
    .select({
      match: matches,
      room: rooms,
      question: { id: questions.id, titleEn: questions.titleEn, titleZh: questions.titleZh, difficulty: questions.difficulty },
    })
    .from(matches)
    .innerJoin(rooms, eq(rooms.matchId, matches.id))
    .innerJoin(questions, eq(questions.id, rooms.questionId))
    .where(
      and(
        or(eq(matches.intervieweeId, actor.userId), eq(matches.interviewerId, actor.userId)),
        or(eq(rooms.status, 'active'), and(eq(rooms.status, 'waiting'), gt(rooms.expiresAt, sql`now()`))),
      ),
    )
    .orderBy(desc(matches.createdAt), desc(matches.id))
    .limit(1);
  if (!row) throw new AppError('MATCH_NOT_FOUND', 'You have no current match');
  const people = await db
    .select({ userId: users.id, displayName: users.name })
    .from(users)
    .where(inArray(users.id, [row.match.intervieweeId, row.match.interviewerId]));
  const nameOf = (userId: number) => people.find((p) => p.userId === userId)?.displayName ?? '';
  return {
    ...row,
    participants: [
      { userId: row.match.intervieweeId, role: 'interviewee', displayName: nameOf(row.match.intervieweeId) },
      { userId: row.match.interviewerId, role: 'interviewer', displayName: nameOf(row.match.interviewerId) },
    ],
  };
}
