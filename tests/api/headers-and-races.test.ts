import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { baseUrl, call, newIp, newUser } from './client';

/**
 * Sends requests whose bodies are held back until every one of them has been sent and the
 * server has had time to authenticate each (and so read its user): the interleaving of a
 * read-modify-write race, made certain instead of left to timing.
 */
async function sendTogether(method: string, path: string, token: string, bodies: unknown[]): Promise<number[]> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const replies = bodies.map(
    (body) =>
      new Promise<number>((resolve, reject) => {
        const payload = JSON.stringify(body);
        const req = http.request(new URL(path, baseUrl()), {
          method,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(payload),
            Authorization: `Bearer ${token}`,
            'X-Forwarded-For': newIp(),
          },
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.flushHeaders();
        void released.then(() => req.end(payload));
      }),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  return Promise.all(replies);
}

describe('security headers', () => {
  it('pages refuse framing and sniffing, and run only scripts carrying this response’s nonce', async () => {
    const res = await fetch(`${baseUrl()}/login`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    // 16 random bytes, in base64.
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const html = await res.text();
    // Every script tag of the page carries the nonce; a second load gets a fresh one.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    const again = (await fetch(`${baseUrl()}/login`)).headers.get('content-security-policy');
    expect(again).not.toBe(csp);
  });

  it('API answers are data: no sniffing, no framing, nothing runs', async () => {
    const reply = await call('/api/v1/nothing-here');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
  });

  it('personal data is never stored by a cache, whichever credential header carried it', async () => {
    const user = await newUser();
    for (const [path, tokenHeader] of [
      ['/api/v1/users/me', false],
      ['/api/users/profile', true],
      ['/api/users/profile', false],
      ['/api/v1/users/me/preferences', false],
    ] as const) {
      const reply = await call(path, { token: user.accessToken, tokenHeader });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('writes that depend on a read', () => {
  it('concurrent preference updates all land', async () => {
    const user = await newUser();
    for (let round = 0; round < 3; round++) {
      const languages = [`lang${round}`];
      const difficulty = round % 2 ? 'Hard' : 'Easy';
      const enableVideo = round % 2 === 0;
      const statuses = await sendTogether('PUT', '/api/v1/users/me/preferences', user.accessToken, [
        { languages },
        { difficulty },
        { enableVideo },
      ]);
      expect(statuses).toEqual([200, 200, 200]);
      const saved = await call('/api/v1/users/me/preferences', { token: user.accessToken });
      expect(saved.body.preferences, `round ${round}`).toEqual({ languages, difficulty, enableVideo });
    }
  });

  it('two avatar uploads at once each remove exactly the file they replaced: none is left orphaned', async () => {
    const user = await newUser();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const upload = async () => {
      const form = new FormData();
      form.set('avatar', new Blob([png], { type: 'image/png' }), 'me.png');
      const reply = await call<{ avatarUrl: string }>('/api/v1/users/me/avatar', {
        method: 'POST',
        rawBody: form,
        token: user.accessToken,
      });
      expect(reply.status).toBe(200);
      return reply.body.avatarUrl;
    };
    let previous = await upload();
    for (let round = 0; round < 3; round++) {
      const urls = await Promise.all([upload(), upload()]);
      const current = (await call<{ avatarUrl: string }>('/api/v1/users/me', { token: user.accessToken })).body.avatarUrl;
      expect(urls).toContain(current);
      const statuses = await Promise.all([previous, ...urls].map(async (url) => (await fetch(`${baseUrl()}${url}`)).status));
      // The avatar they replaced is gone, and of the two uploaded together only the one in the profile is left.
      expect(statuses[0], `round ${round}`).toBe(404);
      expect(statuses.slice(1).sort(), `round ${round}`).toEqual([200, 404]);
      previous = current;
    }
  });
});

describe('profile avatars', () => {
  it('take an image uploaded here or an https: URL, nothing that could run or mislead', async () => {
    const user = await newUser();
    for (const avatar of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://images.example/a.png',
      '//evil.example/a.png',
    ]) {
      const reply = await call('/api/users/profile', { method: 'PATCH', token: user.accessToken, body: { avatar } });
      expect(reply, avatar).toMatchObject({
        status: 400,
        body: { message: '資料有誤', errors: { avatar: [expect.stringContaining('https')] } },
      });
    }
    const ok = await call('/api/users/profile', {
      method: 'PATCH',
      token: user.accessToken,
      body: { avatar: 'https://images.example/me.png' },
    });
    expect(ok).toMatchObject({ status: 200, body: { profile: { avatar: 'https://images.example/me.png' } } });
  });
});
