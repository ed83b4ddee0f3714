import { foldText } from '@/lib/search/tokens';
import type { BankQuestion } from '@/lib/validation/interview-bank';

/**
 * The AI mock interview's built-in answer analyzer: offline and deterministic, so every answer gets
 * feedback without a model call and the same answer always earns the same score. It measures the
 * answer's length against the question's recommended time, the speaking pace, filler words, which of
 * the question's points the answer covers and, for behavioral questions, the STAR structure.
 *
 * Every CJK character and every latin word is one unit: "我用 React 開發" is 5 units.
 */

export type AnswerLanguage = 'zh' | 'en';

/** A text in both interview languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What the analyzer needs of a bank question. */
export type AnalyzerQuestion = Pick<BankQuestion, 'kind' | 'points' | 'seconds'>;

export interface AnswerInput {
  text: string;
  /** How long the answer took: the recording's length for a voice answer. */
  durationMs: number | null;
  mode: 'typed' | 'voice';
  /**
   * What the browser's speech recognition heard of a voice answer, before any typing. Pace is
   * measured on it alone: a typed answer, or a recording without it, has no pace (decision A30).
   */
  transcript?: string | null;
  question: AnalyzerQuestion;
  /** The interview's language, used when the answer does not tell (empty, or as many CJK characters as latin words). */
  language?: AnswerLanguage;
}

export interface StarParts {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
}

export interface AnswerFeedback {
  /** More CJK characters than latin words → zh. */
  language: AnswerLanguage;
  /** Rounded to 0.1 s. */
  durationSeconds: number | null;
  length: { count: number; unit: 'chars' | 'words'; recommended: [number, number]; verdict: 'short' | 'ok' | 'long' | 'empty' };
  /** Units of the browser's transcript a minute of a voice answer of at least a second, rounded; null when unknown (A30). */
  speechRate: { value: number; unit: 'cpm' | 'wpm' } | null;
  /** perMinute (0.1) when speechRate is known; words by count, most first. */
  fillers: { total: number; perMinute: number | null; words: { word: string; count: number }[] };
  /** The question's points in its order; ratio 0..1 to 2 dp. */
  coverage: { covered: Bilingual[]; missed: Bilingual[]; ratio: number };
  /** Behavioral questions only. */
  star: StarParts | null;
  /** 0..100, the sum of the factors' points. */
  score: number;
  /** What the score is made of, in the order shown; absent from feedback kept before it was added. */
  factors?: ScoreFactor[];
  /** At most 5, the one worth most points first. */
  tips: Bilingual[];
}

/** One part of an answer's score: the points it earned of the most it could. Pace is never one (see PACE_TIP_POINTS). */
export interface ScoreFactor {
  key: 'coverage' | 'length' | 'star' | 'fluency';
  points: number;
  max: number;
}

export interface InterviewSummary {
  /** Mean over every question asked; an unanswered one counts 0. */
  score: number;
  /** At most 5, the one recurring in most answers first. */
  improved: Bilingual[];
}

type StarPart = keyof StarParts;
type LengthUnit = AnswerFeedback['length']['unit'];

/** Normal speaking pace: Mandarin 200–250 characters a minute, English about 140 words. */
const SPEAKING_RATE: Record<AnswerLanguage, number> = { zh: 220, en: 140 };
/** Comfortable pace, [slowest, fastest], in units a minute. */
const COMFORTABLE_PACE: Record<AnswerLanguage, [number, number]> = { zh: [150, 300], en: [100, 180] };
const SHORT_BELOW = 0.7;
const LONG_ABOVE = 1.3;
const FILLERS_PER_MINUTE_LIMIT = 4;
const FILLER_SHARE_LIMIT = 0.03;
// One or two fillers are normal speech, whatever their share of a short answer.
const MIN_FILLERS_TO_FLAG = 3;
const WEIGHTS = { coverage: 0.45, length: 0.2, star: 0.2, fluency: 0.15 };
// Pace is not scored (a recording's length includes the pause before speaking), yet an interviewer
// notices it: its tip ranks like one missing STAR part.
const PACE_TIP_POINTS = (100 * WEIGHTS.star) / 4;
const MAX_TIPS = 5;

const UNIT_NAMES: Record<LengthUnit, Bilingual> = { chars: { zh: '字', en: 'character' }, words: { zh: '個單字', en: 'word' } };

