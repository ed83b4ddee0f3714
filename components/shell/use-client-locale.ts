'use client';

import { useSyncExternalStore } from 'react';
import { isLocale, type Locale } from '@/lib/i18n/messages';

const noop = () => () => {};

/** The locale the page was rendered in (<html lang>, or the cookie when there is no layout): for error boundaries, which cannot read cookies on the server. */
export function useClientLocale(): Locale {
  return useSyncExternalStore(
    noop,
    () => {
      const fromHtml = document.documentElement.lang;
      if (isLocale(fromHtml)) return fromHtml;
      const fromCookie = /(?:^|;\s*)locale=([^;]+)/.exec(document.cookie)?.[1];
      return isLocale(fromCookie) ? fromCookie : 'zh-TW';
    },
    () => 'zh-TW',
  );
}
