import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { LanguageId } from '@/lib/vocabulary/languages';
import { CODE_TOO_LONG, MAX_CODE_LENGTH } from '@/lib/code-limits';
import { languageSchema } from './execution';
import { v1IdField } from './ids';

/** A draft may be empty (the user cleared the editor), never longer than code the app runs. */
export const draftCode = z.string({ error: 'Code must be text' }).max(MAX_CODE_LENGTH, CODE_TOO_LONG);

/** PUT /api/v1/questions/{questionId}/drafts/{language}'s body. */
export const draftBody = z.object({ code: draftCode });

/** The page's server actions: which draft, and (to save) its code. */
export const draftKeyInput = z.object({ questionId: v1IdField('question', 'questionId'), language: languageSchema });
export const saveDraftInput = draftKeyInput.extend({ code: draftCode });

// The language is checked after the body, in the handler (draftLanguage): a route that answers
// from its path before reading the body leaves a large body unread, and the client then sees the
// connection reset instead of the answer; checked there, a NUL in the body is named as well.
export const draftParams = z.object({
  questionId: z.string().meta({ example: 'q_1' }),
  language: z.string().meta({ example: 'python' }),
});

/** The path's language, refused as a field of the request (400 VALIDATION_ERROR) when the judge knows no such language. */
export function draftLanguage(value: string): LanguageId {
  const parsed = languageSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError('VALIDATION_ERROR', 'One or more validation errors occurred.', {
    fieldErrors: { language: parsed.error.issues.map((issue) => issue.message) },
  });
}

export const draftResponse = z
  .object({ questionId: z.string(), language: z.string(), code: z.string(), updatedAt: z.string() })
  .meta({ id: 'PracticeDraft' });

export const draftListResponse = z.object({ drafts: z.array(draftResponse) });
