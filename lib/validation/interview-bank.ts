import { z } from 'zod';
import { JOB_FAMILIES, QUESTION_KINDS, type QuestionPoint } from '@/lib/vocabulary/job-families';

const NO_NUL = (value: string) => !value.includes('\u0000');
const line = (max: number) => z.string().trim().min(1).max(max).refine(NO_NUL, { message: 'must not contain NUL' });

/** A point a good answer covers (lib/vocabulary/job-families.ts). */
export const questionPoint = z.object({
  zh: line(120),
  en: line(200),
  keywords: z.array(line(40)).min(1).max(20),
}) satisfies z.ZodType<QuestionPoint>;

/** Recommended spoken length in seconds, [shortest, longest]. */
export const answerSeconds = z
  .tuple([z.number().int().min(10).max(600), z.number().int().min(10).max(900)])
  .refine(([min, max]) => min < max, { message: 'the shortest length must be below the longest' });

/** One question as reviewed in db/seed/interview-questions/<family>.json and as an admin edits it. */
export const bankQuestion = z.object({
  /** Stable slug, prefixed by its family: `frontend-react-state`. Seeding inserts keys it has not seen. */
  key: z
    .string()
    .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, 'a lower-case kebab-case slug prefixed by its family')
    .max(80),
  kind: z.enum(QUESTION_KINDS),
  zh: line(300),
  en: line(400),
  tags: z.array(line(40)).min(1).max(16),
  points: z.array(questionPoint).min(2).max(8),
  seconds: answerSeconds,
});
export type BankQuestion = z.infer<typeof bankQuestion>;

/** One family's file. */
export const bankFile = z
  .object({
    family: z.enum(JOB_FAMILIES),
    questions: z.array(bankQuestion).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.questions.forEach((question, index) => {
      if (!question.key.startsWith(`${file.family}-`)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'key'], message: `must start with "${file.family}-"` });
      }
      if (seen.has(question.key)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'key'], message: 'duplicate key' });
      seen.add(question.key);
    });
  });
export type BankFile = z.infer<typeof bankFile>;
