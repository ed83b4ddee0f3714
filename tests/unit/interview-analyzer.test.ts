import { describe, expect, it } from 'vitest';
import { analyzeAnswer, summarizeInterview, type AnalyzerQuestion, type AnswerInput } from '@/lib/interviews/analyzer';

// Both questions want 1–2 minutes: zh 220–440 characters (short below 154, long above 572),
// en 140–280 words (short below 98, long above 364).
const technical: AnalyzerQuestion = {
  kind: 'technical',
  seconds: [60, 120],
  points: [
    { zh: '說明使用的技術與原因', en: 'Name the technology and why', keywords: ['React', 'TypeScript', '技術選型'] },
    { zh: '提到快取', en: 'Mention caching', keywords: ['cache', '快取'] },
    { zh: '說明如何測試', en: 'Explain how it is tested', keywords: ['test', '測試'] },
  ],
};

const behavioral: AnalyzerQuestion = {
  kind: 'behavioral',
  seconds: [60, 120],
  points: [
    { zh: '說明衝突', en: 'Describe the conflict', keywords: ['衝突', 'disagree'] },
    { zh: '說明如何溝通', en: 'Explain how you communicated', keywords: ['溝通', 'communicate'] },
  ],
};

// 11 lines of exactly 10 CJK characters (punctuation is not counted): 110 characters.
// Fillers: 嗯 ×1 (line 1), 然後 ×2 (lines 2 and 5), 就是 ×1 (line 6). Mentions 快取 and 測試, not the technology.
const zhVoice = [
  '嗯，我先說明這個功能的',
  '背景，然後介紹我的做法。',
  '首頁載入很慢，所以我們',
  '在伺服器加了一層快取，',
  '然後把常用的資料先存',
  '起來，就是減少資料庫的',
  '查詢次數。上線之前我們',
  '也寫了整合測試，確認資',
  '料在更新以後會正確失',
  '效。最後頁面的回應時間',
  '從兩秒降到半秒左右了。',
].join('');

// 7 lines of exactly 10 words: 70 words. Fillers: "Um" and the "like" set off by commas; "I like both" is a verb.
// STAR: "last year" / "at my previous" (S), "responsible" (T), "I decided", "then", "I wrote" (A), no Result.
const enVoice = [
  'Last year at my previous company, two engineers on my',
  'team disagreed about how to structure our API. I was',
  'responsible for the release, so I needed them to agree',
  'quickly. Um, it was, like, hard at first. I like',
  'both of them, so I decided to set up a',
  'meeting where each one explained their design, and then I',
  'wrote a document comparing the two options side by side.',
].join(' ');

// 81 CJK characters (6+5+5 | 7+8 | 8+8+9 | 11+9+5 by clause) and 2 latin words ("API", "30"): 83 units.
const zhFullStar =
  '去年在前公司，兩位同事對 API 設計有衝突。我負責這次上線，目標是兩週內完成。' +
  '我主動約他們溝通，先請雙方說明做法，接著整理成比較文件。結果團隊採用了折衷方案，上線時間提早了三天，錯誤率降低 30%。';

// 10 CJK characters, no filler.
const clause = '我們改善了首頁的速度。';

// A voice answer here is one the browser transcribed word for word, unless the test says otherwise.
const analyze = (overrides: Partial<AnswerInput> & Pick<AnswerInput, 'text'>) =>
  analyzeAnswer({
    durationMs: null,
    mode: 'typed',
    question: technical,
    ...(overrides.mode === 'voice' ? { transcript: overrides.text } : {}),
    ...overrides,
  });

const fillersOf = (text: string) => analyze({ text }).fillers;

