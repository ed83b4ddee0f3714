import { describe, expect, it } from 'vitest';
import { percent, taipeiDate, taipeiDateTime, taipeiDateTimeWithYear } from '@/lib/i18n/format';

describe('moments and numbers, formatted the same on the server and in every browser', () => {
  const at = '2026-12-08T02:30:00Z';

  it('reads a moment in Asia/Taipei, whatever the process time zone', () => {
    expect(taipeiDateTime(at)).toBe('12/8 10:30');
    expect(taipeiDate('2026-12-31T17:00:00Z')).toBe('2027/1/1');
    expect(taipeiDateTimeWithYear(new Date(at))).toBe('2026/12/8 10:30');
  });

  it('writes only ASCII separators (Node 20 ICU puts U+2009 where Chromium puts a space: React #418)', () => {
    for (const text of [taipeiDateTime(at), taipeiDate(at), taipeiDateTimeWithYear(at)]) expect(text).toMatch(/^[0-9/: ]+$/);
  });

  it('writes midnight as 00, never 24', () => {
    expect(taipeiDateTime('2026-12-07T16:05:00Z')).toBe('12/8 00:05');
  });

  it('rounds a ratio to one decimal place of a percent', () => {
    expect(percent(0.5234)).toBe('52.3%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
  });
});
