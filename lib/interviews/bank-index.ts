import 'server-only';
import { LRUCache } from 'lru-cache';
import MiniSearch from 'minisearch';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { interviewQuestions, type InterviewQuestion } from '@/db/schema';
import { subscribe } from '@/lib/events';
import { processSingleton } from '@/lib/process-singletons';
import { searchTokens } from '@/lib/search/tokens';

/**
 * Words that say nothing about a question's topic, in job descriptions above all ("experience",
 * 相關, 具備): left out of the index and of queries. CJK entries are the pairs the tokenizer makes.
 */
const STOP_WORDS = new Set([
  ...'a an and are as at be by can for from has have in is it of on or our that the their this to we will with you your'.split(' '),
  ...'able ability about including etc plus strong good excellent years year experience experienced work working job role team'.split(' '),
  ...'responsible responsibilities requirements required preferred knowledge skills skill familiar familiarity using use'.split(' '),
  ...[
    '我們',
    '工作',
    '經驗',
    '相關',
    '具備',
    '能力',
    '以上',
    '熟悉',
    '優先',
    '加分',
    '擅長',
    '負責',
    '內容',
    '條件',
    '需求',
    '職缺',
    '公司',
    '年以',
    '具有',
    '良好',
    '以及',
    '或是',
    '並且',
  ],
]);

const keep = (token: string) => (STOP_WORDS.has(token) ? null : token);

export const indexTokens = (text: string) => searchTokens(text, 'index');
export const queryTokens = (text: string) => [...new Set(searchTokens(text, 'query'))].filter((token) => !STOP_WORDS.has(token));

interface IndexedQuestion {
  id: number;
  text: string;
  tags: string;
  points: string;
}

export interface BankIndex {
  search: MiniSearch<IndexedQuestion>;
  /** Published questions by id. */
  questions: Map<number, InterviewQuestion>;
}

/** Builds the BM25 index (MiniSearch's BM25+) over the question in both languages, its tags and its points. */
export function buildBankIndex(rows: InterviewQuestion[]): BankIndex {
  const search = new MiniSearch<IndexedQuestion>({
    fields: ['text', 'tags', 'points'],
    tokenize: indexTokens,
    processTerm: keep,
    searchOptions: {
      tokenize: (text) => queryTokens(text),
      processTerm: keep,
      boost: { tags: 3, text: 1.5, points: 1 },
      combineWith: 'OR',
    },
  });
  search.addAll(
    rows.map((q) => ({
      id: q.id,
      text: `${q.textZh}\n${q.textEn}`,
      tags: q.tags.join('\n'),
      points: q.points.flatMap((p) => [p.zh, p.en, ...p.keywords]).join('\n'),
    })),
  );
  return { search, questions: new Map(rows.map((q) => [q.id, q])) };
}

/** One entry: the published bank's index, kept five minutes at most (the change event usually ends it sooner). */
type Kept = LRUCache<'published', Promise<BankIndex>>;

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    bankIndex: Kept;
  }
}

function kept(): Kept {
  return processSingleton('bankIndex', () => {
    const cache: Kept = new LRUCache({ max: 1, ttl: 5 * 60_000 });
    subscribe('interview_question.changed', () => cache.clear());
    return cache;
  });
}

/** The index of the published bank, built once and kept until an admin changes a question (on any instance). */
export function bankIndex(db: Db): Promise<BankIndex> {
  const cache = kept();
  const hit = cache.get('published');
  if (hit) return hit;
  const loading = db.select().from(interviewQuestions).where(eq(interviewQuestions.status, 'published')).then(buildBankIndex);
  // A failed load is not kept: the next selection tries again.
  loading.catch(() => {
    if (cache.get('published') === loading) cache.delete('published');
  });
  cache.set('published', loading);
  return loading;
}

export function forgetBankIndex(): void {
  kept().clear();
}
