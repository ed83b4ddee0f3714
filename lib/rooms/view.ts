import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { questionCases, questions, type LocalizedText, type Question, type QuestionCase } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { roomForMember, type MemberView } from './access';
import { RUBRIC, type RubricCriterion } from './rubric';

export interface RoomHint extends LocalizedText {
  index: number;
  revealed: boolean;
}

export interface RoomView extends MemberView {
  /** The question without its reference solutions, brute force and hints (those go through `hints`, filtered). */
  question: Omit<Question, 'solutions' | 'brute' | 'hints'>;
  visibleCases: QuestionCase[];
  /** Every hint for the interviewer; only those revealed for the interviewee. */
  hints: RoomHint[];
  hintsTotal: number;
  /** The interviewer's pane only: never computed for the interviewee. */
  interviewer?: { solution: { language: string; code: string }; rubric: readonly RubricCriterion[] };
}

/**
 * A room as one of its members sees it: its state, the question and its visible cases, and the
 * hints so far. The interviewer also gets every hint, the reference solution in the room's
 * language and the rubric; none of those is ever read into the interviewee's answer.
 */
export async function roomView(db: Db, actor: UserActor, roomId: number): Promise<RoomView> {
  const member = await roomForMember(db, roomId, actor.userId);
  const { room, me } = member;
  const [[question], visibleCases] = await Promise.all([
    db.select().from(questions).where(eq(questions.id, room.questionId)),
    db
      .select()
      .from(questionCases)
      .where(and(eq(questionCases.questionId, room.questionId), eq(questionCases.hidden, false)))
      .orderBy(asc(questionCases.position)),
  ]);
  if (!question) throw new AppError('QUESTION_NOT_FOUND', 'The room’s question no longer exists');
  const { solutions, brute: _brute, hints: _hints, ...shared } = question;
  const interviewer = me.role === 'interviewer';
  const shown = interviewer ? question.hints : question.hints.slice(0, room.hintsRevealed);
  return {
    ...member,
    question: shared,
    visibleCases,
    hints: shown.map((hint, index) => ({ index, en: hint.en, zh: hint.zh, revealed: index < room.hintsRevealed })),
    hintsTotal: question.hints.length,
    ...(interviewer
      ? { interviewer: { solution: { language: room.language, code: solutions[room.language] ?? '' }, rubric: RUBRIC } }
      : {}),
  };
}
