import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { interviewAnswers, type CoachFeedback } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { AiProviderError, streamCoaching, type AiConfig } from './ai-provider';
import type { AnswerFeedback } from './analyzer';
import { feedbackOf, getInterview } from './service';

/** What the coaching stream tells the page, in order: the analyzer's feedback, the coach's words as written, how it ended. */
export type CoachingEvent =
  | { type: 'analysis'; feedback: AnswerFeedback }
  | { type: 'delta'; text: string }
  | { type: 'done'; coach: CoachFeedback }
  | { type: 'fallback'; reason: 'not_configured' | 'empty_answer' | 'timeout' | 'http' | 'protocol' | 'network' };

/** The configured OpenAI-compatible endpoint, or null: the built-in analyzer then stands alone. */
export function aiConfig(): AiConfig | null {
  if (!env.AI_BASE_URL) return null;
  return {
    baseUrl: env.AI_BASE_URL,
    apiKey: env.AI_API_KEY,
    model: env.AI_MODEL,
    timeoutMs: env.AI_TIMEOUT_MS,
    firstTokenTimeoutMs: env.AI_FIRST_TOKEN_TIMEOUT_MS,
  };
}

/**
 * Coaching for one saved answer. The analyzer's feedback comes first and always; with an AI
 * endpoint configured, its follow-up question and feedback follow as written and are kept with
 * the answer once complete (asked again, the kept coaching is replayed). A timeout or an error
 * ends with `fallback`: the answer and the analyzer's feedback are already saved, nothing is lost.
 */
export async function* coachAnswer(
  db: Db,
  actor: UserActor,
  id: number,
  index: number,
  signal: AbortSignal,
): AsyncGenerator<CoachingEvent> {
  const interview = await getInterview(db, actor, id);
  const answer = interview.answers.find((a) => a.position === index);
  if (!answer) throw new AppError('NOT_FOUND', 'This interview has no such question');
  const feedback = feedbackOf(answer);
  if (answer.answer === null || !feedback) throw new AppError('CONFLICT', 'Answer the question before asking for coaching');

  yield { type: 'analysis', feedback };
  if (answer.coach) {
    yield { type: 'done', coach: answer.coach };
    return;
  }
  if (answer.answer.trim() === '') {
    // Nothing was said: there is nothing for a coach to read, and the analyzer has said so.
    yield { type: 'fallback', reason: 'empty_answer' };
    return;
  }
  const config = aiConfig();
  if (!config) {
    yield { type: 'fallback', reason: 'not_configured' };
    return;
  }
  const zh = interview.language === 'zh';
  try {
    for await (const event of streamCoaching(
      config,
      {
        language: interview.language,
        position: interview.position,
        question: answer.question,
        answer: answer.answer,
        points: answer.points.map((p) => (zh ? p.zh : p.en)),
        builtIn: { score: feedback.score, tips: feedback.tips.map((t) => (zh ? t.zh : t.en)) },
      },
      signal,
    )) {
      if (event.type === 'delta') {
        yield { type: 'delta', text: event.text };
        continue;
      }
      const coach: CoachFeedback = { feedback: event.feedback, followUp: event.followUp, model: config.model };
      // Kept only if the answer is still the one coached (a new take clears it).
      await db
        .update(interviewAnswers)
        .set({ coach })
        .where(and(eq(interviewAnswers.id, answer.id), eq(interviewAnswers.answeredAt, answer.answeredAt!)));
      yield { type: 'done', coach };
    }
  } catch (error) {
    if (!(error instanceof AiProviderError)) throw error;
    if (error.reason === 'aborted') return;
    yield { type: 'fallback', reason: error.reason };
  }
}
