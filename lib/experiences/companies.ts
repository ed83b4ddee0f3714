import 'server-only';
import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { experiences } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { foldText } from '@/lib/search/tokens';
import { INTERVIEW_DIFFICULTIES, INTERVIEW_RESULTS } from '@/lib/validation/career';
import { companyKeyOf } from './service';

export interface CompanySummary {
  key: string;
  name: string;
  experiences: number;
}

export interface CompanyProfile extends CompanySummary {
  /** Share of each result, 0–1, in the order 已錄取, 未錄取, 等待中. */
  results: Array<{ result: (typeof INTERVIEW_RESULTS)[number]; count: number; share: number }>;
  difficulties: Array<{ difficulty: (typeof INTERVIEW_DIFFICULTIES)[number]; count: number; share: number }>;
  /** Mean of the evaluations given (1–5), or null when nobody gave one. */
  averageEvaluation: number | null;
  evaluations: number;
  positions: Array<{ position: string; count: number }>;
  /** The questions asked most often, as first written, with how many experiences mention them. */
  topQuestions: Array<{ question: string; count: number }>;
}

/** The spelling most people wrote (ties: the first in the list). */
const displayName = (names: string[]) => {
  const tally = new Map<string, number>();
  for (const name of names) tally.set(name, (tally.get(name) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0];
};

/** A question folded so trivial differences (case, width, spaces, closing punctuation) count as the same question. */
const questionKey = (question: string) => foldText(question).replace(/[\s\p{P}]+/gu, '');

/** Companies with experiences, most shared first. */
export async function listCompanies(db: Db, limit = 100): Promise<CompanySummary[]> {
  const rows = await db
    .select({
      key: experiences.companyKey,
      n: count(),
      names: sql<string[]>`array_agg(${experiences.company} order by ${experiences.createdAt} desc)`,
    })
    .from(experiences)
    .groupBy(experiences.companyKey)
    .orderBy(desc(count()), experiences.companyKey)
    .limit(limit);
  return rows.map((r) => ({ key: r.key, name: displayName(r.names), experiences: r.n }));
}

/** One company's page: how its interviews went, built from every experience shared about it. */
export async function companyProfile(db: Db, name: string): Promise<CompanyProfile> {
  const key = companyKeyOf(name);
  const rows = await db
    .select({
      company: experiences.company,
      position: experiences.position,
      result: experiences.result,
      difficulty: experiences.difficulty,
      evaluation: experiences.evaluation,
      questions: experiences.questions,
    })
    .from(experiences)
    .where(eq(experiences.companyKey, key))
    .orderBy(desc(experiences.createdAt));
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No experiences of this company');
  const total = rows.length;
  const share = (n: number) => Math.round((n / total) * 1000) / 1000;
  const tally = <T extends string>(values: readonly T[], of: (row: (typeof rows)[number]) => T) =>
    values.map((value) => {
      const n = rows.filter((row) => of(row) === value).length;
      return { value, count: n, share: share(n) };
    });
  const evaluated = rows.filter((r) => r.evaluation !== null);
  const positions = new Map<string, number>();
  for (const row of rows) positions.set(row.position, (positions.get(row.position) ?? 0) + 1);
  // A question counts once per experience; it is shown as most people wrote it (ties: as first written).
  const questions = new Map<string, { count: number; spellings: string[] }>();
  for (const row of [...rows].reverse()) {
    const keys = new Map(row.questions.map((q) => [questionKey(q), q]));
    for (const [k, spelling] of keys) {
      const entry = questions.get(k) ?? { count: 0, spellings: [] };
      entry.count += 1;
      entry.spellings.push(spelling);
      questions.set(k, entry);
    }
  }
  return {
    key,
    name: displayName(rows.map((r) => r.company)),
    experiences: total,
    results: tally(INTERVIEW_RESULTS, (r) => r.result).map(({ value, ...rest }) => ({ result: value, ...rest })),
    difficulties: tally(INTERVIEW_DIFFICULTIES, (r) => r.difficulty).map(({ value, ...rest }) => ({ difficulty: value, ...rest })),
    averageEvaluation: evaluated.length
      ? Math.round((evaluated.reduce((sum, r) => sum + r.evaluation!, 0) / evaluated.length) * 10) / 10
      : null,
    evaluations: evaluated.length,
    positions: [...positions.entries()].map(([position, n]) => ({ position, count: n })).sort((a, b) => b.count - a.count),
    topQuestions: [...questions.values()]
      .map((q) => ({ question: displayName(q.spellings), count: q.count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 10),
  };
}
