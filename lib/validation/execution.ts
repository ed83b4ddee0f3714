import { z } from 'zod';
import { LANGUAGES, findLanguage } from '@/lib/vocabulary/languages';
import { PROBLEMS } from '@/server/sandbox/problems';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import { requiredString } from './common';

export const LANGUAGE_IDS = Object.keys(LANGUAGES);
export const PROBLEM_SLUGS = Object.values(PROBLEMS).map((p) => p.slug) as [string, ...string[]];

/** "JavaScript", "js", "python3", "C++", … resolve to the engine's language ids. */
export const languageSchema = requiredString('Language').transform((value, ctx) => {
  const language = findLanguage(value);
  if (!language) {
    ctx.addIssue({ code: 'custom', message: `Language must be one of ${LANGUAGE_IDS.join(', ')}` });
    return z.NEVER;
  }
  return language.id;
});

export const codeSchema = requiredString('Code').min(1, 'Code is required').max(MAX_CODE_LENGTH, CODE_TOO_LONG);

// codemeet-api.md WebSocket "run_code", as a REST call.
export const executionBody = z.object({
  language: languageSchema,
  code: codeSchema,
  input: z.string({ error: 'Input must be text' }).max(500_000, 'Input must be at most 500,000 characters').optional().default(''),
  /** A newer run of the caller on the same channel cancels this one while it is still going. */
  channel: z
    .string({ error: 'channel must be text' })
    .regex(/^[\w:.-]{1,64}$/, 'channel must be 1–64 letters, digits, _ : . or -')
    .optional(),
});

/** 4.4's testCases: the comma-separated JSON arguments and the JSON result, as text. */
export const testCasesSchema = z
  .array(
    z.object({
      input: requiredString('Test case input').max(100_000, 'Test case input must be at most 100,000 characters'),
      expectedOutput: requiredString('Expected output').max(100_000, 'Expected output must be at most 100,000 characters'),
    }),
    { error: 'testCases must be a list of { input, expectedOutput }' },
  )
  .min(1, 'Give at least one test case, or leave testCases out to use the problem’s own')
  .max(50, 'At most 50 test cases');

// codemeet-api.md 4.4's body, judged against a practice problem.
export const submissionBody = z
  .object({
    problem: z.enum(PROBLEM_SLUGS, { error: `Problem must be one of ${PROBLEM_SLUGS.join(', ')}` }).optional(),
    /** A question of the practice bank (§3), as `q_12` or `12`. */
    questionId: z
      .string({ error: 'questionId must be a question id such as q_12' })
      .regex(/^(q_)?[1-9][0-9]{0,9}$/, 'questionId must be a question id such as q_12')
      .transform((value) => Number(value.replace(/^q_/, '')))
      .optional(),
    language: languageSchema,
    code: codeSchema,
    testCases: testCasesSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.problem === undefined) === (body.questionId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['questionId'], message: 'Give either questionId (a practice-bank question) or problem' });
    }
  });

export const SUBMISSION_SORT_FIELDS = ['createdAt', 'status', 'problem'] as const;

/** What the runner answers when it cannot take a run now, as both execution routes document it. */
export const RUNNER_BUSY_ANSWERS = {
  409: { description: 'CONFLICT: the run was cancelled (by its owner, or superseded by a newer run on its channel)' },
  429: { description: 'RATE_LIMIT_EXCEEDED: too many requests, or too many of your runs running or waiting (Retry-After)' },
  503: { description: 'SERVICE_UNAVAILABLE: the runner is busy (Retry-After) or has no sandbox' },
} as const;