// The CJK scripts of lib/search/tokens.ts; each character is a spoken syllable.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/gu;
const LATIN_WORD = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const cjkCount = (text: string) => text.match(CJK_CHAR)?.length ?? 0;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
// Phones type curly apostrophes: "don’t" is "don't".
const fold = (text: string) => foldText(text).replace(/[‘’]/g, "'");

interface LatinWord {
  text: string;
  /** What separates it from the word before: only white space keeps a phrase together. */
  before: string;
}

interface Reading {
  folded: string;
  /** Without white space, where CJK keywords are looked for: "React 元件" finds "React元件". */
  compact: string;
  /** CJK characters blanked, where latin keywords are looked for: "用React開發" holds "react". */
  latin: string;
  words: LatinWord[];
  cjkChars: number;
}

function read(text: string): Reading {
  const folded = fold(text);
  const latin = folded.replace(CJK_CHAR, ' ');
  const words: LatinWord[] = [];
  let end = 0;
  for (const match of latin.matchAll(LATIN_WORD)) {
    words.push({ text: match[0], before: latin.slice(end, match.index) });
    end = match.index + match[0].length;
  }
  return { folded, compact: folded.replace(/\s+/g, ''), latin, words, cjkChars: cjkCount(folded) };
}

/** A latin word with its simple inflections: "cache" finds "caches", "cached", "caching"; "query" finds "queries". */
function inflected(word: string): string {
  if (word.length > 2 && /[^aeiou]y$/.test(word)) return `${escapeRegExp(word.slice(0, -1))}(?:y|ies|ied|ying)`;
  if (word.length > 2 && word.endsWith('e')) return `${escapeRegExp(word.slice(0, -1))}(?:e[sd]?|ing)`;
  return /\p{L}$/u.test(word) ? `${escapeRegExp(word)}(?:s|es|ed|ing)?` : escapeRegExp(word);
}

/** Whether the answer mentions a keyword: CJK ones as substrings, latin ones as whole words ("react" is not in "reactive"). */
function mentions(reading: Reading, keyword: string): boolean {
  const folded = fold(keyword);
  if (cjkCount(folded) > 0) return reading.compact.includes(folded.replace(/\s+/g, ''));
  const words = folded.split(/[\s-]+/).filter(Boolean);
  // A keyword of only spaces or hyphens would otherwise be found in every answer.
  if (words.length === 0) return false;
  const body = words.map((word, i) => (i === words.length - 1 ? inflected(word) : escapeRegExp(word))).join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u').test(reading.latin);
}

// "就是" and "然後" are also plain connectors; the threshold on fillers, not this list, absorbs that.
const CJK_FILLERS = /基本上|那個|就是|然後|其實|對啊|嗯|呃|欸/gu;
// Transcripts and typists stretch hesitations: "ummm", "uhh", "hmmm".
const HESITATIONS: [RegExp, string][] = [
  [/^u+m+$/, 'um'],
  [/^u+h+$/, 'uh'],
  [/^e+r+m+$/, 'erm'],
  [/^e+r+$/, 'er'],
  [/^h+m+$/, 'hmm'],
];
const LIKE_AS_VERB_AFTER = new Set([
  ...['i', 'you', 'we', 'they', 'he', 'she', 'people', 'would', 'do', 'did', "don't", "didn't", "doesn't", 'really', 'also'],
  ...['look', 'looked', 'feel', 'felt', 'seem', 'seemed', 'sound', 'sounded', 'something', 'anything', 'nothing', 'stuff'],
]);
const LIKE_AFTER_IS = new Set(['was', 'is', "it's", "that's", "what's", "there's", "he's", "she's"]);
const DETERMINERS = new Set('a an the this that these those what which any some every one same no'.split(' '));

/**
 * "like" is a verb after a subject or a modal ("I like", "we'd like", "like to"), a comparison after a
 * sense verb ("looks like") and "such as" after a plural or "something" ("tools like React"); anywhere
 * else ("it was, like, hard", "it's like hard") it is filler.
 */
function likeIsFiller(previous: string | undefined, next: string | undefined): boolean {
  if (next === 'to') return false;
  if (previous === undefined) return true;
  if (LIKE_AS_VERB_AFTER.has(previous) || previous.endsWith("'d")) return false;
  return !previous.endsWith('s') || LIKE_AFTER_IS.has(previous);
}

