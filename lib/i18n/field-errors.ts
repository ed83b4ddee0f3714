import type { FieldErrors, FieldMessages } from '@/lib/errors';
import { emptyRecord } from '@/lib/validation/hostile';
import type { Locale } from './messages';
import { formatValidationMessage } from './validation-messages';

/**
 * Field errors for a page, in the visitor's language. Validation issues come out of the shared
 * schemas already in the page's language (lib/validation/messages.ts: the page parses with
 * validationErrorMap(locale)); a service's field errors are rendered here from their keys.
 * Either way the text comes from the catalogue by key, never by matching English.
 */
export function localizeFieldMessages(messages: FieldMessages, locale: Locale): FieldErrors {
  const out = emptyRecord<string[]>();
  for (const [key, refs] of Object.entries(messages)) out[key] = refs.map((ref) => formatValidationMessage(locale, ref));
  return out;
}
