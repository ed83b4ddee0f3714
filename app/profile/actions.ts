'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/app/_lib/actions';
import { AppError } from '@/lib/errors';
import { replaceAvatar } from '@/lib/users/avatars';
import { updateProfile } from '@/lib/users/service';
import { profileUpdate } from '@/lib/validation/users';

export const updateProfileAction = authedAction(profileUpdate, async (input, { db, actor }) => {
  await updateProfile(db, actor, input);
  revalidatePath('/', 'layout');
  return true;
});

const avatarForm = z.instanceof(FormData);

export const uploadAvatarAction = authedAction(avatarForm, async (form, { db, actor }) => {
  const file = form.get('avatar');
  if (!(file instanceof Blob)) {
    throw new AppError('VALIDATION_ERROR', 'Avatar file is required', { fieldErrors: { avatar: ['Avatar file is required'] } });
  }
  const user = await replaceAvatar(db, actor, new Uint8Array(await file.arrayBuffer()));
  revalidatePath('/', 'layout');
  return user.avatarUrl;
});