const LATIN_FILLERS: { phrase: string; isFiller?: (previous: string | undefined, next: string | undefined) => boolean }[] = [
  { phrase: 'um' },
  { phrase: 'uh' },
  { phrase: 'er' },
  { phrase: 'erm' },
  { phrase: 'hmm' },
  { phrase: 'like', isFiller: likeIsFiller },
  { phrase: 'you know', isFiller: (previous) => !['do', 'did', "don't", "didn't", 'if', 'what'].includes(previous ?? '') },
  { phrase: 'I mean' },
  { phrase: 'basically' },
  { phrase: 'actually' },
  // "this kind of problem" names a kind; "it was kind of hard" hedges.
  { phrase: 'kind of', isFiller: (previous) => !DETERMINERS.has(previous ?? '') },
  { phrase: 'sort of', isFiller: (previous) => !DETERMINERS.has(previous ?? '') },
  { phrase: 'so yeah' },
];

/** Filler words with their counts, CJK ones first, each in order of first use. */
function countFillers(reading: Reading): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const [word] of reading.folded.matchAll(CJK_FILLERS)) add(word);

  const { words } = reading;
  const texts = words.map(({ text }) => HESITATIONS.find(([pattern]) => pattern.test(text))?.[1] ?? text);
  const joined = (i: number) => /^\s*$/.test(words[i]?.before ?? '');
  for (let i = 0; i < texts.length;) {
    const filler = LATIN_FILLERS.find(({ phrase, isFiller }) => {
      const parts = phrase.toLowerCase().split(' ');
      if (!parts.every((part, k) => texts[i + k] === part && (k === 0 || joined(i + k)))) return false;
      const after = i + parts.length;
      return isFiller?.(joined(i) ? texts[i - 1] : undefined, joined(after) ? texts[after] : undefined) ?? true;
    });
    if (!filler) {
      i += 1;
      continue;
    }
    add(filler.phrase);
    i += filler.phrase.split(' ').length;
  }
  return counts;
}

/** How far fillers go past the limit (above 1 is too many): per minute when spoken, as a share of the units when typed. */
function fillerLoad({ total, perMinute }: AnswerFeedback['fillers'], units: number): number {
  if (total < MIN_FILLERS_TO_FLAG) return 0;
  return perMinute !== null ? perMinute / FILLERS_PER_MINUTE_LIMIT : total / units / FILLER_SHARE_LIMIT;
}

function paceOf(speechRate: AnswerFeedback['speechRate']): 'fast' | 'slow' | null {
  if (!speechRate) return null;
  const [slowest, fastest] = COMFORTABLE_PACE[speechRate.unit === 'cpm' ? 'zh' : 'en'];
  if (speechRate.value > fastest) return 'fast';
  return speechRate.value < slowest ? 'slow' : null;
}

const STAR_PARTS: StarPart[] = ['situation', 'task', 'action', 'result'];

/** Phrases that show a STAR part; the question's own keywords play no part. */
const STAR_CUES: Record<StarPart, { keywords: string[]; pattern?: RegExp }> = {
  situation: {
    keywords: [
      ...['當時', '那時', '之前在', '背景', '情況', '去年', '以前', '有一次', '曾經', '上一份工作', '前公司'],
      ...['situation', 'background', 'context', 'at my previous', 'at my last', 'in my previous', 'in my last', 'when i was'],
      ...['last year', 'years ago', 'months ago', 'back then', 'at the time'],
    ],
    pattern: /在[^,.!?;。、]{1,20}的時候/u,
  },
  task: {
    keywords: [
      ...['負責', '任務', '目標', '需要', '我的角色', '職責', '挑戰'],
      ...['responsible', 'responsibility', 'my role', 'task', 'goal', 'objective', 'needed to', 'had to', 'my job was', 'asked to'],
      'challenge',
    ],
  },
  action: {
    keywords: [
      ...['我決定', '我做了', '我主動', '於是', '首先', '接著', '採取', '我提出', '我帶領', '我設計', '我建立', '我開始', '我先'],
      ...['i decide', 'i led', 'i built', 'i implement', 'i propose', 'i create', 'i design', 'i wrote', 'i set up', 'i start'],
      ...['i organize', 'first', 'then'],
    ],
  },
  result: {
    keywords: [
      ...['結果', '最後', '最終', '成功', '提升', '降低', '減少', '增加', '成長', '改善', '縮短', '節省', '達成', '百分之', '上線'],
      ...['result', 'outcome', 'increase', 'reduce', 'decrease', 'improve', 'save', 'deliver', 'achieve', 'launch', 'grew', 'led to'],
      'percent',
    ],
    // "30%", "３倍", "兩倍", "3x faster".
    pattern: /[\d一二兩三四五六七八九十百]\s*(?:%|倍)|\dx(?![\p{L}\p{N}])/u,
  },
};

