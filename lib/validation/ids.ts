import { z } from 'zod';
import type { FieldKey } from '@/lib/i18n/validation-messages';
import { ID_PREFIX, type IdKind } from '@/lib/ids';
import { keyed, says } from './messages';

const MAX_ROW_ID = 2_147_483_647;

/**
 * An id in a v1 body, as codemeet-api.md writes it (`"usr_42"`), or the bare number as text
 * (`"42"`) or as a JSON number (`42`): decision V2 in docs/api-decisions.md. Anything else is
 * the caller's 400.
 */
export function v1IdField(kind: IdKind, field: FieldKey) {
  const prefix = ID_PREFIX[kind];
  const pattern = new RegExp(`^(?:${prefix}_)?([1-9][0-9]{0,9})$`);
  const invalid = says('id', { field, example: `${prefix}_42` });
  return keyed(z.union([z.string(), z.number()]), () => invalid.params).transform((value, ctx) => {
    const match = typeof value === 'string' ? pattern.exec(value) : null;
    const id = typeof value === 'number' ? value : match ? Number(match[1]) : NaN;
    if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ROW_ID) {
      ctx.addIssue({ code: 'custom', ...invalid });
      return z.NEVER;
    }
    return id;
  });
}
