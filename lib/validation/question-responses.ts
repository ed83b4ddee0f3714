import { z } from 'zod';

/** Response shapes of codemeet-api.md §3 (lib/questions/present.ts builds them). */

const caseText = z.object({ input: z.string(), expectedOutput: z.string() });

export const questionResponse = z
  .object({
    questionId: z.string(),
    title: z.string(),
    difficulty: z.enum(['Easy', 'Medium', 'Hard']),
    category: z.string(),
    description: z.string(),
    examples: z.array(z.object({ input: z.string(), output: z.string(), explanation: z.string().optional() })),
    constraints: z.array(z.string()),
    hints: z.array(z.string()),
    starterCode: z.record(z.string(), z.string()),
    slug: z.string(),
    tags: z.array(z.string()),
    translations: z.object({
      'zh-TW': z.object({
        title: z.string(),
        description: z.string(),
        examples: z.array(z.object({ explanation: z.string().optional() })),
        hints: z.array(z.string()),
      }),
    }),
    signature: z.looseObject({}).meta({ description: 'The function (or class) to write, in the judge’s value types' }),
    limits: z.object({ timeLimitMs: z.number().int(), memoryLimitMb: z.number().int() }),
    visibleTestCases: z.array(caseText),
    solved: z.boolean().meta({ description: 'Whether the caller has an accepted submission judged on every case of it' }),
    hintsWithheld: z
      .literal(true)
      .optional()
      .meta({ description: 'The caller is the interviewee of a live interview on this question: `hints` is empty until it ends' }),
    status: z.enum(['draft', 'published', 'retired']).optional().meta({ description: 'Admins only' }),
    solutions: z.record(z.string(), z.string()).optional().meta({ description: 'Admins only' }),
    brute: z.object({ language: z.string(), code: z.string() }).nullable().optional().meta({ description: 'Admins only' }),
    hiddenTestCases: z.array(caseText).optional().meta({ description: 'Admins only' }),
  })
  .meta({ id: 'Question' });

export const questionPageResponse = z.object({
  items: z.array(
    z.object({
      questionId: z.string(),
      title: z.string(),
      difficulty: z.enum(['Easy', 'Medium', 'Hard']),
      category: z.string(),
      slug: z.string(),
      titleZh: z.string(),
      status: z.enum(['draft', 'published', 'retired']),
    }),
  ),
  pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), totalItems: z.number().int(), totalPages: z.number().int() }),
});