const STAR_NAMES: Record<StarPart, { name: Bilingual; advice: Bilingual }> = {
  situation: { name: { zh: '情境（Situation）', en: 'Situation' }, advice: { zh: '先交代當時的背景', en: 'set the scene first' } },
  task: { name: { zh: '任務（Task）', en: 'Task' }, advice: { zh: '說明你負責的目標', en: 'say what you were responsible for' } },
  action: { name: { zh: '行動（Action）', en: 'Action' }, advice: { zh: '具體說明你做了什麼', en: 'say what you did yourself' } },
  result: { name: { zh: '結果（Result）', en: 'Result' }, advice: { zh: '用數字說明成果', en: 'give the outcome, in numbers if you can' } },
};

function detectStar(reading: Reading): StarParts {
  const has = (part: StarPart) => {
    const { keywords, pattern } = STAR_CUES[part];
    return keywords.some((keyword) => mentions(reading, keyword)) || (pattern?.test(reading.folded) ?? false);
  };
  return { situation: has('situation'), task: has('task'), action: has('action'), result: has('result') };
}

/** "約 1–2 分鐘" / "1–2 minutes", or seconds when the range is not whole minutes. */
function timeSpan([min, max]: [number, number]): Bilingual {
  if (min % 60 === 0 && max % 60 === 0) return { zh: `約 ${min / 60}–${max / 60} 分鐘`, en: `${min / 60}–${max / 60} minutes` };
  return { zh: `約 ${min}–${max} 秒`, en: `${min}–${max} seconds` };
}

function lengthTip({ count, unit, recommended: [min, max], verdict }: AnswerFeedback['length'], seconds: [number, number]): Bilingual {
  const { zh, en } = UNIT_NAMES[unit];
  const span = timeSpan(seconds);
  if (verdict === 'empty') {
    return { zh: `沒有作答：建議回答 ${min}–${max} ${zh}（${span.zh}）`, en: `No answer: aim for ${min}–${max} ${en}s (${span.en})` };
  }
  if (verdict === 'long') {
    return {
      zh: `回答約 ${count} ${zh}，超過建議的 ${min}–${max} ${zh}（${span.zh}）：先講重點，精簡細節`,
      en: `About ${plural(count, en)}, over the ${min}–${max} aimed for (${span.en}): lead with the point and trim detail`,
    };
  }
  return {
    zh: `回答約 ${count} ${zh}，建議 ${min}–${max} ${zh}（${span.zh}）`,
    en: `About ${plural(count, en)}; aim for ${min}–${max} (${span.en})`,
  };
}

function paceTip({ value, unit }: NonNullable<AnswerFeedback['speechRate']>, pace: 'fast' | 'slow'): Bilingual {
  const { zh, en } = UNIT_NAMES[unit === 'cpm' ? 'chars' : 'words'];
  return pace === 'fast'
    ? {
        zh: `語速偏快（每分鐘約 ${value} ${zh}）：放慢一些，在重點處停頓`,
        en: `Fast pace (about ${plural(value, en)} a minute): slow down and pause on key points`,
      }
    : {
        zh: `語速偏慢（每分鐘約 ${value} ${zh}）：先想好架構再開口，保持節奏`,
        en: `Slow pace (about ${plural(value, en)} a minute): outline first, then keep a steady pace`,
      };
}

/** The three most used fillers: 「然後」7 次 in an answer, 「然後」出現 12 次 across the interview. */
function fillerList(words: { word: string; count: number }[], zhVerb: '' | '出現'): Bilingual {
  const top = words.slice(0, 3);
  const lead = zhVerb ? `${zhVerb} ` : '';
  return {
    zh: top.map(({ word, count }) => `「${word}」${lead}${count} 次`).join('、'),
    en: top.map(({ word, count }) => `"${word}" ${plural(count, 'time')}`).join(', '),
  };
}

/** Full credit within the band; outside it, how close the answer came to the band's edge. */
function lengthCredit({ count, recommended: [min, max], verdict }: AnswerFeedback['length']): number {
  if (verdict === 'ok') return 1;
  if (verdict === 'short') return count / (SHORT_BELOW * min);
  return verdict === 'long' ? (LONG_ABOVE * max) / count : 0;
}

