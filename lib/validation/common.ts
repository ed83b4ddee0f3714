import { z } from 'zod';
import type { FieldKey } from '@/lib/i18n/validation-messages';
import { keyed, says, textIssue } from './messages';

/** "Name is required" when absent, "Name must be text" when of another type; its checks' too short and too long the same way. */
export const requiredString = (field: FieldKey) => keyed(z.string(), textIssue(field));

/** Both contracts: "必須8碼以上，且必須有大小寫字母及數字". */
export const passwordSchema = requiredString('password')
  .max(128)
  .refine((v) => v.length >= 8 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v), says('passwordRule'));

export const emailSchema = requiredString('email')
  .trim()
  .toLowerCase()
  .pipe(keyed(z.email().max(254), (issue) => (issue.code === 'too_big' ? textIssue('email')(issue) : { key: 'emailInvalid' })));

/** Trimmed text that must not be empty. */
export const text = (field: FieldKey, max: number) => requiredString(field).trim().min(1).max(max);

/** Optional profile text: empty string or null clears it. */
export const clearableText = (field: FieldKey, max: number) =>
  z.union([keyed(z.string().trim().max(max), textIssue(field)), z.null()]).transform((v) => (v ? v : null));
