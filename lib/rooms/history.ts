import 'server-only';
import { and, asc, count, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db';
import { questions, roomFeedback, roomMembers, rooms, users, type InterviewRole, type QuestionDifficulty, type Room } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { pageWindow, toPage, type Page, type PageRequest } from '@/lib/http/pagination';
import type { ROOM_HISTORY_SORT_FIELDS } from '@/lib/validation/rooms';

export interface HistoryEntry {
  room: Room;
  myRole: InterviewRole;
  partner: { displayName: string; role: InterviewRole };
  question: { id: number; title: string; titleZh: string; difficulty: QuestionDifficulty };
  /** The partner's feedback about me, only once I gave mine. */
  feedback: { rating: number; comment: string; strengths: string[]; improvements: string[] } | null;
}

const mine = alias(roomMembers, 'mine');
const other = alias(roomMembers, 'other');
const partnerUser = alias(users, 'partner_user');
const given = alias(roomFeedback, 'given');
const received = alias(roomFeedback, 'received');

/** 4.7: the interviews the caller took part in that started (on now, or ended), a page at a time, newest first by default. */
export async function roomHistory(
  db: Db,
  actor: UserActor,
  request: PageRequest<(typeof ROOM_HISTORY_SORT_FIELDS)[number]>,
): Promise<Page<HistoryEntry>> {
  const where = and(eq(mine.userId, actor.userId), isNotNull(rooms.startedAt));
  const column = { startedAt: rooms.startedAt, endedAt: rooms.endedAt, createdAt: rooms.createdAt }[request.sortBy];
  const order = request.sortOrder === 'asc' ? asc : desc;
  const { offset, limit } = pageWindow(request);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        room: rooms,
        myRole: mine.role,
        partnerRole: other.role,
        partnerName: partnerUser.name,
        question: { id: questions.id, title: questions.titleEn, titleZh: questions.titleZh, difficulty: questions.difficulty },
        givenId: given.id,
        received: {
          rating: received.rating,
          comment: received.comment,
          strengths: received.strengths,
          improvements: received.improvements,
        },
      })
      .from(mine)
      .innerJoin(rooms, eq(rooms.id, mine.roomId))
      .innerJoin(other, and(eq(other.roomId, mine.roomId), ne(other.userId, mine.userId)))
      .innerJoin(partnerUser, eq(partnerUser.id, other.userId))
      .innerJoin(questions, eq(questions.id, rooms.questionId))
      .leftJoin(given, and(eq(given.roomId, rooms.id), eq(given.fromUserId, mine.userId)))
      .leftJoin(received, and(eq(received.roomId, rooms.id), eq(received.fromUserId, other.userId)))
      .where(where)
      .orderBy(order(column), order(rooms.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(mine).innerJoin(rooms, eq(rooms.id, mine.roomId)).where(where),
  ]);
  const items = rows.map((row): HistoryEntry => ({
    room: row.room,
    myRole: row.myRole,
    partner: { displayName: row.partnerName, role: row.partnerRole },
    question: row.question,
    feedback: row.givenId !== null && row.received ? row.received : null,
  }));
  return toPage(items, total?.n ?? 0, request);
}