describe('interview answer analyzer', () => {
  it('measures a zh voice answer: 110 characters in 30 s is 220 cpm, 4 fillers (8 a minute), 2 of 3 points', () => {
    const feedback = analyze({ text: zhVoice, mode: 'voice', durationMs: 30_000 });

    expect(feedback.language).toBe('zh');
    expect(feedback.durationSeconds).toBe(30);
    expect(feedback.length).toEqual({ count: 110, unit: 'chars', recommended: [220, 440], verdict: 'short' });
    expect(feedback.speechRate).toEqual({ value: 220, unit: 'cpm' });
    expect(feedback.fillers).toEqual({
      total: 4,
      perMinute: 8,
      words: [
        { word: '然後', count: 2 },
        { word: '嗯', count: 1 },
        { word: '就是', count: 1 },
      ],
    });
    expect(feedback.coverage).toEqual({
      covered: [
        { zh: '提到快取', en: 'Mention caching' },
        { zh: '說明如何測試', en: 'Explain how it is tested' },
      ],
      missed: [{ zh: '說明使用的技術與原因', en: 'Name the technology and why' }],
      ratio: 0.67,
    });
    expect(feedback.star).toBeNull();
    // coverage 65 × 2/3 = 43.33, length 20 × 110/154 = 14.29, fluency 15 × (1 − (8/4 − 1)/3) = 10 → 67.62.
    expect(feedback.score).toBe(68);
    // Worth 21.67 (a missed point), 5.71 (length) and 5 (fillers) points.
    expect(feedback.tips).toEqual([
      { zh: '可以補充：說明使用的技術與原因', en: 'Also cover: Name the technology and why' },
      { zh: '回答約 110 字，建議 220–440 字（約 1–2 分鐘）', en: 'About 110 characters; aim for 220–440 (1–2 minutes)' },
      { zh: '口頭禪偏多：「然後」2 次、「嗯」1 次、「就是」1 次', en: 'Many filler words: "然後" 2 times, "嗯" 1 time, "就是" 1 time' },
    ]);
  });

  it('measures an en voice answer: 70 words in 30 s is 140 wpm, and a behavioral answer without a Result', () => {
    const feedback = analyze({ text: enVoice, mode: 'voice', durationMs: 30_000, question: behavioral });

    expect(feedback.language).toBe('en');
    expect(feedback.length).toEqual({ count: 70, unit: 'words', recommended: [140, 280], verdict: 'short' });
    expect(feedback.speechRate).toEqual({ value: 140, unit: 'wpm' });
    expect(feedback.fillers).toEqual({
      total: 2,
      perMinute: 4,
      words: [
        { word: 'um', count: 1 },
        { word: 'like', count: 1 },
      ],
    });
    expect(feedback.coverage.ratio).toBe(0.5);
    expect(feedback.star).toEqual({ situation: true, task: true, action: true, result: false });
    // coverage 45 × 1/2 = 22.5, length 20 × 70/98 = 14.29, STAR 20 × 3/4 = 15, fluency 15 → 66.79.
    expect(feedback.score).toBe(67);
    expect(feedback.tips).toEqual([
      { zh: '可以補充：說明如何溝通', en: 'Also cover: Explain how you communicated' },
      { zh: '回答約 70 個單字，建議 140–280 個單字（約 1–2 分鐘）', en: 'About 70 words; aim for 140–280 (1–2 minutes)' },
      { zh: '行為題缺少「結果（Result）」：用數字說明成果', en: 'The Result is missing: give the outcome, in numbers if you can' },
    ]);
  });

  it('finds every STAR part of a full zh behavioral answer, and gives a typed answer no pace', () => {
    const feedback = analyze({ text: zhFullStar, durationMs: 45_000, question: behavioral });

    expect(feedback.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(feedback.length.count).toBe(83);
    expect(feedback.durationSeconds).toBe(45);
    expect(feedback.speechRate).toBeNull();
    expect(feedback.fillers.perMinute).toBeNull();
    expect(feedback.coverage.ratio).toBe(1);
    // coverage 45, length 20 × 83/154 = 10.78, STAR 20, fluency 15 → 90.78.
    expect(feedback.score).toBe(91);
    expect(feedback.tips).toEqual([
      { zh: '回答約 83 字，建議 220–440 字（約 1–2 分鐘）', en: 'About 83 characters; aim for 220–440 (1–2 minutes)' },
    ]);
  });

  it('does not look for STAR in other kinds of question', () => {
    expect(analyze({ text: zhFullStar }).star).toBeNull();
  });

  it.each([
    ['I like React', 0],
    ["we'd like to ship it", 0],
    ['frameworks like React and Vue', 0],
    ['it looks like a cache', 0],
    ['it was, like, hard', 1],
    ['Like, I was not sure', 1],
    ["it's like really slow", 1],
    ['this kind of problem', 0],
    ['it was kind of hard', 1],
    ['do you know React', 0],
    ['you know, it works', 1],
    ['ummm, uhh, hmmm', 3],
    ['basically I mean it actually works, so yeah', 4],
    ['um 嗯 然後', 3],
  ])('counts fillers in "%s": %i', (text, total) => {
    expect(fillersOf(text).total).toBe(total);
  });

  it('names stretched hesitations by their plain form', () => {
    expect(fillersOf('Ummm, uhh').words).toEqual([
      { word: 'um', count: 1 },
      { word: 'uh', count: 1 },
    ]);
  });

  it('counts each latin word of a zh answer as one unit', () => {
    const feedback = analyze({ text: '我用 React 和 TypeScript 開發' });
    // 我 用 和 開 發 + React, TypeScript.
    expect(feedback.length).toMatchObject({ count: 7, unit: 'chars' });
    expect(feedback.language).toBe('zh');
    expect(feedback.coverage.covered).toContainEqual({ zh: '說明使用的技術與原因', en: 'Name the technology and why' });
  });

  it('finds a latin keyword written against CJK text, and full-width letters', () => {
    expect(analyze({ text: '我用React開發' }).coverage.ratio).toBe(0.33);
    expect(analyze({ text: '我用ＲＥＡＣＴ開發' }).coverage.ratio).toBe(0.33);
  });

  it('finds a mixed keyword however the answer spaces it', () => {
    const question: AnalyzerQuestion = { ...technical, points: [{ zh: '元件', en: 'Components', keywords: ['React 元件'] }] };
    expect(analyze({ text: '我寫了React元件', question }).coverage.ratio).toBe(1);
  });

  it('never finds a keyword of only spaces or hyphens', () => {
    const question: AnalyzerQuestion = { ...technical, points: [{ zh: '無', en: 'None', keywords: [' - '] }] };
    expect(analyze({ text: 'a well-known - answer', question }).coverage.ratio).toBe(0);
  });

  it('matches latin keywords as whole words with simple inflections', () => {
    const question: AnalyzerQuestion = {
      kind: 'technical',
      seconds: [60, 120],
      points: ['cache', 'test', 'query', 'React', 'code review'].map((keyword) => ({ zh: keyword, en: keyword, keywords: [keyword] })),
    };
    const feedback = analyze({ text: 'We cached responses, wrote tests for slow queries and code-reviewed a reactive store.', question });
    expect(feedback.coverage.covered.map(({ en }) => en)).toEqual(['cache', 'test', 'query', 'code review']);
    expect(feedback.coverage.missed.map(({ en }) => en)).toEqual(['React']);
  });

  it('scores an empty answer 0 with the verdict empty, and tells what a good answer covers', () => {
    const feedback = analyze({ text: ' ，。 ', mode: 'voice', durationMs: 20_000, language: 'zh' });

    expect(feedback.score).toBe(0);
    expect(feedback.length).toEqual({ count: 0, unit: 'chars', recommended: [220, 440], verdict: 'empty' });
    expect(feedback.speechRate).toBeNull();
    expect(feedback.coverage.ratio).toBe(0);
    expect(feedback.tips[0]).toEqual({
      zh: '沒有作答：建議回答 220–440 字（約 1–2 分鐘）',
      en: 'No answer: aim for 220–440 characters (1–2 minutes)',
    });
    expect(feedback.tips).toHaveLength(4);
  });

  it('scores an empty behavioral answer 0 without STAR tips', () => {
    const feedback = analyze({ text: '', question: behavioral });
    expect(feedback.score).toBe(0);
    expect(feedback.tips.some(({ zh }) => zh.startsWith('行為題'))).toBe(false);
  });

  it('takes the language from the answer, and the interview language only when the answer does not tell', () => {
    expect(analyze({ text: 'React 很好', language: 'en' }).language).toBe('zh');
    expect(analyze({ text: '我 love React', language: 'zh' }).language).toBe('en');
    expect(analyze({ text: '好 ok', language: 'zh' }).language).toBe('zh');
    expect(analyze({ text: '' }).language).toBe('en');
  });

  it('flags typed fillers only above 3% of the units', () => {
    // 3 × (2 + 10) = 36 units, 3 fillers: 8.3%.
    const many = analyze({ text: `然後${clause}`.repeat(3) });
    // 3 × (2 + 40) = 126 units, 3 fillers: 2.4%.
    const few = analyze({ text: `然後${clause.repeat(4)}`.repeat(3) });

    expect(many.fillers.total).toBe(3);
    expect(many.tips).toContainEqual({ zh: '口頭禪偏多：「然後」3 次', en: 'Many filler words: "然後" 3 times' });
    expect(few.fillers.total).toBe(3);
    expect(few.tips.some(({ zh }) => zh.startsWith('口頭禪'))).toBe(false);
  });

  it('flags spoken fillers only above 4 a minute, and a slow pace below 150 cpm', () => {
    // The 110-character answer over 60 s: 4 fillers a minute, 110 cpm.
    const feedback = analyze({ text: zhVoice, mode: 'voice', durationMs: 60_000 });

    expect(feedback.fillers.perMinute).toBe(4);
    expect(feedback.speechRate).toEqual({ value: 110, unit: 'cpm' });
    expect(feedback.tips.some(({ zh }) => zh.startsWith('口頭禪'))).toBe(false);
    expect(feedback.tips).toContainEqual({
      zh: '語速偏慢（每分鐘約 110 字）：先想好架構再開口，保持節奏',
      en: 'Slow pace (about 110 characters a minute): outline first, then keep a steady pace',
    });
  });

  it('flags a fast en pace above 180 wpm', () => {
    // 70 words in 20 s.
    const feedback = analyze({ text: enVoice, mode: 'voice', durationMs: 20_000, question: behavioral });
    expect(feedback.speechRate).toEqual({ value: 210, unit: 'wpm' });
    expect(feedback.tips).toContainEqual({
      zh: '語速偏快（每分鐘約 210 個單字）：放慢一些，在重點處停頓',
      en: 'Fast pace (about 210 words a minute): slow down and pause on key points',
    });
  });

  it('measures pace only on the browser transcript: 8 s of audio with a typed page has no pace, and no pace advice', () => {
    // The bug: 110 typed characters over an 8 s recording scored 825 cpm and 語速偏快.
    const typedIntoRecording = analyze({ text: zhVoice, mode: 'voice', durationMs: 8_000, transcript: null });
    expect(typedIntoRecording.speechRate).toBeNull();
    expect(typedIntoRecording.fillers.perMinute).toBeNull();
    expect(typedIntoRecording.tips.some(({ zh }) => zh.startsWith('語速'))).toBe(false);
    expect(analyze({ text: zhVoice, mode: 'voice', durationMs: 8_000, transcript: '   ' }).speechRate).toBeNull();

    // Typed text is never timed, even with a transcript sent beside it.
    expect(analyze({ text: zhVoice, mode: 'typed', durationMs: 8_000, transcript: zhVoice }).speechRate).toBeNull();

    // Recognised 20 characters in 8 s, then edited and extended by typing: the pace is the transcript's, 150 cpm.
    const edited = analyze({ text: `${clause}${clause}${zhVoice}`, mode: 'voice', durationMs: 8_000, transcript: `${clause}${clause}` });
    expect(edited.speechRate).toEqual({ value: 150, unit: 'cpm' });
    expect(edited.length.count).toBe(130);
  });

  it('lists the score’s factors, which add up to the score', () => {
    const technicalFeedback = analyze({ text: zhVoice, mode: 'voice', durationMs: 30_000 });
    expect(technicalFeedback.factors?.map(({ key, max }) => [key, max])).toEqual([
      ['coverage', 65],
      ['length', 20],
      ['fluency', 15],
    ]);
    const sum = technicalFeedback.factors!.reduce((total, { points }) => total + points, 0);
    expect(Math.round(sum)).toBe(technicalFeedback.score);

    const behavioralFeedback = analyze({ text: zhFullStar, question: behavioral });
    expect(behavioralFeedback.factors?.map(({ key }) => key)).toEqual(['coverage', 'length', 'star', 'fluency']);
    expect(behavioralFeedback.factors?.find(({ key }) => key === 'star')).toEqual({ key: 'star', points: 20, max: 20 });
    expect(analyze({ text: '' }).factors?.every(({ points }) => points === 0)).toBe(true);
  });

  it('gives no pace for under a second of audio', () => {
    const feedback = analyze({ text: '嗯', mode: 'voice', durationMs: 900 });
    expect(feedback.durationSeconds).toBe(0.9);
    expect(feedback.speechRate).toBeNull();
  });

  it('does not flag one or two fillers, whatever their share of a short answer', () => {
    // 2 × (2 + 10) = 24 units, 2 fillers: 8.3%, but only two.
    const feedback = analyze({ text: `然後${clause}`.repeat(2) });
    expect(feedback.fillers.total).toBe(2);
    expect(feedback.tips.some(({ zh }) => zh.startsWith('口頭禪'))).toBe(false);
  });

  it.each([
    [15, 'short'], // 150 < 0.7 × 220 = 154
    [16, 'ok'],
    [57, 'ok'], // 570 ≤ 1.3 × 440 = 572
    [58, 'long'],
  ])('judges %i ten-character clauses %s', (clauses, verdict) => {
    expect(analyze({ text: clause.repeat(clauses) }).length.verdict).toBe(verdict);
  });

  it('calls an answer over 1.3 times the longest length long', () => {
    // 60 × 10 = 600 characters, over 572.
    const feedback = analyze({ text: clause.repeat(60) });
    expect(feedback.length.verdict).toBe('long');
    expect(feedback.tips).toContainEqual({
      zh: '回答約 600 字，超過建議的 220–440 字（約 1–2 分鐘）：先講重點，精簡細節',
      en: 'About 600 characters, over the 220–440 aimed for (1–2 minutes): lead with the point and trim detail',
    });
  });

  it('states a length in seconds when the range is not whole minutes', () => {
    const feedback = analyze({ text: 'React', question: { ...technical, seconds: [30, 90] } });
    // en at 140 wpm: 70–210 words.
    expect(feedback.tips).toContainEqual({
      zh: '回答約 1 個單字，建議 70–210 個單字（約 30–90 秒）',
      en: 'About 1 word; aim for 70–210 (30–90 seconds)',
    });
  });

  it('gives at most five tips', () => {
    const question: AnalyzerQuestion = {
      kind: 'behavioral',
      seconds: [60, 120],
      points: Array.from({ length: 8 }, (_, i) => ({ zh: `重點${i}`, en: `point ${i}`, keywords: [`keyword${i}`] })),
    };
    expect(analyze({ text: 'hello', question }).tips).toHaveLength(5);
  });

  it('is deterministic', () => {
    const input: AnswerInput = { text: zhVoice, mode: 'voice', durationMs: 30_000, question: technical };
    expect(JSON.stringify(analyzeAnswer(input))).toBe(JSON.stringify(analyzeAnswer(input)));
  });
});

describe('interview summary', () => {
  it('averages every answer, unanswered ones as 0, and reports what recurs most first', () => {
    const answers = [
      analyze({ text: zhVoice, mode: 'voice', durationMs: 30_000 }), // 68, short, fillers 8 a minute
      analyze({ text: enVoice, mode: 'voice', durationMs: 30_000, question: behavioral }), // 67, short, no Result
      analyze({ text: '', question: behavioral }), // 0, unanswered
      analyze({ text: zhFullStar, question: behavioral }), // 91, short
    ];

    // (68 + 67 + 0 + 91) / 4 = 56.5.
    expect(summarizeInterview(answers)).toEqual({
      score: 57,
      improved: [
        { zh: '3 題回答過短', en: '3 answers too short' },
        { zh: '1 題沒有作答', en: '1 question left unanswered' },
        { zh: '行為題缺少結果（Result）：2 題中有 1 題', en: 'Result missing in 1 of 2 behavioral answers' },
        // Totals across every answer, the en one's "um" and "like" included.
        {
          zh: '口頭禪「然後」出現 2 次、「嗯」出現 1 次、「就是」出現 1 次',
          en: 'Filler words: "然後" 2 times, "嗯" 1 time, "就是" 1 time',
        },
      ],
    });
  });

  it('adds up fillers across answers', () => {
    const many = analyze({ text: `然後${clause}`.repeat(3) });
    expect(summarizeInterview([many, many]).improved).toContainEqual({ zh: '口頭禪「然後」出現 6 次', en: 'Filler words: "然後" 6 times' });
  });

  it('scores an interview without answers 0', () => {
    expect(summarizeInterview([])).toEqual({ score: 0, improved: [] });
  });
});
