import { z } from 'zod';

export const PASSWORD_RULE_MESSAGE =
  'Password must be at least 8 characters and contain an upper-case letter, a lower-case letter and a digit';

/** Both contracts: "必須8碼以上，且必須有大小寫字母及數字". */
/** "Name is required" when absent, "Name must be text" when of another type. */
export const requiredString = (field: string) =>
  z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? `${field} is required` : `${field} must be text`) });

export const passwordSchema = requiredString('Password')
  .max(128, 'Password must be at most 128 characters')
  .refine((v) => v.length >= 8 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v), PASSWORD_RULE_MESSAGE);

export const emailSchema = requiredString('Email')
  .trim()
  .toLowerCase()
  .pipe(z.email('Email must be a valid email address').max(254, 'Email must be at most 254 characters'));

/** Trimmed text that must not be empty. */
export const text = (field: string, max: number) =>
  requiredString(field).trim().min(1, `${field} is required`).max(max, `${field} must be at most ${max} characters`);

/** Optional profile text: empty string or null clears it. */
export const clearableText = (field: string, max: number) =>
  z.union([z.string().trim().max(max, `${field} must be at most ${max} characters`), z.null()]).transform((v) => (v ? v : null));