function languageOf({ cjkChars, words }: Reading, hint: AnswerLanguage | undefined): AnswerLanguage {
  if (cjkChars === words.length) return hint ?? 'en';
  return cjkChars > words.length ? 'zh' : 'en';
}

export function analyzeAnswer(input: AnswerInput): AnswerFeedback {
  const { question } = input;
  const reading = read(input.text);
  const count = reading.cjkChars + reading.words.length;
  const language = languageOf(reading, input.language);
  const unit: LengthUnit = language === 'zh' ? 'chars' : 'words';
  const [minSeconds, maxSeconds] = question.seconds;
  const recommended: [number, number] = [
    Math.round((minSeconds * SPEAKING_RATE[language]) / 60),
    Math.round((maxSeconds * SPEAKING_RATE[language]) / 60),
  ];
  const verdict =
    count === 0 ? 'empty' : count < SHORT_BELOW * recommended[0] ? 'short' : count > LONG_ABOVE * recommended[1] ? 'long' : 'ok';
  const length: AnswerFeedback['length'] = { count, unit, recommended, verdict };

  const durationMs = input.durationMs !== null && Number.isFinite(input.durationMs) && input.durationMs >= 0 ? input.durationMs : null;
  // Pace counts only what the browser heard: text typed into a recording's box was never spoken in
  // its time (8 s of audio with a typed page is not 947 a minute). Under a second gives no pace worth reporting.
  const spoken = input.mode === 'voice' && input.transcript ? read(input.transcript) : null;
  const spokenUnits = spoken ? spoken.cjkChars + spoken.words.length : 0;
  const minutes = spokenUnits > 0 && durationMs !== null && durationMs >= 1000 ? durationMs / 60_000 : null;
  const speechRate: AnswerFeedback['speechRate'] =
    minutes === null ? null : { value: Math.round(spokenUnits / minutes), unit: language === 'zh' ? 'cpm' : 'wpm' };

  const fillerCounts = countFillers(reading);
  const total = [...fillerCounts.values()].reduce((sum, n) => sum + n, 0);
  const fillers: AnswerFeedback['fillers'] = {
    total,
    perMinute: minutes === null ? null : round(total / minutes, 1),
    words: [...fillerCounts].map(([word, n]) => ({ word, count: n })).sort((a, b) => b.count - a.count),
  };

  const covered: Bilingual[] = [];
  const missed: Bilingual[] = [];
  for (const point of question.points) {
    (point.keywords.some((keyword) => mentions(reading, keyword)) ? covered : missed).push({ zh: point.zh, en: point.en });
  }
  // A question without points leaves nothing to miss.
  const coverageShare = question.points.length === 0 ? 1 : covered.length / question.points.length;
  const star = question.kind === 'behavioral' ? detectStar(reading) : null;

  const lengthShare = lengthCredit(length);
  const load = fillerLoad(fillers, count);
  // Full marks up to the limit, nothing at four times it.
  const fluency = load <= 1 ? 1 : Math.max(0, 1 - (load - 1) / 3);
  const weights = star ? WEIGHTS : { ...WEIGHTS, coverage: WEIGHTS.coverage + WEIGHTS.star, star: 0 };
  const starShare = star ? STAR_PARTS.filter((part) => star[part]).length / STAR_PARTS.length : 0;
  const factor = (key: ScoreFactor['key'], share: number): ScoreFactor => ({
    key,
    points: count === 0 ? 0 : round(100 * weights[key] * Math.min(1, Math.max(0, share)), 1),
    max: round(100 * weights[key], 1),
  });
  const factors = [
    factor('coverage', coverageShare),
    factor('length', lengthShare),
    ...(star ? [factor('star', starShare)] : []),
    factor('fluency', fluency),
  ];
  const score =
    count === 0
      ? 0
      : Math.round(
          100 * (weights.coverage * coverageShare + weights.length * lengthShare + weights.star * starShare + weights.fluency * fluency),
        );

  // Each tip carries the points its fix would add, so the most valuable comes first.
  const candidates: { points: number; tip: Bilingual }[] = [];
  if (verdict !== 'ok') {
    // Nothing else matters until there is an answer.
    candidates.push({ points: count === 0 ? 100 : 100 * weights.length * (1 - lengthShare), tip: lengthTip(length, question.seconds) });
  }
  if (star && count > 0) {
    for (const part of STAR_PARTS.filter((p) => !star[p])) {
      const { name, advice } = STAR_NAMES[part];
      candidates.push({
        points: (100 * weights.star) / 4,
        tip: { zh: `行為題缺少「${name.zh}」：${advice.zh}`, en: `The ${name.en} is missing: ${advice.en}` },
      });
    }
  }
  for (const point of missed) {
    candidates.push({
      points: (100 * weights.coverage) / question.points.length,
      tip: { zh: `可以補充：${point.zh}`, en: `Also cover: ${point.en}` },
    });
  }
  if (load > 1) {
    const list = fillerList(fillers.words, '');
    candidates.push({
      points: 100 * weights.fluency * (1 - fluency),
      tip: { zh: `口頭禪偏多：${list.zh}`, en: `Many filler words: ${list.en}` },
    });
  }
  const pace = paceOf(speechRate);
  if (speechRate && pace) candidates.push({ points: PACE_TIP_POINTS, tip: paceTip(speechRate, pace) });
  const tips = candidates
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_TIPS)
    .map(({ tip }) => tip);

  return {
    language,
    durationSeconds: durationMs === null ? null : round(durationMs / 1000, 1),
    length,
    speechRate,
    fillers,
    coverage: { covered, missed, ratio: round(coverageShare, 2) },
    star,
    score,
    factors,
    tips,
  };
}

