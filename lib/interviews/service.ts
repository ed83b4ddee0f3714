import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import {
  interviewAnswers,
  interviewQuestions,
  interviews,
  type Interview,
  type InterviewAnswer,
  type InterviewLanguage,
} from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { blobStore } from '@/lib/storage/blob-store';
import type { AnalysisBody, AnswerBody, RecordBody, SelectionBody, StartInterviewBody } from '@/lib/validation/interviews';
import { analyzeAnswer, summarizeInterview, type AnswerFeedback } from './analyzer';
import { candidateOf, selectQuestionsForPosition, type Selection } from './selection';

export type InterviewWithAnswers = Interview & { answers: InterviewAnswer[] };

/** Questions for a position, chosen for the caller's résumé and recent interviews; nothing is written. */
export async function previewSelection(db: Db, actor: UserActor, input: SelectionBody): Promise<Selection> {
  return selectQuestionsForPosition(
    db,
    { title: input.position, description: input.description, count: input.question_count, language: input.language },
    await candidateOf(db, actor.userId),
  );
}

/** Sets up an interview: the questions are chosen and kept with it, so a reload resumes the same interview. */
export async function startInterview(db: Db, actor: UserActor, input: StartInterviewBody): Promise<InterviewWithAnswers> {
  const selection = await previewSelection(db, actor, input);
  if (selection.questions.length === 0) throw new AppError('SERVICE_UNAVAILABLE', 'The question bank is empty');
  return withTransaction(db, async (tx) => {
    const [interview] = await tx
      .insert(interviews)
      .values({
        userId: actor.userId,
        position: input.position,
        description: input.description,
        language: input.language,
        secondsPerAnswer: input.seconds_per_answer,
        status: 'in_progress',
        origin: 'app',
      })
      .returning();
    const answers = await tx
      .insert(interviewAnswers)
      .values(
        selection.questions.map((q, position) => ({
          interviewId: interview!.id,
          position,
          questionId: q.id,
          question: q.text,
          kind: q.kind,
          points: q.points,
          secondsMin: q.seconds[0],
          secondsMax: q.seconds[1],
          reason: q.reason,
        })),
      )
      .returning();
    return { ...interview!, answers };
  });
}

/**
 * The language the caller last interviewed in, to start the next one in: their preferences
 * (UserPreferences) hold programming languages, difficulty and video, no spoken language.
 */
export async function lastInterviewLanguage(db: Db, actor: UserActor): Promise<InterviewLanguage | null> {
  const [row] = await db
    .select({ language: interviews.language })
    .from(interviews)
    .where(and(eq(interviews.userId, actor.userId), eq(interviews.origin, 'app')))
    .orderBy(desc(interviews.createdAt), desc(interviews.id))
    .limit(1);
  return row?.language ?? null;
}

