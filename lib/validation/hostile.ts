import type { FieldErrors } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/messages';
import { formatValidationMessage } from '@/lib/i18n/validation-messages';

/**
 * Input from clients is hostile. PostgreSQL refuses U+0000 in text and jsonb, so a NUL that
 * reached a query would be a 500; every entry point (route core, server actions, next-auth,
 * sockets) refuses it here, before any service sees the value.
 */
export const NUL_MESSAGE = formatValidationMessage('en', { key: 'nul' });

/** An empty record with no prototype: keys such as `__proto__` or `constructor` are plain keys in it. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Where NUL characters hide in a parsed value (strings and object keys, at any depth): the paths, "" for the root. */
export function nulPaths(value: unknown, root = ''): string[] {
  const found: string[] = [];
  const walk = (node: unknown, at: string, depth: number): void => {
    if (depth > 200) return;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) found.push(at);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, pathOf(at, i), depth + 1));
      return;
    }
    if (node && typeof node === 'object' && !(node instanceof Blob)) {
      for (const [key, item] of Object.entries(node)) {
        if (key.includes('\u0000')) found.push(pathOf(at, key.replaceAll('\u0000', '\\u0000')));
        else walk(item, pathOf(at, key), depth + 1);
      }
    }
  };
  walk(value, root, 0);
  return found;
}

/** Per-field errors for every NUL found in a value, keyed like zod's paths ("$" for the value itself); null when clean. */
export function nulFieldErrors(value: unknown, root = '', locale: Locale = 'en'): FieldErrors | null {
  const paths = nulPaths(value, root);
  if (paths.length === 0) return null;
  const errors = emptyRecord<string[]>();
  const message = formatValidationMessage(locale, { key: 'nul' });
  for (const path of paths) errors[path || '$'] = [message];
  return errors;
}
