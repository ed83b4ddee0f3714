import 'server-only';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { interviewAnswers, interviews, resumes, type Bilingual, type InterviewLanguage, type InterviewQuestion } from '@/db/schema';
import type { JobFamily, QuestionKind, QuestionPoint } from '@/lib/vocabulary/job-families';
import { bankIndex, queryTokens, type BankIndex } from './bank-index';

export const FAMILY_LABELS: Record<JobFamily, Bilingual> = {
  frontend: { zh: '前端工程', en: 'frontend engineering' },
  backend: { zh: '後端工程', en: 'backend engineering' },
  data: { zh: '資料', en: 'data' },
  product: { zh: '產品', en: 'product' },
  design: { zh: '設計', en: 'design' },
  marketing: { zh: '行銷', en: 'marketing' },
  sales: { zh: '業務', en: 'sales' },
  general: { zh: '通用', en: 'general' },
};

export interface PositionInput {
  title: string;
  description?: string;
  count: number;
  language: InterviewLanguage;
  /** Breaks ties between equally relevant questions; random when left out, so practice varies. */
  seed?: number;
}

export interface SelectedQuestion {
  id: number;
  key: string;
  family: JobFamily;
  kind: QuestionKind;
  /** The question in the interview's language. */
  text: string;
  textZh: string;
  textEn: string;
  tags: string[];
  points: QuestionPoint[];
  seconds: [number, number];
  reason: Bilingual;
  relevance: number;
}

export interface Selection {
  /** The job family the position reads as ('general' when none stands out). */
  family: JobFamily;
  questions: SelectedQuestion[];
}

/** What the caller brings beyond the position: résumé skills, and questions to rest. */
export interface Candidate {
  skills: string[];
  recentQuestionIds: Set<number>;
}

const RECENT_DAYS = 14;
const RECENT_INTERVIEWS = 3;

/** The caller's résumé skills and the questions of their recent interviews (the last three, or the last two weeks). */
export async function candidateOf(db: Db, userId: number): Promise<Candidate> {
  const [resume, recent] = await Promise.all([
    db.select({ skills: resumes.skills }).from(resumes).where(eq(resumes.userId, userId)).limit(1),
    db
      .select({ questionId: interviewAnswers.questionId })
      .from(interviewAnswers)
      .innerJoin(interviews, eq(interviews.id, interviewAnswers.interviewId))
      .where(
        and(
          eq(interviews.userId, userId),
          isNotNull(interviewAnswers.questionId),
          sql`(${interviews.createdAt} > now() - make_interval(days => ${RECENT_DAYS}) or ${interviews.id} in (
            select ${interviews.id} from ${interviews} where ${interviews.userId} = ${userId}
            order by ${interviews.createdAt} desc limit ${RECENT_INTERVIEWS}))`,
        ),
      )
      .orderBy(desc(interviews.createdAt))
      .limit(200),
  ]);
  return {
    skills: resume[0]?.skills ?? [],
    recentQuestionIds: new Set(recent.map((r) => r.questionId).filter((id): id is number => id !== null)),
  };
}

/** Relevance of each question to one text, scaled so the best match is 1. */
function relevanceTo(index: BankIndex, text: string): Map<number, number> {
  const scores = new Map<number, number>();
  if (!text.trim() || queryTokens(text).length === 0) return scores;
  const hits = index.search.search(text);
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return scores;
  for (const hit of hits) scores.set(hit.id as number, hit.score / best);
  return scores;
}

/** A deterministic number in [0, 1) for a seed and a key (mulberry32 over an FNV-1a hash). */
function jitter(seed: number, key: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), h | 1);
  h ^= h + Math.imul(h ^ (h >>> 7), h | 61);
  return ((h ^ (h >>> 14)) >>> 0) / 4294967296;
}

/** Tags of a question whose every query token occurs in the text's tokens: what the position and the question share. */
function sharedTags(question: InterviewQuestion, tokens: Set<string>): string[] {
  return question.tags.filter((tag) => {
    const tagTokens = queryTokens(tag);
    return tagTokens.length > 0 && tagTokens.every((t) => tokens.has(t));
  });
}

const list = (items: string[], separator: string) => items.slice(0, 3).join(separator);

/**
 * Chooses `count` questions for a position and the caller's résumé: a self-introduction first,
 * then the role's own questions and behavioral ones ranked by BM25 relevance to the title,
 * the description and the résumé's skills, a motivation question last; questions of recent
 * interviews are rested. Each says why it was chosen.
 */
