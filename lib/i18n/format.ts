/**
 * The one place that formats moments and numbers for people. Each moment is read in an explicit
 * time zone (Asia/Taipei, the product's market) and written from its numeric parts with our own
 * separators, never with a locale's pattern: Node's ICU and the browser's disagree on those (Node
 * 20 puts a thin space, U+2009, between date and time in zh-TW where Chromium puts a space), and any
 * difference is a hydration error (React #418). So the server and every browser write the same text.
 */
interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

const TAIPEI_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Taipei',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function taipeiParts(at: Date | string): Parts {
  const parts: Partial<Parts> = {};
  for (const part of TAIPEI_PARTS.formatToParts(new Date(at))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour' || part.type === 'minute')
      parts[part.type] = part.value;
  }
  return parts as Parts;
}

/** A moment as Taiwan reads it, short: "12/8 09:21" (month/day, 24-hour time), the same in both languages. */
export function taipeiDateTime(at: Date | string): string {
  const p = taipeiParts(at);
  return `${p.month}/${p.day} ${p.hour}:${p.minute}`;
}

/** A day as Taiwan reads it, with the year: "2026/12/8". */
export function taipeiDate(at: Date | string): string {
  const p = taipeiParts(at);
  return `${p.year}/${p.month}/${p.day}`;
}

/** A moment with its year, for posts and comments that stay up for years: "2026/12/8 09:21". */
export function taipeiDateTimeWithYear(at: Date | string): string {
  const p = taipeiParts(at);
  return `${p.year}/${p.month}/${p.day} ${p.hour}:${p.minute}`;
}

/** A ratio (0–1) as a percentage with at most one decimal: "52.3%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}
