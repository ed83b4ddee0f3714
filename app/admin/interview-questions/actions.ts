'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { InterviewQuestion } from '@/db/schema';
import { authedAction } from '@/app/_lib/actions';
import { createBankQuestion, retireBankQuestion, updateBankQuestion } from '@/lib/interviews/bank';
import { bankQuestionBody } from '@/lib/validation/interviews';
import { BANK_PATH } from './_components/list-query';

const questionId = z.number().int().positive().max(2_147_483_647);

/** Back to the list where the saved question sits (its family, kind and status), named at the top. */
function listHrefOf(question: InterviewQuestion): string {
  const params = new URLSearchParams({ family: question.family, kind: question.kind });
  if (question.status === 'retired') params.set('status', 'retired');
  params.set('saved', String(question.id));
  return `${BANK_PATH}?${params}`;
}

export const createBankQuestionAction = authedAction(bankQuestionBody, async (input, { db, actor }) => {
  const question = await createBankQuestion(db, actor, input);
  revalidatePath(BANK_PATH, 'layout');
  redirect(listHrefOf(question));
});

/**
 * The form sends every field, so an edit is checked as a whole question (bankQuestionBody), not
 * as a patch: nothing can be left out by mistake. Errors come back keyed `changes.<field>`.
 */
export const updateBankQuestionAction = authedAction(
  z.object({ id: questionId, changes: bankQuestionBody }),
  async ({ id, changes }, { db, actor }) => {
    const question = await updateBankQuestion(db, actor, id, changes);
    revalidatePath(BANK_PATH, 'layout');
    redirect(listHrefOf(question));
  },
);

export const retireBankQuestionAction = authedAction(z.object({ id: questionId }), async ({ id }, { db, actor }) => {
  await retireBankQuestion(db, actor, id);
  revalidatePath(BANK_PATH, 'layout');
  return true;
});

export const restoreBankQuestionAction = authedAction(z.object({ id: questionId }), async ({ id }, { db, actor }) => {
  await updateBankQuestion(db, actor, id, { status: 'published' });
  revalidatePath(BANK_PATH, 'layout');
  return true;
});