/** An interview of the caller's: 404 when there is none, 403 when it is someone else's. */
async function ownInterview(db: Db, actor: UserActor, id: number): Promise<Interview> {
  const [row] = await db.select().from(interviews).where(eq(interviews.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Interview not found');
  if (row.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its owner may see an interview');
  return row;
}

export async function getInterview(db: Db, actor: UserActor, id: number): Promise<InterviewWithAnswers> {
  const interview = await ownInterview(db, actor, id);
  const answers = await db
    .select()
    .from(interviewAnswers)
    .where(eq(interviewAnswers.interviewId, id))
    .orderBy(asc(interviewAnswers.position));
  return { ...interview, answers };
}

/** The analyzer's view of a kept question: what it was asked with, whatever the bank says today. */
function analyzerQuestion(answer: InterviewAnswer) {
  return {
    kind: answer.kind ?? 'behavioral',
    points: answer.points,
    seconds: [answer.secondsMin ?? 60, answer.secondsMax ?? 120] as [number, number],
  };
}

/**
 * Saves one answer as it is given and returns the built-in analyzer's feedback. While the
 * interview runs an answer may be given again (a retry, a second take); once it ends, answers stay.
 */
export async function saveAnswer(db: Db, actor: UserActor, id: number, position: number, input: AnswerBody): Promise<InterviewAnswer> {
  return withTransaction(db, async (tx) => {
    const [interview] = await tx.select().from(interviews).where(eq(interviews.id, id)).for('update').limit(1);
    if (!interview) throw new AppError('NOT_FOUND', 'Interview not found');
    if (interview.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its owner may answer an interview');
    if (interview.status !== 'in_progress') throw new AppError('CONFLICT', 'This interview has ended');
    const [answer] = await tx
      .select()
      .from(interviewAnswers)
      .where(and(eq(interviewAnswers.interviewId, id), eq(interviewAnswers.position, position)))
      .limit(1);
    if (!answer) throw new AppError('NOT_FOUND', 'This interview has no such question');
    const feedback = analyzeAnswer({
      text: input.answer,
      durationMs: input.duration_ms,
      mode: input.mode,
      transcript: input.transcript,
      question: analyzerQuestion(answer),
      language: interview.language,
    });
    const [saved] = await tx
      .update(interviewAnswers)
      .set({
        answer: input.answer,
        mode: input.mode,
        durationMs: input.duration_ms,
        speechRate: feedback.speechRate?.value ?? null,
        feedback: feedback as unknown as Record<string, unknown>,
        // A new take replaces the coaching written for the old one.
        coach: null,
        answeredAt: new Date(),
      })
      .where(eq(interviewAnswers.id, answer.id))
      .returning();
    await tx.update(interviews).set({ updatedAt: new Date() }).where(eq(interviews.id, id));
    return saved!;
  });
}

/** Ends an interview: its overall score and the contract's `improved` list, in the interview's language. */
export async function finishInterview(db: Db, actor: UserActor, id: number): Promise<InterviewWithAnswers> {
  await withTransaction(db, async (tx) => {
    const [interview] = await tx.select().from(interviews).where(eq(interviews.id, id)).for('update').limit(1);
    if (!interview) throw new AppError('NOT_FOUND', 'Interview not found');
    if (interview.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its owner may end an interview');
    if (interview.status === 'completed') return;
    const answers = await tx.select().from(interviewAnswers).where(eq(interviewAnswers.interviewId, id));
    const summary = summarizeInterview(answers.map((a) => feedbackOf(a) ?? emptyFeedback(a, interview.language)));
    await tx
      .update(interviews)
      .set({
        status: 'completed',
        score: summary.score,
        improved: summary.improved.map((item) => (interview.language === 'zh' ? item.zh : item.en)),
        completedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(interviews.id, id));
  });
  return getInterview(db, actor, id);
}

export function feedbackOf(answer: InterviewAnswer): AnswerFeedback | null {
  return answer.feedback ? (answer.feedback as unknown as AnswerFeedback) : null;
}

/** What the analyzer says of a question left unanswered: an empty answer. */
function emptyFeedback(answer: InterviewAnswer, language: InterviewLanguage): AnswerFeedback {
  return analyzeAnswer({ text: '', durationMs: null, mode: 'typed', question: analyzerQuestion(answer), language });
}

/** Deletes an interview with its answers, and its recordings once that commits. */
export async function deleteInterview(db: Db, actor: UserActor, id: number): Promise<void> {
  await withTransaction(db, async (tx, scope) => {
    const [interview] = await tx.select().from(interviews).where(eq(interviews.id, id)).for('update').limit(1);
    if (!interview) throw new AppError('NOT_FOUND', 'Interview not found');
    if (interview.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its owner may delete an interview');
    const recordings = await tx
      .select({ name: interviewAnswers.recording })
      .from(interviewAnswers)
      .where(and(eq(interviewAnswers.interviewId, id), isNotNull(interviewAnswers.recording)));
    await tx.delete(interviews).where(eq(interviews.id, id));
    scope.afterCommit(async () => {
      const store = await blobStore('recordings');
      await Promise.all(recordings.map((r) => store.remove(r.name!)));
    });
  });
}

/** The caller's ended interviews, newest first, with their answers (InterviewRecords 1). */
export async function listRecords(
  db: Db,
  actor: UserActor,
  page: { page: number; perPage: number },
): Promise<{ items: InterviewWithAnswers[]; total: number }> {
  const where = and(eq(interviews.userId, actor.userId), eq(interviews.status, 'completed'));
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select()
      .from(interviews)
      .where(where)
      .orderBy(desc(interviews.createdAt), desc(interviews.id))
      .limit(page.perPage)
      .offset((page.page - 1) * page.perPage),
    db.select({ total: count() }).from(interviews).where(where),
  ]);
  if (rows.length === 0) return { items: [], total };
  const answers = await db
    .select()
    .from(interviewAnswers)
    .where(
      inArray(
        interviewAnswers.interviewId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(interviewAnswers.interviewId), asc(interviewAnswers.position));
  return { items: rows.map((r) => ({ ...r, answers: answers.filter((a) => a.interviewId === r.id) })), total };
}

/** The caller's interviews still running, newest first, with how far each got: the set-up page offers to resume them. */
export async function listUnfinished(db: Db, actor: UserActor): Promise<Array<{ interview: Interview; answered: number; total: number }>> {
  return db
    .select({
      interview: interviews,
      answered: sql<number>`count(${interviewAnswers.answer})::int`,
      total: sql<number>`count(${interviewAnswers.id})::int`,
    })
    .from(interviews)
    .leftJoin(interviewAnswers, eq(interviewAnswers.interviewId, interviews.id))
    .where(and(eq(interviews.userId, actor.userId), eq(interviews.status, 'in_progress')))
    .groupBy(interviews.id)
    .orderBy(desc(interviews.updatedAt))
    .limit(10);
}

const hasCjk = (text: string) => /\p{Script=Han}/u.test(text);

/** InterviewRecords 3: a finished record made elsewhere, kept as sent (its speech rates are the client's). */
export async function createClientRecord(db: Db, actor: UserActor, input: RecordBody): Promise<Interview> {
  const language: InterviewLanguage = input.question_and_answer.some((qa) => hasCjk(qa.question) || hasCjk(qa.answer)) ? 'zh' : 'en';
  return withTransaction(db, async (tx) => {
    const [interview] = await tx
      .insert(interviews)
      .values({
        userId: actor.userId,
        position: input.position ?? '',
        language,
        status: 'completed',
        origin: 'client',
        improved: input.improved,
        completedAt: new Date(),
      })
      .returning();
    await tx.insert(interviewAnswers).values(
      input.question_and_answer.map((qa, position) => ({
        interviewId: interview!.id,
        position,
        question: qa.question,
        answer: qa.answer,
        speechRate: Math.round(qa.speech_rate),
        answeredAt: new Date(),
      })),
    );
    return interview!;
  });
}

/** The analyzer's feedback on one answer, to a bank question or one described inline; nothing is written. */
export async function analyzeOne(db: Db, input: AnalysisBody): Promise<AnswerFeedback> {
  let question = input.question;
  if (input.question_id !== undefined) {
    const [row] = await db.select().from(interviewQuestions).where(eq(interviewQuestions.id, input.question_id)).limit(1);
    if (!row) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
    question = { kind: row.kind, points: row.points, seconds: [row.secondsMin, row.secondsMax] };
  }
  return analyzeAnswer({
    text: input.answer,
    durationMs: input.duration_ms,
    mode: input.mode,
    transcript: input.transcript,
    question: question!,
    language: input.language,
  });
}

/** Audio types MediaRecorder writes in Chromium, Firefox and Safari, by their first bytes. */
export function sniffAudio(bytes: Uint8Array): string | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm';
  if (starts([0x4f, 0x67, 0x67, 0x53])) return 'audio/ogg';
  if (starts([0x66, 0x74, 0x79, 0x70], 4)) return 'audio/mp4';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x41, 0x56, 0x45], 8)) return 'audio/wav';
  return null;
}

async function ownAnswer(db: Db, actor: UserActor, id: number, position: number): Promise<InterviewAnswer> {
  await ownInterview(db, actor, id);
  const [answer] = await db
    .select()
    .from(interviewAnswers)
    .where(and(eq(interviewAnswers.interviewId, id), eq(interviewAnswers.position, position)))
    .limit(1);
  if (!answer) throw new AppError('NOT_FOUND', 'This interview has no such question');
  return answer;
}

/** Keeps the recording of an answer (replacing an earlier one) while the interview runs; only its owner can play it back. */
export async function keepRecording(db: Db, actor: UserActor, id: number, position: number, bytes: Uint8Array): Promise<InterviewAnswer> {
  if (bytes.byteLength === 0)
    throw new AppError('VALIDATION_ERROR', 'Recording is empty', { fieldErrors: { recording: ['Recording is empty'] } });
  if (bytes.byteLength > env.RECORDING_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `A recording must be at most ${Math.floor(env.RECORDING_MAX_BYTES / 1024 / 1024)} MB`);
  }
  const type = sniffAudio(bytes);
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'A recording must be WebM, Ogg, MP4 or WAV audio');
  await ownAnswer(db, actor, id, position);
  const name = `${actor.userId}-${id}-${position}-${randomBytes(12).toString('base64url')}`;
  const store = await blobStore('recordings');
  await store.put(name, bytes, type);
  try {
    return await withTransaction(db, async (tx, scope) => {
      const [interview] = await tx.select().from(interviews).where(eq(interviews.id, id)).for('update').limit(1);
      if (!interview || interview.userId !== actor.userId) throw new AppError('NOT_FOUND', 'Interview not found');
      if (interview.status !== 'in_progress') throw new AppError('CONFLICT', 'This interview has ended');
      const [answer] = await tx
        .select()
        .from(interviewAnswers)
        .where(and(eq(interviewAnswers.interviewId, id), eq(interviewAnswers.position, position)))
        .for('update')
        .limit(1);
      if (!answer) throw new AppError('NOT_FOUND', 'This interview has no such question');
      const [saved] = await tx
        .update(interviewAnswers)
        .set({ recording: name, recordingType: type, recordingBytes: bytes.byteLength })
        .where(eq(interviewAnswers.id, answer.id))
        .returning();
      const previous = answer.recording;
      if (previous) scope.afterCommit(async () => (await blobStore('recordings')).remove(previous));
      return saved!;
    });
  } catch (error) {
    await store.remove(name);
    throw error;
  }
}

