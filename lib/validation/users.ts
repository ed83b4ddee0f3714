import { z } from 'zod';
import { AVATAR_FILE_PATTERN, AVATAR_ROUTE } from '@/lib/users/avatars';
import { clearableText, emailSchema, passwordSchema, requiredString, text } from './common';
import { keyed, says } from './messages';

export const accountSchema = keyed(
  requiredString('account')
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,32}$/),
  (issue) => (issue.code === 'invalid_format' ? { key: 'accountFormat' } : undefined),
);

/** Dates arrive as "2002/01/01" (the contract) or "2002-01-01"; stored as the contract writes them. */
export const birthdaySchema = z.union([z.string().trim(), z.null()]).transform((value, ctx) => {
  if (!value) return null;
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3]) || date > new Date()) {
    ctx.addIssue({ code: 'custom', ...says('birthdayInvalid') });
    return z.NEVER;
  }
  return `${m[1]}/${m[2]!.padStart(2, '0')}/${m[3]!.padStart(2, '0')}`;
});

/**
 * The contract sends phone as a JSON number (0912345678), which cannot keep its leading zero:
 * numbers are accepted and a Taiwanese 9-digit mobile number gets its 0 back.
 */
export const phoneSchema = z.union([z.string().trim(), z.number().int().nonnegative(), z.null()]).transform((value, ctx) => {
  if (value === null || value === '') return null;
  let digits = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'number' && /^9\d{8}$/.test(digits)) digits = `0${digits}`;
  if (!/^\+?[0-9][0-9 -]{5,19}$/.test(digits)) {
    ctx.addIssue({ code: 'custom', ...says('phoneFormat') });
    return z.NEVER;
  }
  return digits;
});

/** An avatar is a file uploaded here (whose owner the service checks) or an image on an https: site; nothing else renders safely. */
export const avatarUrlSchema = clearableText('avatar', 500).refine((value) => {
  if (value === null) return true;
  if (value.startsWith(AVATAR_ROUTE)) return AVATAR_FILE_PATTERN.test(value.slice(AVATAR_ROUTE.length));
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}, says('avatarUrl'));

export const sexSchema = z.union([keyed(z.enum(['F', 'M']), () => ({ key: 'sexInvalid' })), z.null()]);

// ai-interview-api.md Users 2
export const legacySignupBody = z.object({
  name: text('name', 50),
  email: emailSchema,
  account: accountSchema,
  password: passwordSchema,
});

// ai-interview-api.md Users 1
export const legacyLoginBody = z.object({
  account: text('account', 254),
  password: requiredString('password').min(1, 'Password is required').max(128),
  keep_logged_in: z.boolean({ error: 'keep_logged_in must be true or false' }).optional().default(false),
});

/** Profile fields shared by the legacy PATCH, the profile page's action and the service. */
export const profileUpdate = z
  .object({
    name: text('name', 50),
    avatarUrl: avatarUrlSchema,
    phone: phoneSchema,
    address: clearableText('address', 200),
    sex: sexSchema,
    birthday: birthdaySchema,
    status: clearableText('status', 50),
    highestEducation: clearableText('highestEducation', 50),
    seniority: clearableText('seniority', 50),
  })
  .partial()
  .strict();
export type ProfileUpdate = z.infer<typeof profileUpdate>;

// ai-interview-api.md Users 5: snake_case, and the contract's "avator" spelling beside "avatar".
export const legacyProfilePatchBody = z
  .object({
    name: text('name', 50),
    avator: avatarUrlSchema,
    avatar: avatarUrlSchema,
    phone: phoneSchema,
    address: clearableText('address', 200),
    sex: sexSchema,
    birthday: birthdaySchema,
    status: clearableText('status', 50),
    highest_education: clearableText('highestEducation', 50),
    seniority: clearableText('seniority', 50),
  })
  .partial()
  .strict()
  .transform(({ avator, avatar, highest_education, ...rest }): ProfileUpdate => {
    const out: ProfileUpdate = { ...rest };
    if (avatar !== undefined || avator !== undefined) out.avatarUrl = avatar ?? avator ?? null;
    if (highest_education !== undefined) out.highestEducation = highest_education;
    return out;
  });

export const timezoneSchema = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'Timezone must be an IANA time zone such as Asia/Taipei');

// codemeet-api.md 1.1
export const v1RegisterBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: text('displayName', 50),
  timezone: timezoneSchema.optional(),
});

// codemeet-api.md 1.2
export const v1LoginBody = z.object({
  email: text('email', 254),
  password: requiredString('password').min(1, 'Password is required').max(128),
});

export const v1RefreshBody = z.object({
  refreshToken: requiredString('refreshToken').min(16, 'Refresh token is malformed').max(200),
});

export const DIFFICULTIES = ['Easy', 'Medium', 'Hard'] as const;
export const difficultySchema = z
  .string()
  .trim()
  .transform((v) => v.charAt(0).toUpperCase() + v.slice(1).toLowerCase())
  .pipe(z.enum(DIFFICULTIES, { error: 'Difficulty must be Easy, Medium or Hard' }));

// codemeet-api.md 1.4: omitted fields keep their current value.
export const v1PreferencesBody = z
  .object({
    languages: z
      .array(text('language', 30), { error: 'Languages must be a list of language names' })
      .max(10, 'At most 10 languages')
      .transform((list) => [...new Set(list)]),
    difficulty: difficultySchema,
    enableVideo: keyed(z.boolean(), () => ({ key: 'enableVideo' })),
  })
  .partial()
  .strict();
export type PreferencesUpdate = z.infer<typeof v1PreferencesBody>;
