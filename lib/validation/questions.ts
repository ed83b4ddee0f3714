import { z } from 'zod';
import { paginationQuery } from '@/lib/http/pagination';
import { CATEGORIES } from '@/db/seed/problems/source';
import { languageSchema } from './execution';

export const QUESTION_DIFFICULTIES = ['Easy', 'Medium', 'Hard'] as const;
export const QUESTION_CATEGORIES = CATEGORIES;

/** "Medium", "medium", "MEDIUM" are one difficulty, answered as the contract writes it. */
export const difficultySchema = z.string({ error: 'difficulty must be Easy, Medium or Hard' }).transform((value, ctx) => {
  const found = QUESTION_DIFFICULTIES.find((d) => d.toLowerCase() === value.trim().toLowerCase());
  if (!found) {
    ctx.addIssue({ code: 'custom', message: 'difficulty must be Easy, Medium or Hard' });
    return z.NEVER;
  }
  return found;
});

/** "Array", "hash table", "Hash-Table", "dynamic_programming" name one category: the contract writes "Array". */
const category = z.string({ error: `category must be one of ${QUESTION_CATEGORIES.join(', ')}` }).transform((value, ctx) => {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const found = QUESTION_CATEGORIES.find((c) => c === key);
  if (!found) {
    ctx.addIssue({ code: 'custom', message: `category must be one of ${QUESTION_CATEGORIES.join(', ')}` });
    return z.NEVER;
  }
  return found;
});

/** §3.2: a random question of a difficulty, for a language, of a category (each optional). */
export const randomQuestionQuery = z.object({
  difficulty: difficultySchema.optional(),
  language: languageSchema.optional(),
  category: category.optional(),
});
export type RandomQuestionQuery = z.output<typeof randomQuestionQuery>;

export const QUESTION_SORT_FIELDS = ['createdAt', 'title', 'difficulty'] as const;

/** §3.3: the admins' search, with Appendix B pagination. */
export const questionListQuery = paginationQuery(QUESTION_SORT_FIELDS, 'createdAt').extend({
  difficulty: difficultySchema.optional(),
  category: category.optional(),
  q: z.string({ error: 'q must be text' }).trim().max(100, 'q must be at most 100 characters').optional(),
  status: z.enum(['draft', 'published', 'retired', 'all'], { error: 'status must be draft, published, retired or all' }).default('all'),
});
export type QuestionListQuery = z.output<typeof questionListQuery>;
