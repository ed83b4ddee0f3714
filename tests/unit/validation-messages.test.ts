import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LOCALES } from '@/lib/i18n/messages';
import { VALIDATION_CATALOGUE, placeholdersOf } from '@/lib/i18n/validation-messages';
import { legacyResumeBody, discussionBody, experienceBody, commentBody } from '@/lib/validation/career';
import { startInterviewBody, answerBody } from '@/lib/validation/interviews';
import { joinQueueBody } from '@/lib/validation/matchmaking';
import { messageRefOf, validationErrorMap } from '@/lib/validation/messages';
import { legacySignupBody, profileUpdate, v1PreferencesBody } from '@/lib/validation/users';

/** Bad input for every schema a page submits through a server action, touching each keyed message. */
const PAGE_INPUT: Array<[string, z.ZodType, unknown]> = [
  ['sign-up, empty', legacySignupBody, {}],
  ['sign-up, wrong types', legacySignupBody, { name: 5, email: 'nope', account: 'a', password: 'short' }],
  [
    'sign-up, too long',
    legacySignupBody,
    { name: 'x'.repeat(51), email: `${'a'.repeat(250)}@x.tw`, account: 'ok_account', password: 'x'.repeat(129) },
  ],
  // Sex comes from a select, and a value outside it is answered as zod's union answers (as the API always has).
  ['profile', profileUpdate, { phone: 'abc', birthday: '2999/01/01', avatarUrl: 'javascript:x', address: 'x'.repeat(201) }],
  ['preferences', v1PreferencesBody, { languages: [''], enableVideo: 'yes' }],
  [
    'résumé rows',
    legacyResumeBody,
    {
      autobiography: 'x'.repeat(5001),
      education: [
        { school: '', admission_date: '2022/02/30', date_of_graduation: 'soon' },
        { school: 'A', admission_date: '2022/09/01', date_of_graduation: '2020/06/01' },
      ],
      work_experience: [
        { company: 'B', position: 'C', start_work: '2999/01/01', resign: 'x' },
        { company: 'B', position: 'C', start_work: '2023/01/01', resign: '2022/01/01' },
      ],
      Portfolio: [{ title: 'x'.repeat(101), url: 'ftp://x' }],
      skill: Array.from({ length: 51 }, (_, i) => `s${i}`),
    },
  ],
  ['résumé, not lists', legacyResumeBody, { education: 'x', skill: 'PHP' }],
  ['discussion', discussionBody, { title: '', content: 3, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }],
  ['discussion, tags not a list', discussionBody, { title: 'T', content: 'C', tags: 'a' }],
  ['comment', commentBody, { comment: '' }],
  [
    'experience',
    experienceBody,
    { interview_date: 'x', interview_result: 'x', interview_difficulty: 'x', interview_evaluation: 9, interview_question: 'x' },
  ],
  ['experience, too many questions', experienceBody, { interview_question: Array.from({ length: 31 }, () => 'q') }],
  ['interview', startInterviewBody, { position: '', question_count: 99, seconds_per_answer: 1.5, language: 'fr', description: 1 }],
  ['answer', answerBody, { answer: 'x'.repeat(10_001), mode: 'x', duration_ms: -1 }],
  ['queue', joinQueueBody, { role: 'x', enableVideo: 'x' }],
];

describe('the validation catalogue', () => {
  it('has every message and every field label in both languages, using only the arguments the message has', () => {
    for (const table of [VALIDATION_CATALOGUE.messages, VALIDATION_CATALOGUE.fields]) {
      const keys = Object.keys(table.en);
      for (const locale of LOCALES) {
        expect(Object.keys(table[locale]).sort(), locale).toEqual([...keys].sort());
        for (const key of keys) {
          const text = (table[locale] as Record<string, string>)[key];
          expect(text, `${locale} ${key}`).toMatch(/\S/);
          const given = placeholdersOf((table.en as Record<string, string>)[key]!);
          for (const name of placeholdersOf(text!)) expect(given, `${locale} ${key}`).toContain(name);
        }
      }
    }
  });

  it.each(PAGE_INPUT)('names a catalogue key for every issue of a page’s form (%s)', (_name, schema, input) => {
    const keys: string[] = [];
    const result = schema.safeParse(input, {
      error: (issue) => {
        const ref = messageRefOf(issue);
        keys.push(ref?.key ?? `unkeyed ${issue.code} at ${issue.path?.join('.')}`);
        return undefined;
      },
    });
    expect(result.success).toBe(false);
    for (const key of keys) expect(Object.keys(VALIDATION_CATALOGUE.messages.en)).toContain(key);
  });

  it.each(PAGE_INPUT)('shows a page’s form errors in Chinese to a zh-TW visitor (%s)', (_name, schema, input) => {
    const result = schema.safeParse(input, { error: validationErrorMap('zh-TW') });
    const messages = result.error?.issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => i.message) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/[\u3400-\u9fff]/);
  });

  it('answers the API in English, as it always has', () => {
    const result = legacySignupBody.safeParse({ name: 5, email: 'nope', account: 'a', password: 'short' });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Name must be text',
      'Email must be a valid email address',
      'Account must be 3–32 letters, digits, dot, dash or underscore',
      'Password must be at least 8 characters and contain an upper-case letter, a lower-case letter and a digit',
    ]);
  });
});
