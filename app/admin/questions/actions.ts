'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { createQuestion, proveQuestionDraft, retireQuestion, updateQuestion } from '@/lib/questions/admin';
import type { QuestionWithCases } from '@/lib/questions/service';
import { createQuestionBody, updateQuestionBody } from '@/lib/validation/question-admin';
import { QUESTIONS_PATH } from './_components/list-query';

const questionId = z.number().int().positive().max(2_147_483_647);

/** Back to the list, narrowed to the saved question. */
function listHrefOf({ question }: QuestionWithCases): string {
  return `${QUESTIONS_PATH}?${new URLSearchParams({ q: question.slug, status: 'all' })}`;
}

function revalidateBank() {
  revalidatePath(QUESTIONS_PATH, 'layout');
  revalidatePath('/practice', 'layout');
}

export const createQuestionAction = authedAction(createQuestionBody, async (input, { db, actor }) => {
  const saved = await createQuestion(db, actor, input);
  revalidateBank();
  redirect(listHrefOf(saved));
});

/** The form sends every field; errors come back keyed `changes.<field>`. */
export const updateQuestionAction = authedAction(
  z.object({ id: questionId, changes: updateQuestionBody }),
  async ({ id, changes }, { db, actor }) => {
    const saved = await updateQuestion(db, actor, id, changes);
    revalidateBank();
    redirect(listHrefOf(saved));
  },
);

/** "Run proof": the question as the form holds it, judged but not saved. */
export const proveQuestionAction = authedAction(createQuestionBody, async (input, { db, actor }) => proveQuestionDraft(db, actor, input));

export const retireQuestionAction = authedAction(z.object({ id: questionId }), async ({ id }, { db, actor }) => {
  await retireQuestion(db, actor, id);
  revalidateBank();
  return true;
});

/** Publishing a retired question again runs its proof, as any publication does. */
export const restoreQuestionAction = authedAction(z.object({ id: questionId }), async ({ id }, { db, actor }) => {
  await updateQuestion(db, actor, id, { status: 'published' });
  revalidateBank();
  return true;
});
