import 'server-only';
import type { InterviewAnswer, InterviewQuestion } from '@/db/schema';
import type { InterviewWithAnswers } from './service';
import { feedbackOf } from './service';
import type { Selection } from './selection';

import { taipeiDate } from '@/lib/validation/career';

export { taipeiDate };

export const recordingUrl = (interviewId: number, index: number) => `/api/interviews/${interviewId}/answers/${index}/recording`;

/** InterviewRecords 1: the contract's fields, with the record's position, status and score beside them. */
export function legacyRecord(interview: InterviewWithAnswers) {
  return {
    interview_id: interview.id,
    created_at: taipeiDate(interview.createdAt),
    created_time: interview.createdAt.toISOString(),
    position: interview.position,
    status: interview.status,
    score: interview.score,
    question_and_answer: interview.answers.map((a) => ({
      question: a.question,
      answer: a.answer ?? '',
      speech_rate: a.speechRate ?? 0,
      mode: a.mode,
    })),
    improved: interview.improved,
  };
}

function presentAnswer(interview: InterviewWithAnswers, a: InterviewAnswer) {
  return {
    index: a.position,
    id: a.questionId,
    kind: a.kind,
    question: a.question,
    reason: a.reason,
    seconds: a.secondsMin !== null && a.secondsMax !== null ? ([a.secondsMin, a.secondsMax] as [number, number]) : null,
    points: a.points.map((p) => ({ zh: p.zh, en: p.en })),
    answer: a.answer,
    mode: a.mode,
    duration_ms: a.durationMs,
    speech_rate: a.speechRate,
    answered_at: a.answeredAt?.toISOString() ?? null,
    feedback: feedbackOf(a),
    coach: a.coach ? { feedback: a.coach.feedback, follow_up: a.coach.followUp, model: a.coach.model } : null,
    recording_url: a.recording ? recordingUrl(interview.id, a.position) : null,
  };
}

/** One interview as its page and the API's clients see it: the questions, what was answered and the feedback. */
export function presentInterview(interview: InterviewWithAnswers) {
  return {
    interview_id: interview.id,
    position: interview.position,
    description: interview.description,
    language: interview.language,
    seconds_per_answer: interview.secondsPerAnswer,
    status: interview.status,
    origin: interview.origin,
    score: interview.score,
    improved: interview.improved,
    created_at: interview.createdAt.toISOString(),
    completed_at: interview.completedAt?.toISOString() ?? null,
    questions: interview.answers.map((a) => presentAnswer(interview, a)),
  };
}

export function presentSelection(selection: Selection) {
  return {
    family: selection.family,
    questions: selection.questions.map((q) => ({
      id: q.id,
      key: q.key,
      family: q.family,
      kind: q.kind,
      question: q.text,
      question_zh: q.textZh,
      question_en: q.textEn,
      tags: q.tags,
      reason: q.reason,
      seconds: q.seconds,
      points: q.points.map((p) => ({ zh: p.zh, en: p.en })),
      relevance: q.relevance,
    })),
  };
}

export function presentBankQuestion(q: InterviewQuestion) {
  return {
    id: q.id,
    key: q.key,
    family: q.family,
    kind: q.kind,
    zh: q.textZh,
    en: q.textEn,
    tags: q.tags,
    points: q.points,
    seconds: [q.secondsMin, q.secondsMax] as [number, number],
    status: q.status,
    updated_at: q.updatedAt.toISOString(),
  };
}

export type PresentedInterview = ReturnType<typeof presentInterview>;
export type PresentedAnswer = PresentedInterview['questions'][number];
