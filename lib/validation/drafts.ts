import { z } from 'zod';
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

export const draftParams = z.object({
  questionId: z.string().meta({ example: 'q_1' }),
  language: languageSchema.meta({ example: 'python' }),
});

export const draftResponse = z
  .object({ questionId: z.string(), language: z.string(), code: z.string(), updatedAt: z.string() })
  .meta({ id: 'PracticeDraft' });

export const draftListResponse = z.object({ drafts: z.array(draftResponse) });
