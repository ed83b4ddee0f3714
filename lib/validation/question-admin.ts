import { z } from 'zod';
import { CATEGORIES, DIFFICULTIES, LANGUAGES } from '@/db/seed/problems/source';
import { questionResponse } from './question-responses';

/** The sandbox's ceilings (server/sandbox/config.ts): a limit above them would be cut down silently. */
export const TIME_LIMIT_MS = { min: 100, max: 30_000 } as const;
export const MEMORY_LIMIT_MB = { min: 16, max: 4096 } as const;
/** What a question needs before it can be published (drafts may be partial). */
export const MIN_HIDDEN_TO_PUBLISH = 10;

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} must be at most ${max.toLocaleString('en')} characters`);

const localized = (field: string, max: number) => z.object({ en: text(`${field} (en)`, max), zh: text(`${field} (zh)`, max) }).strict();

const code = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .max(100_000, `${field} must be at most 100,000 characters`)
    .refine((value) => value.trim().length > 0, `${field} must not be empty`);

/** Code per judged language; a language left out has none yet (a draft's). */
const perLanguage = (field: string) =>
  z
    .object(
      Object.fromEntries(LANGUAGES.map((language) => [language, code(`${field} (${language})`).optional()])) as Record<
        (typeof LANGUAGES)[number],
        z.ZodOptional<ReturnType<typeof code>>
      >,
    )
    .strict();

/** A case in the engine's JSON form: one value per parameter, and the answer. The spec's own check (validateProblem) reads the values. */
const testCase = z
  .object({ args: z.array(z.unknown(), { error: 'args must be an array, one value per parameter' }), expected: z.unknown() })
  .strict();

const slug = z
  .string({ error: 'slug must be text' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be kebab-case (two-sum)')
  .max(80, 'slug must be at most 80 characters');

/** Every field of a question as an admin writes it; the spec is checked by the sandbox itself (lib/questions/admin.ts). */
const questionFields = {
  title: localized('title', 200),
  difficulty: z.enum(DIFFICULTIES, { error: 'difficulty must be Easy, Medium or Hard' }),
  category: z.enum(CATEGORIES, { error: `category must be one of ${CATEGORIES.join(', ')}` }),
  tags: z.array(text('tag', 40)).max(20, 'at most 20 tags'),
  statement: localized('statement', 20_000),
  examples: z
    .array(
      z
        .object({ input: text('input', 2000), output: text('output', 2000), explanation: localized('explanation', 2000).optional() })
        .strict(),
    )
    .max(10, 'at most 10 examples'),
  constraints: z.array(text('constraint', 300)).max(20, 'at most 20 constraints'),
  hints: z.array(localized('hint', 1000)).max(10, 'at most 10 hints'),
  spec: z.looseObject({}, { error: 'spec must be an object: the signature in the judge’s value types' }),
  limits: z
    .object({
      timeLimitMs: z
        .number({ error: 'timeLimitMs must be a number' })
        .int('timeLimitMs must be a whole number')
        .min(TIME_LIMIT_MS.min, `timeLimitMs must be at least ${TIME_LIMIT_MS.min}`)
        .max(TIME_LIMIT_MS.max, `timeLimitMs must be at most ${TIME_LIMIT_MS.max}`),
      memoryLimitMb: z
        .number({ error: 'memoryLimitMb must be a number' })
        .int('memoryLimitMb must be a whole number')
        .min(MEMORY_LIMIT_MB.min, `memoryLimitMb must be at least ${MEMORY_LIMIT_MB.min}`)
        .max(MEMORY_LIMIT_MB.max, `memoryLimitMb must be at most ${MEMORY_LIMIT_MB.max}`),
    })
    .strict(),
  starter: perLanguage('starter'),
  solutions: perLanguage('solution'),
  brute: z
    .object({ language: z.enum(LANGUAGES, { error: `language must be one of ${LANGUAGES.join(', ')}` }), code: code('brute force') })
    .strict()
    .nullable(),
  visible: z.array(testCase).min(1, 'at least one visible case').max(20, 'at most 20 visible cases'),
  hidden: z.array(testCase).max(200, 'at most 200 hidden cases'),
};

/** POST /api/v1/questions: a new question, a draft unless `status` is published (which runs the proof first). */
export const createQuestionBody = z
  .object({
    slug,
    ...questionFields,
    tags: questionFields.tags.default([]),
    examples: questionFields.examples.default([]),
    constraints: questionFields.constraints.default([]),
    hints: questionFields.hints.default([]),
    starter: questionFields.starter.default({}),
    solutions: questionFields.solutions.default({}),
    brute: questionFields.brute.default(null),
    hidden: questionFields.hidden.default([]),
    status: z.enum(['draft', 'published'], { error: 'status must be draft or published' }).default('draft'),
  })
  .strict();
export type CreateQuestionInput = z.output<typeof createQuestionBody>;

/**
 * PATCH /api/v1/questions/{questionId}: any field but the slug (submissions name the question by
 * it); `visible` and `hidden` replace that list as a whole. Status published runs the proof.
 */
export const updateQuestionBody = z
  .object({
    ...Object.fromEntries(Object.entries(questionFields).map(([key, schema]) => [key, schema.optional()])),
    status: z.enum(['draft', 'published', 'retired'], { error: 'status must be draft, published or retired' }).optional(),
  } as { [K in keyof typeof questionFields]: z.ZodOptional<(typeof questionFields)[K]> } & {
    status: z.ZodOptional<z.ZodEnum<{ draft: 'draft'; published: 'published'; retired: 'retired' }>>;
  })
  .strict();
export type UpdateQuestionInput = z.output<typeof updateQuestionBody>;

const proofLine = z.object({
  language: z.enum(LANGUAGES),
  ok: z.boolean(),
  status: z.string().meta({ description: 'The judge’s verdict (accepted, wrong_answer, …), or missing' }),
  detail: z.string(),
  cases: z.number().int(),
});

export const proofResponse = z
  .object({
    ok: z.boolean(),
    languages: z.array(proofLine),
    brute: proofLine.nullable(),
    errors: z.record(z.string(), z.array(z.string())),
  })
  .meta({ id: 'QuestionProof' });

/** The question as an admin sees it: §3.1's answer with the secrets, the status and when its proof last passed. */
export const adminQuestionResponse = questionResponse
  .extend({
    provenAt: z.string().nullable().meta({ description: 'When the proof last passed (ISO 8601); null when never' }),
    updatedAt: z.string(),
  })
  .meta({ id: 'AdminQuestion' });
