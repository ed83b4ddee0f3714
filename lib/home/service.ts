import { and, desc, eq, like } from 'drizzle-orm';
import type { Db } from '@/db';
import { discussions, interviews, jobs, questions, submissions, users } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { listUnfinished } from '@/lib/interviews/service';
import { currentMatch, waitingEntry } from '@/lib/matchmaking/service';
import { AppError } from '@/lib/errors';
import type { QuestionDifficulty } from '@/db/schema';

/** The problem a user last worked on: submitted (judged) or only run. */
export interface LastProblem {
  slug: string;
  titleZh: string;
  titleEn: string;
  difficulty: QuestionDifficulty;
  at: Date;
  /** The verdict of a submission; null when the user only ran it. */
  status: string | null;
}

export interface HomeOverview {
  lastProblem: LastProblem | null;
  unfinishedInterview: { id: number; position: string; answered: number; total: number; updatedAt: Date } | null;
  /** A queue entry still waiting for a partner. */
  waiting: { queueId: number; language: string; role: string } | null;
  /** A live room the user belongs to (waiting for both, or under way). */
  liveRoom: { roomId: number; status: string; titleZh: string; titleEn: string } | null;
  opportunities: number;
  recentSubmissions: Array<{ id: number; slug: string; titleZh: string; titleEn: string; status: string; at: Date }>;
  recentInterviews: Array<{ id: number; position: string; score: number | null; at: Date }>;
  recentPosts: Array<{ id: number; title: string; at: Date }>;
}

const PRACTICE_RUN = 'practice-run:';

/** The signed-in home: where the user left off and what they did lately, each list short. */
export async function homeOverview(db: Db, actor: UserActor): Promise<HomeOverview> {
  const [lastSubmission, lastRun, unfinished, waiting, live, balance, recentSubmissions, recentInterviews, recentPosts] = await Promise.all(
    [
      db
        .select({
          slug: questions.slug,
          titleZh: questions.titleZh,
          titleEn: questions.titleEn,
          difficulty: questions.difficulty,
          at: submissions.createdAt,
          status: submissions.status,
        })
        .from(submissions)
        .innerJoin(questions, eq(questions.id, submissions.questionId))
        .where(eq(submissions.userId, actor.userId))
        .orderBy(desc(submissions.createdAt), desc(submissions.id))
        .limit(1),
      // A run is not kept as a submission; its job's supersede key names the question (lib/submissions/service.ts).
      db
        .select({ key: jobs.supersedeKey, at: jobs.createdAt })
        .from(jobs)
        .where(and(eq(jobs.userId, actor.userId), like(jobs.supersedeKey, `${PRACTICE_RUN}%`)))
        .orderBy(desc(jobs.createdAt), desc(jobs.id))
        .limit(1),
      listUnfinished(db, actor),
      waitingEntry(db, actor),
      currentMatch(db, actor).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'MATCH_NOT_FOUND') return null;
        throw error;
      }),
      db.select({ opportunities: users.opportunities }).from(users).where(eq(users.id, actor.userId)),
      db
        .select({
          id: submissions.id,
          slug: questions.slug,
          titleZh: questions.titleZh,
          titleEn: questions.titleEn,
          status: submissions.status,
          at: submissions.createdAt,
        })
        .from(submissions)
        .innerJoin(questions, eq(questions.id, submissions.questionId))
        .where(eq(submissions.userId, actor.userId))
        .orderBy(desc(submissions.createdAt), desc(submissions.id))
        .limit(5),
      db
        .select({ id: interviews.id, position: interviews.position, score: interviews.score, at: interviews.completedAt })
        .from(interviews)
        .where(and(eq(interviews.userId, actor.userId), eq(interviews.status, 'completed')))
        .orderBy(desc(interviews.completedAt), desc(interviews.id))
        .limit(3),
      db
        .select({ id: discussions.id, title: discussions.title, at: discussions.createdAt })
        .from(discussions)
        .where(eq(discussions.userId, actor.userId))
        .orderBy(desc(discussions.createdAt), desc(discussions.id))
        .limit(3),
    ],
  );

  let lastProblem: LastProblem | null = lastSubmission[0] ?? null;
  const run = lastRun[0];
  if (run && (!lastProblem || run.at > lastProblem.at)) {
    const questionId = Number(run.key?.slice(PRACTICE_RUN.length));
    const [question] = Number.isSafeInteger(questionId)
      ? await db
          .select({ slug: questions.slug, titleZh: questions.titleZh, titleEn: questions.titleEn, difficulty: questions.difficulty })
          .from(questions)
          .where(eq(questions.id, questionId))
      : [];
    if (question) lastProblem = { ...question, at: run.at, status: null };
  }
  const first = unfinished[0];
  return {
    lastProblem,
    unfinishedInterview: first
      ? {
          id: first.interview.id,
          position: first.interview.position,
          answered: first.answered,
          total: first.total,
          updatedAt: first.interview.updatedAt,
        }
      : null,
    waiting: waiting ? { queueId: waiting.entry.id, language: waiting.entry.language, role: waiting.entry.role } : null,
    liveRoom: live
      ? { roomId: live.room.id, status: live.room.status, titleZh: live.question.titleZh, titleEn: live.question.titleEn }
      : null,
    opportunities: balance[0]?.opportunities ?? 0,
    recentSubmissions,
    recentInterviews: recentInterviews.map((r) => ({ ...r, at: r.at ?? new Date(0) })),
    recentPosts,
  };
}

/** The first published easy problem, for a visitor's first try (null when the bank is empty). */
export async function firstEasyProblem(db: Db): Promise<{ slug: string; titleZh: string } | null> {
  const [row] = await db
    .select({ slug: questions.slug, titleZh: questions.titleZh })
    .from(questions)
    .where(and(eq(questions.status, 'published'), eq(questions.difficulty, 'Easy')))
    .orderBy(questions.id)
    .limit(1);
  return row ?? null;
}
