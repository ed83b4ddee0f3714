import { describe, expect, it } from 'vitest';
import type { Interview, InterviewAnswer } from '@/db/schema';
import { analyzeAnswer } from '@/lib/interviews/analyzer';
import { trendPoints } from '@/lib/interviews/trends';

const question = { kind: 'behavioral' as const, points: [], seconds: [60, 120] as [number, number] };

function interview(id: number, at: string, language: 'zh' | 'en', score: number | null, answers: Partial<InterviewAnswer>[]) {
  const row: Interview = {
    id,
    userId: 1,
    position: 'p',
    description: '',
    language,
    secondsPerAnswer: 120,
    status: 'completed',
    origin: 'app',
    score,
    improved: [],
    createdAt: new Date(at),
    updatedAt: new Date(at),
    completedAt: new Date(at),
  };
  return {
    ...row,
    answers: answers.map((a, position) => ({
      id: id * 100 + position,
      interviewId: id,
      position,
      questionId: null,
      question: 'q',
      kind: null,
      points: [],
      secondsMin: null,
      secondsMax: null,
      reason: null,
      answer: null,
      mode: null,
      durationMs: null,
      speechRate: null,
      feedback: null,
      coach: null,
      recording: null,
      recordingType: null,
      recordingBytes: null,
      answeredAt: null,
      ...a,
    })),
  };
}

function spoken(text: string, durationMs: number): Partial<InterviewAnswer> {
  const feedback = analyzeAnswer({ text, durationMs, mode: 'voice', transcript: text, question });
  return { answer: text, mode: 'voice', durationMs, speechRate: feedback.speechRate?.value ?? null, feedback: feedback as never };
}

describe('interview trends', () => {
  it('orders interviews oldest first, whatever order the records come in', () => {
    const points = trendPoints([interview(2, '2026-11-20T10:00:00Z', 'zh', 70, []), interview(1, '2026-11-10T10:00:00Z', 'zh', 40, [])]);
    expect(points.map((p) => p.interviewId)).toEqual([1, 2]);
    expect(points.map((p) => p.score)).toEqual([40, 70]);
  });

  it('averages the speech rate of spoken answers only, per language unit, and fillers over answered questions', () => {
    // 20 CJK characters in 6 s = 200 a minute; 30 in 6 s = 300 a minute; the typed answer has no rate.
    const zh = interview(1, '2026-11-10T10:00:00Z', 'zh', 50, [
      spoken('一二三四五六七八九十一二三四五六七八九十', 6000),
      spoken('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', 6000),
      {
        answer: '嗯然後就是那個',
        mode: 'typed',
        feedback: analyzeAnswer({ text: '嗯然後就是那個', durationMs: null, mode: 'typed', question }) as never,
      },
      { answer: null },
    ]);
    const [point] = trendPoints([zh]);
    expect(point!.cpm).toBe(250);
    expect(point!.wpm).toBeNull();
    // Fillers: none in the two spoken answers, four (嗯, 然後, 就是, 那個) in the typed one, over three answered.
    expect(point!.fillersPerAnswer).toBeCloseTo(4 / 3, 1);
  });

  it("takes a client's record speech rate by the record's language, and has no fillers for it", () => {
    const [point] = trendPoints([interview(1, '2026-11-10T10:00:00Z', 'en', null, [{ answer: 'I built it', speechRate: 120 }])]);
    expect(point).toMatchObject({ wpm: 120, cpm: null, fillersPerAnswer: null, score: null });
  });
});
