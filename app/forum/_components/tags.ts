/**
 * The tags typed into the form's one line ("前端, 面試 React"), as the list the post's schema
 * takes: split on commas (either width), 、 and spaces, a leading # dropped, repeats removed.
 * The schema (lib/validation/career.ts) still decides what is kept; this only reads the line.
 */
export function splitTags(line: string): string[] {
  const seen = new Set<string>();
  return line
    .split(/[\s,，、]+/u)
    .map((tag) => tag.replace(/^#+/u, ''))
    .filter((tag) => {
      const key = tag.normalize('NFKC').toLowerCase();
      if (!tag || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
