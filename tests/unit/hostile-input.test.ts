import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/http/safe-redirect';
import { nulFieldErrors } from '@/lib/validation/hostile';
import { cookieOriginAllowed } from '@/server/realtime/auth';
import { parseHost } from '@/server/http-guards';

describe('NUL characters', () => {
  it('are found in strings and keys at any depth, and nothing else is flagged', () => {
    expect(nulFieldErrors({ name: 'ok', address: 'a\u0000b', tags: ['x', 'y\u0000'], deep: { 'k\u0000': 1 } })).toEqual({
      address: [expect.stringContaining('NUL')],
      'tags[1]': [expect.stringContaining('NUL')],
      'deep.k\\u0000': [expect.stringContaining('NUL')],
    });
    expect(nulFieldErrors('\u0000')).toEqual({ $: [expect.any(String)] });
    expect(nulFieldErrors({ name: 'plain', n: 1, list: [true, null] })).toBeNull();
  });
});

describe('the Host header', () => {
  it('accepts host names, addresses and ports in range', () => {
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:80', '[::1]:3000', 'codemeet.tw', 'my_host.internal:65535']) {
      expect(parseHost(host), host).toBe(host.toLowerCase());
    }
  });

  it('refuses what no client should send', () => {
    for (const host of ['a b', 'a@b', '[::1', 'x:99999', '', 'a/b', 'a:1:2', 'x:', '-a', undefined]) {
      expect(parseHost(host), String(host)).toBeNull();
    }
  });
});

describe('the page after log-in', () => {
  it('is a path on this origin', () => {
    expect(safeNextPath('/preferences?tab=1#x', '/profile')).toBe('/preferences?tab=1#x');
    expect(safeNextPath('/a/../b', '/profile')).toBe('/b');
  });

  it('never lands on another origin, however it is spelled', () => {
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\\/evil.example',
      '\\\\evil.example',
      'https://evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      undefined,
    ]) {
      expect(safeNextPath(next, '/profile'), JSON.stringify(next)).toBe('/profile');
    }
  });
});

describe('cookie-authenticated sockets', () => {
  it('come from the app’s own origin only', () => {
    expect(cookieOriginAllowed({ host: 'localhost:3000', origin: 'http://localhost:3000' }, undefined)).toBe(true);
    expect(cookieOriginAllowed({ host: 'localhost:3000', origin: 'https://evil.example' }, undefined)).toBe(false);
    expect(cookieOriginAllowed({ host: 'localhost:3000', origin: 'null' }, undefined)).toBe(false);
    expect(cookieOriginAllowed({ host: 'internal:3000', origin: 'https://codemeet.tw' }, 'https://codemeet.tw')).toBe(true);
    expect(cookieOriginAllowed({ host: 'codemeet.tw', origin: 'http://codemeet.tw' }, 'https://codemeet.tw')).toBe(false);
    // No Origin: not a browser's cross-site request, unless the browser says it is.
    expect(cookieOriginAllowed({ host: 'localhost:3000' }, undefined)).toBe(true);
    expect(cookieOriginAllowed({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }, undefined)).toBe(false);
  });
});