export async function selectQuestionsForPosition(db: Db, input: PositionInput, candidate: Candidate | null): Promise<Selection> {
  const index = await bankIndex(db);
  const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
  const skills = candidate?.skills ?? [];
  const recent = candidate?.recentQuestionIds ?? new Set<number>();

  const byTitle = relevanceTo(index, input.title);
  const byDescription = relevanceTo(index, input.description ?? '');
  const bySkills = relevanceTo(index, skills.join('\n'));
  const jobTokens = new Set(queryTokens(`${input.title}\n${input.description ?? ''}`));
  const skillTokens = new Set(queryTokens(skills.join('\n')));

  const relevance = new Map<number, number>();
  for (const id of index.questions.keys()) {
    const score = 1.2 * (byTitle.get(id) ?? 0) + (byDescription.get(id) ?? 0) + 0.5 * (bySkills.get(id) ?? 0);
    if (score > 0) relevance.set(id, score);
  }

  // The position's family: the one whose questions gather the most relevance among the best matches.
  const familyWeight = new Map<JobFamily, number>();
  [...relevance]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .forEach(([id, score]) => {
      const family = index.questions.get(id)!.family;
      if (family !== 'general') familyWeight.set(family, (familyWeight.get(family) ?? 0) + score);
    });
  const ranked = [...familyWeight].sort((a, b) => b[1] - a[1]);
  const family: JobFamily = ranked[0] && ranked[0][1] >= 1 ? ranked[0][0] : 'general';

  const rankOf = (q: InterviewQuestion, bonus: (q: InterviewQuestion) => number) => {
    let score = (relevance.get(q.id) ?? 0) + bonus(q) + 0.05 * jitter(seed, q.key);
    if (recent.has(q.id)) score *= 0.2;
    return score;
  };
  const all = [...index.questions.values()];
  const chosen = new Set<number>();
  const pick = (pool: InterviewQuestion[], n: number, bonus: (q: InterviewQuestion) => number): InterviewQuestion[] => {
    const picked = pool
      .filter((q) => !chosen.has(q.id))
      .map((q) => ({ q, score: rankOf(q, bonus) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, n)
      .map(({ q }) => q);
    picked.forEach((q) => chosen.add(q.id));
    return picked;
  };

  const ofFamily = (weight: number) => (q: InterviewQuestion) => (q.family === family ? weight : 0);
  const count = Math.max(1, input.count);
  const intro = pick(
    all.filter((q) => q.kind === 'self_introduction' && (q.family === family || q.family === 'general')),
    1,
    ofFamily(0.5),
  );
  const rest = count - intro.length;
  const motivationSlots = count >= 5 ? 1 : 0;
  const behavioralSlots = Math.min(
    rest - motivationSlots,
    Math.max(rest >= 2 ? 1 : 0, Math.round((rest - motivationSlots) * (family === 'general' ? 0.6 : 0.4))),
  );
  const roleSlots = rest - motivationSlots - behavioralSlots;

  const rolePool = all.filter(
    (q) => (q.kind === 'technical' || q.kind === 'situational') && (q.family === family || (relevance.get(q.id) ?? 0) >= 0.3),
  );
  const role = pick(rolePool, roleSlots, ofFamily(0.6));
  const behavioral = pick(
    all.filter((q) => q.kind === 'behavioral' && (q.family === family || q.family === 'general')),
    behavioralSlots + (roleSlots - role.length),
    ofFamily(0.3),
  );
  const motivation = pick(
    all.filter((q) => q.kind === 'motivation' && (q.family === family || q.family === 'general')),
    motivationSlots,
    // Why this job, why us: the general questions fit anyone; a family's own ask about a particular path.
    (q) => (q.family === 'general' ? 0.3 : 0),
  );

  // Interleave the role's questions with the behavioral ones; the introduction opens, motivation closes.
  const middle: InterviewQuestion[] = [];
  for (let i = 0; i < Math.max(role.length, behavioral.length); i++) {
    if (role[i]) middle.push(role[i]!);
    if (behavioral[i]) middle.push(behavioral[i]!);
  }
  // A bank too small for the mix (a family with few questions left) fills up with the best of the rest.
  const short = count - intro.length - middle.length - motivation.length;
  const filler = short > 0 ? pick(all, short, ofFamily(0.3)) : [];
  const ordered = [...intro, ...middle, ...filler, ...motivation];

  return {
    family,
    questions: ordered.map((q) => ({
      id: q.id,
      key: q.key,
      family: q.family,
      kind: q.kind,
      text: input.language === 'zh' ? q.textZh : q.textEn,
      textZh: q.textZh,
      textEn: q.textEn,
      tags: q.tags,
      points: q.points,
      seconds: [q.secondsMin, q.secondsMax],
      reason: reasonFor(q, family, sharedTags(q, jobTokens), sharedTags(q, skillTokens)),
      relevance: Math.round((relevance.get(q.id) ?? 0) * 1000) / 1000,
    })),
  };
}

function reasonFor(q: InterviewQuestion, family: JobFamily, jobTags: string[], skillTags: string[]): Bilingual {
  const label = FAMILY_LABELS[q.family];
  const parts: Bilingual[] = [];
  switch (q.kind) {
    case 'self_introduction':
      parts.push(
        q.family === 'general'
          ? { zh: '開場題：面試通常從自我介紹開始', en: 'Opening: interviews usually start with an introduction' }
          : { zh: `開場題：${label.zh}職務版本的自我介紹`, en: `Opening: an introduction for a ${label.en} role` },
      );
      break;
    case 'behavioral':
      parts.push({ zh: '行為題：面試官想聽你過去實際怎麼做', en: 'Behavioral: what you actually did in a real situation' });
      break;
    case 'motivation':
      parts.push({ zh: '動機題：確認你為什麼想要這份工作', en: 'Motivation: why you want this job' });
      break;
    default:
      if (jobTags.length === 0 && skillTags.length === 0) {
        parts.push(
          q.family === 'general'
            ? { zh: '各類職務都常問的題目', en: 'Asked for every kind of role' }
            : q.family === family
              ? { zh: `${label.zh}職務常見題`, en: `Common in ${label.en} interviews` }
              : { zh: '與職缺描述相關', en: 'Related to the job description' },
        );
      }
  }
  if (jobTags.length > 0) parts.push({ zh: `符合職缺關鍵字：${list(jobTags, '、')}`, en: `Matches the job: ${list(jobTags, ', ')}` });
  if (skillTags.length > 0)
    parts.push({ zh: `對應你履歷上的技能：${list(skillTags, '、')}`, en: `Uses your résumé skills: ${list(skillTags, ', ')}` });
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}