/** The interview's score and the problems that recur across its answers. */
export function summarizeInterview(answers: AnswerFeedback[]): InterviewSummary {
  const score = answers.length === 0 ? 0 : Math.round(answers.reduce((sum, answer) => sum + answer.score, 0) / answers.length);
  const answered = answers.filter((answer) => answer.length.verdict !== 'empty');
  const findings: { answers: number; text: Bilingual }[] = [];
  const find = (n: number, text: Bilingual) => {
    if (n > 0) findings.push({ answers: n, text });
  };
  const countOf = (test: (answer: AnswerFeedback) => boolean) => answered.filter(test).length;

  const unanswered = answers.length - answered.length;
  find(unanswered, { zh: `${unanswered} 題沒有作答`, en: `${plural(unanswered, 'question')} left unanswered` });
  const thin = countOf((answer) => answer.coverage.ratio < 0.5);
  find(thin, { zh: `${thin} 題回答涵蓋不到一半的重點`, en: `${plural(thin, 'answer')} covered less than half of the key points` });
  const short = countOf((answer) => answer.length.verdict === 'short');
  find(short, { zh: `${short} 題回答過短`, en: `${plural(short, 'answer')} too short` });
  const long = countOf((answer) => answer.length.verdict === 'long');
  find(long, { zh: `${long} 題回答過長`, en: `${plural(long, 'answer')} too long` });

  const behavioral = answered.flatMap(({ star }) => (star ? [star] : []));
  for (const part of STAR_PARTS) {
    const missing = behavioral.filter((star) => !star[part]).length;
    const { name } = STAR_NAMES[part];
    // Missing once in four answers is a slip; in half of them, a habit.
    if (missing * 2 >= behavioral.length) {
      find(missing, {
        zh: `行為題缺少${name.zh}：${behavioral.length} 題中有 ${missing} 題`,
        en: `${name.en} missing in ${missing} of ${behavioral.length} behavioral answers`,
      });
    }
  }

  const wordy = countOf((answer) => fillerLoad(answer.fillers, answer.length.count) > 1);
  if (wordy > 0) {
    const totals = new Map<string, number>();
    for (const { word, count } of answers.flatMap((answer) => answer.fillers.words)) totals.set(word, (totals.get(word) ?? 0) + count);
    const list = fillerList(
      [...totals].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count),
      '出現',
    );
    find(wordy, { zh: `口頭禪${list.zh}`, en: `Filler words: ${list.en}` });
  }
  const fast = countOf((answer) => paceOf(answer.speechRate) === 'fast');
  find(fast, { zh: `${fast} 題語速偏快`, en: `${plural(fast, 'answer')} spoken too fast` });
  const slow = countOf((answer) => paceOf(answer.speechRate) === 'slow');
  find(slow, { zh: `${slow} 題語速偏慢`, en: `${plural(slow, 'answer')} spoken too slowly` });

  return {
    score,
    improved: findings
      .sort((a, b) => b.answers - a.answers)
      .slice(0, MAX_TIPS)
      .map(({ text }) => text),
  };
}
