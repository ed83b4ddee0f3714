/** reg-name, IPv4 or a bracketed IPv6 literal, then an optional port. */
const HOST_PATTERN = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?)(?::([0-9]{1,5}))?$/;

/**
 * The Host header, checked before anything trusts it: one well-formed host with an optional
 * port in range. Null for anything else ("a b", "a@b", "[::1", "x:99999"), which the server
 * answers 400 before any handler, page or socket sees the request.
 */
export function parseHost(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = HOST_PATTERN.exec(value);
  if (!match) return null;
  if (match[2] !== undefined && Number(match[2]) > 65535) return null;
  try {
    // The URL parser has the last word on IPv6 literals and odd hostnames.
    new URL(`http://${value}/`);
  } catch {
    return null;
  }
  return value.toLowerCase();
}
