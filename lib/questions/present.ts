import 'server-only';
import type { Question } from '@/db/schema';
import { encodeId } from '@/lib/ids';
import type { QuestionWithCases } from './service';

/** The contract writes categories as words ("Array", "Hash Table"); the bank keys them in kebab case. */
export const categoryLabel = (category: string) =>
  category
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** A case as the contract's test cases read: comma-separated JSON arguments, and the JSON answer. */
export const caseText = (c: { args: unknown[]; expected: unknown }) => ({
  input: c.args.map((arg) => JSON.stringify(arg)).join(', '),
  expectedOutput: JSON.stringify(c.expected),
});

/** §3.1's statement fields (English, as the contract draws them): the practice page's question and a room's alike. */
export function questionStatement(
  question: Pick<Question, 'id' | 'titleEn' | 'difficulty' | 'category' | 'statementEn' | 'examples' | 'constraints'>,
) {
  return {
    questionId: encodeId('question', question.id),
    title: question.titleEn,
    difficulty: question.difficulty,
    category: categoryLabel(question.category),
    description: question.statementEn,
    examples: question.examples.map((e) => ({
      input: e.input,
      output: e.output,
      ...(e.explanation ? { explanation: e.explanation.en } : {}),
    })),
    constraints: question.constraints,
  };
}

/** §3.3's list item. */
export function questionSummary(question: Question) {
  return {
    questionId: encodeId('question', question.id),
    title: question.titleEn,
    difficulty: question.difficulty,
    category: categoryLabel(question.category),
    slug: question.slug,
    titleZh: question.titleZh,
    status: question.status,
  };
}

/**
 * §3.1's fields (English, as the contract draws them), with the Traditional Chinese text beside
 * them under `translations`, the signature and limits the editor needs, the visible cases "Run"
 * uses and whether the caller solved it. An admin's answer adds the reference solutions, the
 * brute force and the hidden cases; nobody else's ever carries them.
 */
export function questionDetail({ question, cases, solved, hintsWithheld }: QuestionWithCases, admin: boolean) {
  const visible = cases.filter((c) => !c.hidden);
  return {
    ...questionStatement(question),
    hints: question.hints.map((h) => h.en),
    starterCode: question.starter,
    slug: question.slug,
    tags: question.tags,
    translations: {
      'zh-TW': {
        title: question.titleZh,
        description: question.statementZh,
        examples: question.examples.map((e) => (e.explanation ? { explanation: e.explanation.zh } : {})),
        hints: question.hints.map((h) => h.zh),
      },
    },
    signature: question.spec,
    limits: { timeLimitMs: question.timeLimitMs, memoryLimitMb: question.memoryLimitMb },
    visibleTestCases: visible.map(caseText),
    solved,
    // The caller sits a live interview on this question: its hints reach them in the room only.
    ...(hintsWithheld ? { hintsWithheld: true } : {}),
    ...(admin && !hintsWithheld
      ? {
          status: question.status,
          solutions: question.solutions,
          brute: question.brute,
          hiddenTestCases: cases.filter((c) => c.hidden).map(caseText),
        }
      : {}),
  };
}
