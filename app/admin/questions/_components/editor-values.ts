import { LANGUAGES } from '@/db/seed/problems/source';
import type { QuestionContent } from '@/lib/questions/admin';

export type Language = (typeof LANGUAGES)[number];
export const EDITOR_LANGUAGES = LANGUAGES;

/** The editor's fields as text: JSON for the structured ones (spec, cases, examples, hints), one a line for constraints. */
export interface EditorValues {
  slug: string;
  titleEn: string;
  titleZh: string;
  difficulty: string;
  category: string;
  tags: string;
  statementEn: string;
  statementZh: string;
  examples: string;
  constraints: string;
  hints: string;
  spec: string;
  timeLimitMs: string;
  memoryLimitMb: string;
  starter: Record<Language, string>;
  solutions: Record<Language, string>;
  brute: string;
  visible: string;
  hidden: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
const perLanguage = (code: Partial<Record<Language, string>>) =>
  Object.fromEntries(LANGUAGES.map((language) => [language, code[language] ?? ''])) as Record<Language, string>;

export function editorValuesOf(content: QuestionContent): EditorValues {
  return {
    slug: content.slug,
    titleEn: content.title.en,
    titleZh: content.title.zh,
    difficulty: content.difficulty,
    category: content.category,
    tags: content.tags.join(', '),
    statementEn: content.statement.en,
    statementZh: content.statement.zh,
    examples: json(content.examples),
    constraints: content.constraints.join('\n'),
    hints: json(content.hints),
    spec: json(content.spec),
    timeLimitMs: String(content.limits.timeLimitMs),
    memoryLimitMb: String(content.limits.memoryLimitMb),
    starter: perLanguage(content.starter),
    solutions: perLanguage(content.solutions),
    brute: content.brute ? json(content.brute) : '',
    // One case a line: hidden lists run long.
    visible: `[\n${content.visible.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n]`,
    hidden: `[\n${content.hidden.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n]`,
  };
}

export const emptyEditorValues: EditorValues = {
  slug: '',
  titleEn: '',
  titleZh: '',
  difficulty: 'Easy',
  category: 'array',
  tags: '',
  statementEn: '',
  statementZh: '',
  examples: json([{ input: '', output: '', explanation: { en: '', zh: '' } }]),
  constraints: '',
  hints: json([{ en: '', zh: '' }]),
  spec: json({
    functionName: { javascript: 'solve', typescript: 'solve', python: 'solve', java: 'solve', cpp: 'solve' },
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'int',
    compare: 'exact',
  }),
  timeLimitMs: '1000',
  memoryLimitMb: '256',
  starter: perLanguage({}),
  solutions: perLanguage({}),
  brute: '',
  visible: '[]',
  hidden: '[]',
};
