'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/app/_lib/actions';
import { runOutput, submissionOutput } from '@/lib/execution/present';
import { runOnQuestion, submitSolution } from '@/lib/execution/service';
import { AppError } from '@/lib/errors';
import { submissionBody } from '@/lib/validation/execution';

/** The same body as POST /api/v1/submissions; the practice pages judge bank questions only. */
function questionIdOf(input: { questionId?: number }): number {
  if (input.questionId === undefined) throw new AppError('QUESTION_NOT_FOUND', 'Question not found');
  return input.questionId;
}

/** "Run": the question's visible cases, or the caller's own, judged and not kept. */
export const runPracticeAction = authedAction(submissionBody, async (input, { db, actor }) =>
  runOutput(
    await runOnQuestion(db, actor, {
      questionId: questionIdOf(input),
      language: input.language,
      code: input.code,
      testCases: input.testCases,
    }),
  ),
);

/** "Submit": every case, hidden and largest included, judged and kept. */
export const submitPracticeAction = authedAction(submissionBody, async (input, { db, actor }) => {
  const outcome = await submitSolution(
    db,
    actor,
    { questionId: questionIdOf(input), language: input.language, code: input.code },
    { waitMs: 120_000 },
  );
  // Still waiting after two minutes: it stays queued and lands in the list of submissions when judged.
  if (!outcome.done)
    throw new AppError('SERVICE_UNAVAILABLE', 'The code runner is busy: your submission is queued and will appear in your submissions', {
      retryAfter: 10,
    });
  revalidatePath('/practice');
  return submissionOutput(outcome.value);
});
