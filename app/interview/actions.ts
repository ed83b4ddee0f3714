'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { rowId, answerIndex } from '@/lib/ids';
import { presentInterview } from '@/lib/interviews/present';
import { deleteInterview, finishInterview, getInterview, saveAnswer, startInterview } from '@/lib/interviews/service';
import { answerBody, startInterviewBody } from '@/lib/validation/interviews';

/** Set-up: the questions are chosen and the interview kept; the page goes on to it. */
export const startInterviewAction = authedAction(startInterviewBody, async (input, { db, actor }) => {
  const interview = await startInterview(db, actor, input);
  return interview.id;
});

/** One answer, saved as it is given; the analyzer's feedback comes back with it. */
export const saveAnswerAction = authedAction(
  z.object({ id: z.string(), index: z.string(), answer: answerBody }),
  async (input, { db, actor }) => {
    const id = rowId(input.id);
    const index = answerIndex(input.index);
    await saveAnswer(db, actor, id, index, input.answer);
    const interview = presentInterview(await getInterview(db, actor, id));
    return interview.questions.find((q) => q.index === index)!;
  },
);

export const finishInterviewAction = authedAction(z.object({ id: z.string() }), async (input, { db, actor }) => {
  const interview = await finishInterview(db, actor, rowId(input.id));
  revalidatePath('/interview/records');
  return interview.id;
});

export const deleteInterviewAction = authedAction(z.object({ id: z.string() }), async (input, { db, actor }) => {
  await deleteInterview(db, actor, rowId(input.id));
  revalidatePath('/interview/records');
  return true;
});
