'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/app/_lib/actions';
import { updatePreferences } from '@/lib/users/service';
import { v1PreferencesBody } from '@/lib/validation/users';

export const updatePreferencesAction = authedAction(v1PreferencesBody, async (input, { db, actor }) => {
  const saved = await updatePreferences(db, actor, input);
  revalidatePath('/preferences');
  return saved.preferences;
});
