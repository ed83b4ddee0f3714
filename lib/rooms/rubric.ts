import type { LocalizedText } from '@/db/schema';

export interface RubricCriterion {
  id: string;
  name: LocalizedText;
  /** What a strong interviewee does, for the interviewer to hold the interview against. */
  good: LocalizedText;
}

/**
 * The interviewer's rubric for a coding interview: the same criteria for every question, so
 * feedback across interviews compares. Shown to the interviewer only (GET /api/v1/rooms/{roomId}).
 */
export const RUBRIC: readonly RubricCriterion[] = [
  {
    id: 'understanding',
    name: { en: 'Understanding the problem', zh: '理解題目' },
    good: {
      en: 'Restates the problem, asks about input sizes, ranges and edge cases, and agrees on examples before writing code.',
      zh: '先用自己的話重述題目，詢問輸入規模、數值範圍與邊界情況，並在寫程式前與面試官確認範例。',
    },
  },
  {
    id: 'approach',
    name: { en: 'Approach', zh: '解題思路' },
    good: {
      en: 'Starts from a working (even brute-force) idea, then improves it, explaining the trade-offs between alternatives.',
      zh: '先提出可行（即使是暴力法）的做法，再逐步優化，並說明不同做法之間的取捨。',
    },
  },
  {
    id: 'complexity',
    name: { en: 'Complexity analysis', zh: '複雜度分析' },
    good: {
      en: 'States the time and space complexity of the solution correctly and knows which part dominates.',
      zh: '正確說出解法的時間與空間複雜度，並知道哪一部分是主要成本。',
    },
  },
  {
    id: 'code',
    name: { en: 'Code quality', zh: '程式品質' },
    good: {
      en: 'Writes correct, readable code: clear names, small steps, idiomatic use of the language, no leftover debugging.',
      zh: '寫出正確且易讀的程式：命名清楚、步驟分明、善用語言慣用寫法，沒有殘留的除錯程式碼。',
    },
  },
  {
    id: 'testing',
    name: { en: 'Testing and debugging', zh: '測試與除錯' },
    good: {
      en: 'Walks through the code with the examples and edge cases, finds their own bugs and fixes them calmly.',
      zh: '用範例與邊界情況逐步檢查程式，自行找出錯誤並冷靜修正。',
    },
  },
  {
    id: 'communication',
    name: { en: 'Communication', zh: '溝通' },
    good: {
      en: 'Thinks aloud, explains decisions as they are made, and takes hints and questions on board.',
      zh: '邊想邊說，做決定時說明理由，並能接住面試官的提示與提問。',
    },
  },
];
