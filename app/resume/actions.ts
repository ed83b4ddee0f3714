'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/app/_lib/actions';
import { saveResume } from '@/lib/resumes/service';
import { legacyResumeBody } from '@/lib/validation/career';

/** The editor saves the whole résumé (the contract's shape and rules), created on the first save. */
export const saveResumeAction = authedAction(legacyResumeBody, async (input, { db, actor }) => {
  const saved = await saveResume(db, actor, {
    autobiography: input.autobiography ?? '',
    education: input.education ?? [],
    workExperience: input.workExperience ?? [],
    portfolio: input.portfolio ?? [],
    skills: input.skills ?? [],
  });
  revalidatePath('/resume');
  return saved.updatedAt.toISOString();
});
