'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/app/_lib/actions';
import { AppError } from '@/lib/errors';
import { runOutput, submissionOutput } from '@/lib/execution/present';
import { discardDraft, saveDraft } from '@/lib/practice/drafts';
import { runOnQuestion, submitSolution } from '@/lib/submissions/service';
import { draftKeyInput, saveDraftInput } from '@/lib/validation/drafts';
import { practiceBody } from '@/lib/validation/execution';

/** "Run": the question's visible cases, or the caller's own, judged and not kept. */
export const runPracticeAction = authedAction(practiceBody, async (input, { db, actor }) => {
  const outcome = await runOnQuestion(db, actor, input);
  if (!outcome.done) throw new AppError('SERVICE_UNAVAILABLE', 'The code runner is busy; your run is still waiting', { retryAfter: 5 });
  return runOutput(outcome.value);
});

/** "Submit": every case of the question, hidden and largest included, judged and kept. */
export const submitPracticeAction = authedAction(practiceBody, async (input, { db, actor }) => {
  const outcome = await submitSolution(
    db,
    actor,
    { questionId: input.questionId, language: input.language, code: input.code },
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

/** The editor's draft, saved a second after typing stops and when it loses focus (api-decisions V19). */
export const saveDraftAction = authedAction(saveDraftInput, async (input, { db, actor }) => {
  const saved = await saveDraft(db, actor, input);
  return { updatedAt: saved.updatedAt.toISOString() };
});

/** Discard: the editor goes back to the starter code. */
export const discardDraftAction = authedAction(draftKeyInput, async (input, { db, actor }) => {
  await discardDraft(db, actor, input);
  return null;
});
