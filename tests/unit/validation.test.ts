import { describe, expect, it } from 'vitest';
import { legacyProfilePatchBody, legacySignupBody, v1PreferencesBody, v1RegisterBody } from '@/lib/validation/users';

describe('the password rule (8+ characters with upper, lower and digit)', () => {
  const ok = { name: 'Jane', email: 'jane@example.com', account: 'jane99168' };
  it.each(['dfgdf441geDSFs', 'Abcdefg1'])('accepts %s', (password) => {
    expect(legacySignupBody.safeParse({ ...ok, password }).success).toBe(true);
  });
  it.each(['Abcdef1', 'abcdefg1', 'ABCDEFG1', 'Abcdefgh', ''])('rejects %j with one message on the password field', (password) => {
    const result = legacySignupBody.safeParse({ ...ok, password });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['password']);
  });
});

describe('profile fields', () => {
  it('gives a Taiwanese mobile number sent as a JSON number its leading zero back', () => {
    expect(legacyProfilePatchBody.parse({ phone: 912345678 })).toEqual({ phone: '0912345678' });
    expect(legacyProfilePatchBody.parse({ phone: '04-2219-6000' })).toEqual({ phone: '04-2219-6000' });
  });

  it('normalises birthdays to the contract’s YYYY/MM/DD and refuses impossible or future dates', () => {
    expect(legacyProfilePatchBody.parse({ birthday: '2002-1-5' })).toEqual({ birthday: '2002/01/05' });
    expect(legacyProfilePatchBody.safeParse({ birthday: '2002/02/30' }).success).toBe(false);
    expect(legacyProfilePatchBody.safeParse({ birthday: '2999/01/01' }).success).toBe(false);
  });

  it('maps the contract’s "avator" and snake_case names onto the profile, and clears with null or ""', () => {
    expect(legacyProfilePatchBody.parse({ avator: '/api/avatars/7-abcdefghijklmnop.png', highest_education: '大學', address: '' })).toEqual(
      {
        avatarUrl: '/api/avatars/7-abcdefghijklmnop.png',
        highestEducation: '大學',
        address: null,
      },
    );
    expect(legacyProfilePatchBody.parse({ avatar: 'https://images.example/me.jpg' })).toEqual({
      avatarUrl: 'https://images.example/me.jpg',
    });
    expect(legacyProfilePatchBody.parse({ avatar: null })).toEqual({ avatarUrl: null });
  });

  it('takes an avatar only as an upload of this site or an https: image', () => {
    for (const avatar of [
      'javascript:alert(1)',
      'http://images.example/me.jpg',
      'data:image/png;base64,AAAA',
      '/a.png',
      '/api/avatars/../x.png',
      'https://user:pw@images.example/x.png',
      'me.jpg',
    ]) {
      expect(legacyProfilePatchBody.safeParse({ avatar }).success, avatar).toBe(false);
    }
  });

  it('refuses fields it does not know, so a client cannot set its own role', () => {
    expect(legacyProfilePatchBody.safeParse({ role: 'admin' }).success).toBe(false);
  });
});

describe('v1 bodies', () => {
  it('lower-cases emails and checks time zones', () => {
    expect(v1RegisterBody.parse({ email: ' John@Example.COM ', password: 'Passw0rdOk', displayName: 'J' }).email).toBe('john@example.com');
    expect(
      v1RegisterBody.safeParse({ email: 'j@example.com', password: 'Passw0rdOk', displayName: 'J', timezone: 'Mars/Base' }).success,
    ).toBe(false);
  });

  it('normalises difficulty and removes duplicate languages', () => {
    expect(v1PreferencesBody.parse({ difficulty: 'hard', languages: ['Go', 'Go', 'Python'] })).toEqual({
      difficulty: 'Hard',
      languages: ['Go', 'Python'],
    });
  });
});

describe('field messages on the pages', () => {
  it('are shown in Traditional Chinese to a zh-TW visitor, field names included, and in English otherwise', async () => {
    const { validationErrorMap } = await import('@/lib/validation/messages');
    const { discussionBody } = await import('@/lib/validation/career');
    const body = { content: 'x'.repeat(20_001) };
    const messages = (locale?: 'zh-TW' | 'en') =>
      discussionBody.safeParse(body, locale ? { error: validationErrorMap(locale) } : undefined).error?.issues.map((i) => i.message);
    expect(messages('zh-TW')).toEqual(['請填寫標題', '內容最多 20000 個字']);
    expect(messages('en')).toEqual(['Title is required', 'Content must be at most 20000 characters']);
    // What the API answers: English, with no error map given.
    expect(messages()).toEqual(messages('en'));
  });

  it('keep a service’s keyed field errors for the page, and English for the API', async () => {
    const { AppError } = await import('@/lib/errors');
    const { localizeFieldMessages } = await import('@/lib/i18n/field-errors');
    const error = new AppError('CONFLICT', 'Email is already registered', { fieldMessages: { email: [{ key: 'emailTaken' }] } });
    expect(error.fieldErrors).toEqual({ email: ['Email is already registered'] });
    expect(localizeFieldMessages(error.fieldMessages!, 'zh-TW')).toEqual({ email: ['信箱已註冊過'] });
  });
});
