/**
 * Where to send the browser after log-in: a path on this origin, or the fallback. The value is
 * resolved the way a browser resolves it (backslashes, tabs and newlines included), against a
 * placeholder origin; anything that lands on another origin ("//evil", "/\\evil", "/\t/evil") is refused.
 */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  const base = 'http://codemeet.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The normalised path must still read as a path to any parser that sees it next.
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : fallback;
}
