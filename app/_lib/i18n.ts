import 'server-only';
import { cookies } from 'next/headers';
import { DEFAULT_LOCALE, MESSAGES, isLocale, type Dictionary, type Locale, type Messages } from '@/lib/i18n/messages';

export const LOCALE_COOKIE = 'locale';

/** The language the visitor chose (cookie); zh-TW, the product's language, until they choose. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: MESSAGES[locale] };
}

/** A feature's strings in the visitor's language. */
export async function getDictionary<T>(dictionary: Dictionary<T>): Promise<{ locale: Locale; d: T }> {
  const locale = await getLocale();
  return { locale, d: dictionary[locale] };
}
