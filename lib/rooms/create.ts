import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { withTransaction } from '@/db/transaction';
import { matches, questions, roomDocUpdates, roomMembers, rooms, type Match, type QuestionDifficulty, type Room } from '@/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';
import { solvedBy } from '@/lib/questions/service';
import { seedUpdate } from './document';
import type { LanguageId } from '@/lib/vocabulary/languages';

export interface NewMatch {
  intervieweeId: number;
  interviewerId: number;
  language: LanguageId;
  difficulty: QuestionDifficulty;
  enableVideo: boolean;
  /** A question chosen by the caller (POST /rooms); else one fitting both is picked. */
  questionId?: number;
}

/**
 * The question a pair meets over: published, of the difficulty asked, and one neither has
 * solved when there is such a question; then any of that difficulty; then any at all. Every
 * bank question has starter code in every language, so the language never rules one out.
 */
async function pickQuestion(db: Db, input: NewMatch): Promise<number> {
  const solvedByEither = solvedBy(input.intervieweeId, input.interviewerId);
  const tries = [
    and(eq(questions.status, 'published'), eq(questions.difficulty, input.difficulty), sql`not ${solvedByEither}`),
    and(eq(questions.status, 'published'), eq(questions.difficulty, input.difficulty)),
    eq(questions.status, 'published'),
  ];
  for (const where of tries) {
    const [row] = await db
      .select({ id: questions.id })
      .from(questions)
      .where(where)
      .orderBy(sql`random()`)
      .limit(1);
    if (row) return row.id;
  }
  throw new AppError('QUESTION_NOT_FOUND', 'No published question to interview with');
}

/**
 * A match and the room its pair meets in, written together; `match.found` goes out when the
 * caller's transaction commits. Called by matchmaking (inside its matching transaction) and by
 * the system caller's POST /api/v1/rooms.
 */
export function createMatchWithRoom(db: Db, input: NewMatch): Promise<{ match: Match; room: Room }> {
  return withTransaction(db, async (tx) => {
    let questionId = input.questionId;
    if (questionId !== undefined) {
      const [question] = await tx.select({ status: questions.status }).from(questions).where(eq(questions.id, questionId));
      if (question?.status !== 'published') throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
    } else {
      questionId = await pickQuestion(tx, input);
    }
    const [match] = await tx
      .insert(matches)
      .values({
        intervieweeId: input.intervieweeId,
        interviewerId: input.interviewerId,
        language: input.language,
        difficulty: input.difficulty,
        enableVideo: input.enableVideo,
      })
      .returning();
    if (!match) throw new Error('insert into matches returned nothing');
    const [room] = await tx
      .insert(rooms)
      .values({
        matchId: match.id,
        questionId,
        language: input.language,
        enableVideo: input.enableVideo,
        expiresAt: sql`now() + make_interval(mins => ${env.ROOM_TTL_MINUTES})`,
      })
      .returning();
    if (!room) throw new Error('insert into rooms returned nothing');
    // The editor starts with the question's starter code, as the room's first document update.
    const [question] = await tx.select({ starter: questions.starter }).from(questions).where(eq(questions.id, questionId));
    await tx.insert(roomDocUpdates).values({ roomId: room.id, userId: null, update: seedUpdate(question?.starter[input.language] ?? '') });
    await tx.insert(roomMembers).values([
      { roomId: room.id, userId: input.intervieweeId, role: 'interviewee' },
      { roomId: room.id, userId: input.interviewerId, role: 'interviewer' },
    ]);
    await publish(tx, 'match.found', { matchId: match.id });
    return { match, room };
  });
}
