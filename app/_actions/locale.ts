'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { getWebActor } from '@/app/_lib/auth';
import { LOCALE_COOKIE } from '@/app/_lib/i18n';
import { isLocale } from '@/lib/i18n/messages';
import { setLocale } from '@/lib/users/service';

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  const actor = await getWebActor();
  if (actor) await setLocale(await getDb(), actor, locale);
  revalidatePath('/', 'layout');
}
