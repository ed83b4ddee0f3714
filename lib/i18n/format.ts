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

/** A ratio (0–1) as a percentage with at most one decimal, in the page's language: "52.3%". */
export function percent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}
