'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { deleteExperience, shareExperience, updateExperience } from '@/lib/experiences/service';
import { experienceBody, experiencePatchBody } from '@/lib/validation/career';

const experienceId = z.number().int().positive().max(2_147_483_647);

/** The pages that show experiences: the list and each one's page, the companies, the favorites. */
function revalidateLists() {
  revalidatePath('/experiences', 'layout');
  revalidatePath('/companies', 'layout');
  revalidatePath('/favorites');
}

export const shareExperienceAction = authedAction(experienceBody, async (input, { db, actor }) => {
  const { id } = await shareExperience(db, actor, input);
  revalidateLists();
  redirect(`/experiences/${id}`);
});

/** The fields' errors come back keyed `changes.<field>`; the form reads them without the prefix. */
export const updateExperienceAction = authedAction(
  z.object({ id: experienceId, changes: experiencePatchBody }),
  async ({ id, changes }, { db, actor }) => {
    await updateExperience(db, actor, id, changes);
    revalidateLists();
    redirect(`/experiences/${id}`);
  },
);

export const deleteExperienceAction = authedAction(z.object({ id: experienceId }), async ({ id }, { db, actor }) => {
  await deleteExperience(db, actor, id);
  revalidateLists();
  redirect('/experiences');
});
