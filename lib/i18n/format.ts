/** A moment as Taiwan reads it, short (month, day, 24-hour time), in the page's language: server and client alike. */
export function taipeiDateTime(at: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Taipei',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

/** A day as Taiwan reads it, with the year (2026/12/8 in zh-TW): server and client alike. */
export function taipeiDate(at: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Taipei', year: 'numeric', month: 'numeric', day: 'numeric' }).format(
    new Date(at),
  );
}

/** A moment with its year (2026/12/8 09:21 in zh-TW), for posts and comments that stay up for years. */
export function taipeiDateTimeWithYear(at: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Taipei',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}
