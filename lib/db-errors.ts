/** The constraint a unique violation (SQLSTATE 23505) hit, whichever driver raised it; null otherwise. */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const record = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (record.code === '23505') {
      const name = record.constraint_name ?? record.constraint;
      return typeof name === 'string' ? name : '';
    }
  }
  return null;
}
