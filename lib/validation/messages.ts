import { z } from 'zod';
import type { Locale } from '@/lib/i18n/messages';
import {
  formatValidationMessage,
  type FieldKey,
  type MessageRef,
  type MessageValues,
  type ValidationKey,
} from '@/lib/i18n/validation-messages';

/**
 * Messages by key, through zod's own error customisation. A schema names its messages in one of
 * two ways, and never as text:
 * - a refinement or a transform's issue carries them in its `params` (`says(key, values)`);
 * - a schema's built-in checks (type, length, format) are answered by a resolver registered on
 *   the schema (`keyed(schema, issue => …)`); zod gives every issue its owning schema.
 * The error map turns the key into text in a locale: English by default (z.config, so every
 * parse, in either module graph, answers as the API always has), the visitor's language when a
 * page parses with `{ error: validationErrorMap(locale) }`.
 */
export type Resolver = (issue: IssueFacts) => MessageRef | undefined;

/** What a resolver reads of an issue. */
export interface IssueFacts {
  code: z.core.$ZodIssueCode;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const resolvers = z.registry<{ resolve: Resolver }>();

/** A message by key, for a custom issue's or a refinement's `params`. */
export function says(key: ValidationKey, values?: MessageValues): { params: MessageRef } {
  return { params: values ? { key, values } : { key } };
}

/**
 * The schema, whose own issues are given messages by `resolve`, falling back on what the schema
 * it was built from resolved (checks added later keep both).
 */
export function keyed<S extends z.ZodType>(schema: S, resolve: Resolver): S {
  const inherited = resolvers.get(schema)?.resolve;
  const own: Resolver = inherited ? (issue) => resolve(issue) ?? inherited(issue) : resolve;
  resolvers.add(schema as z.ZodType, { resolve: own });
  return schema;
}

function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string';
}

/** The key an issue carries: its own params, else its schema's resolver. */
export function messageRefOf(issue: z.core.$ZodRawIssue): MessageRef | undefined {
  if (issue.code === 'custom' && isMessageRef(issue.params)) return issue.params;
  return issue.schema ? resolvers.get(issue.schema)?.resolve(issue as IssueFacts) : undefined;
}

/** Messages in this locale for keyed issues; others keep zod's own. */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    const ref = messageRefOf(issue);
    return ref ? formatValidationMessage(locale, ref) : undefined;
  };
}

z.config({ customError: validationErrorMap('en') });

/** The usual answers of a text field: absent or of another type, too short to be given, too long. */
export function textIssue(field: FieldKey): Resolver {
  return (issue): MessageRef | undefined => {
    if (issue.code === 'invalid_type') return { key: issue.input == null ? 'required' : 'notText', values: { field } };
    if (issue.code === 'too_small' && Number(issue.minimum) === 1) return { key: 'required', values: { field } };
    if (issue.code === 'too_big') return { key: 'tooLong', values: { field, max: Number(issue.maximum) } };
    return undefined;
  };
}
