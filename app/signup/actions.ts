'use server';

import { validatedAction } from '@/lib/actions';
import { registerUser } from '@/lib/users/service';
import { legacySignupBody } from '@/lib/validation/users';

export const signupAction = validatedAction(legacySignupBody, async (input, db) => {
  await registerUser(db, input);
  return true;
});
