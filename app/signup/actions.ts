'use server';

import { validatedAction } from '@/app/_lib/actions';
import { signUp } from '@/lib/users/service';
import { legacySignupBody } from '@/lib/validation/users';

export const signupAction = validatedAction(legacySignupBody, async (input, { db, origin }) => {
  await signUp(db, origin, input);
  return true;
});
