import { z } from 'zod';
import { LANGUAGES, findLanguage } from '@/lib/vocabulary/languages';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import { requiredString } from './common';
import { v1IdField } from './ids';

export const LANGUAGE_IDS = Object.keys(LANGUAGES);

/** "JavaScript", "js", "python3", "C++", … resolve to the engine's language ids. */
export const languageSchema = requiredString('language').transform((value, ctx) => {
  const language = findLanguage(value);
  if (!language) {
    ctx.addIssue({ code: 'custom', message: `Language must be one of ${LANGUAGE_IDS.join(', ')}` });
    return z.NEVER;
  }
  return language.id;
});

export const codeSchema = requiredString('code').min(1, 'Code is required').max(MAX_CODE_LENGTH, CODE_TOO_LONG);

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
      input: requiredString('testCaseInput').max(100_000, 'Test case input must be at most 100,000 characters'),
      expectedOutput: requiredString('expectedOutput').max(100_000, 'Expected output must be at most 100,000 characters'),
    }),
    { error: 'testCases must be a list of { input, expectedOutput }' },
  )
  .min(1, 'Give at least one test case, or leave testCases out to use the problem’s own')
  .max(50, 'At most 50 test cases');

/** A question of the practice bank (§3), as `q_12`, `"12"` or `12`. */
const questionIdField = v1IdField('question', 'questionId');

// codemeet-api.md 4.4's body, judged against a question of the practice bank: by id, or by its slug (`problem`).
export const submissionBody = z
  .object({
    problem: z
      .string({ error: 'problem must be a question slug such as two-sum' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'problem must be a question slug such as two-sum')
      .max(100, 'problem must be a question slug such as two-sum')
      .optional(),
    questionId: questionIdField.optional(),
    language: languageSchema,
    code: codeSchema,
    testCases: testCasesSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.problem === undefined) === (body.questionId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questionId'],
        message: 'Give either questionId (a practice-bank question) or problem (its slug)',
      });
    }
  })
  .transform(({ problem, questionId, ...rest }) => ({
    ...rest,
    ...(questionId !== undefined ? { questionId } : { problem: problem! }),
  }));

// A run on a question's visible cases or the caller's own (POST /api/v1/questions/{questionId}/runs).
export const questionRunBody = z.object({
  language: languageSchema,
  code: codeSchema,
  testCases: testCasesSchema.optional(),
});

// The practice page's Run and Submit: its question, the code, and (Run only) the caller's own cases.
export const practiceBody = questionRunBody.extend({ questionId: questionIdField });

export const SUBMISSION_SORT_FIELDS = ['createdAt', 'status', 'problem'] as const;

/** What the runner answers when it cannot take a run now, as both execution routes document it. */
export const RUNNER_BUSY_ANSWERS = {
  409: { description: 'CONFLICT: the run was cancelled (by its owner, or superseded by a newer run on its channel)' },
  429: { description: 'RATE_LIMIT_EXCEEDED: too many requests, or too many of your runs running or waiting (Retry-After)' },
  503: { description: 'SERVICE_UNAVAILABLE: the runner is busy (Retry-After) or has no sandbox' },
} as const;