/** A kept recording's bytes, for its owner only. */
export async function readRecording(db: Db, actor: UserActor, id: number, position: number): Promise<{ bytes: Uint8Array; type: string }> {
  const answer = await ownAnswer(db, actor, id, position);
  if (!answer.recording) throw new AppError('NOT_FOUND', 'This answer has no recording');
  const bytes = await (await blobStore('recordings')).get(answer.recording);
  if (!bytes) throw new AppError('NOT_FOUND', 'This answer has no recording');
  return { bytes, type: answer.recordingType ?? 'application/octet-stream' };
}

/** Discards a kept recording. */
export async function discardRecording(db: Db, actor: UserActor, id: number, position: number): Promise<void> {
  await withTransaction(db, async (tx, scope) => {
    const [interview] = await tx.select().from(interviews).where(eq(interviews.id, id)).limit(1);
    if (!interview) throw new AppError('NOT_FOUND', 'Interview not found');
    if (interview.userId !== actor.userId) throw new AppError('FORBIDDEN', 'Only its owner may change an interview');
    const [answer] = await tx
      .select()
      .from(interviewAnswers)
      .where(and(eq(interviewAnswers.interviewId, id), eq(interviewAnswers.position, position)))
      .for('update')
      .limit(1);
    if (!answer?.recording) throw new AppError('NOT_FOUND', 'This answer has no recording');
    await tx
      .update(interviewAnswers)
      .set({ recording: null, recordingType: null, recordingBytes: null })
      .where(eq(interviewAnswers.id, answer.id));
    const name = answer.recording;
    scope.afterCommit(async () => (await blobStore('recordings')).remove(name));
  });
}

/** The caller's latest ended interviews (at most `limit`), for the trend charts. */
export async function recentRecords(db: Db, actor: UserActor, limit = 30): Promise<InterviewWithAnswers[]> {
  return (await listRecords(db, actor, { page: 1, perPage: limit })).items;
}
