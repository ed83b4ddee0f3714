import { describe, expect, it } from 'vitest';
import { baseUrl, call, newUser } from './client';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function form(bytes: Uint8Array, type = 'image/png', name = 'me.png'): FormData {
  const data = new FormData();
  data.set('avatar', new Blob([new Uint8Array(bytes)], { type }), name);
  return data;
}

async function upload(path: string, token: string | undefined, body: FormData) {
  return call(path, { method: 'POST', rawBody: body, token });
}

describe('avatar upload', () => {
  it('stores the image, serves it, and puts its URL in the profile (both spellings)', async () => {
    const user = await newUser();
    const reply = await upload('/api/users/avatar', user.accessToken, form(PNG));
    expect(reply.status).toBe(200);
    const url = reply.body.avator as string;
    expect(url).toMatch(/^\/api\/avatars\/\d+-[\w-]{16}\.png$/);
    const image = await fetch(`${baseUrl()}${url}`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    const profile = await call('/api/users/profile', { token: user.accessToken });
    expect(profile.body).toMatchObject({ avator: url, avatar: url });
    expect((await call('/api/v1/users/me', { token: user.accessToken })).body.avatarUrl).toBe(url);
  });

  it('replaces the old image through v1, which then disappears', async () => {
    const user = await newUser();
    const first = (await upload('/api/users/avatar', user.accessToken, form(PNG))).body.avatar as string;
    const second = await upload('/api/v1/users/me/avatar', user.accessToken, form(PNG));
    expect(second.status).toBe(200);
    expect(second.body.avatarUrl).not.toBe(first);
    expect((await fetch(`${baseUrl()}${first}`)).status).toBe(404);
  });

  it('rejects a file that is not an image whatever it claims to be: 415, profile unchanged', async () => {
    const user = await newUser();
    const reply = await upload(
      '/api/v1/users/me/avatar',
      user.accessToken,
      form(Buffer.from('<svg onload=alert(1)>'), 'image/png', 'x.png'),
    );
    expect(reply).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect((await call('/api/v1/users/me', { token: user.accessToken })).body.avatarUrl).toBeNull();
  });

  it('rejects an image over 2 MB with 413 and no upload with 400', async () => {
    const user = await newUser();
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 + 1)]);
    expect((await upload('/api/users/avatar', user.accessToken, form(big))).status).toBe(413);
    expect((await upload('/api/users/avatar', user.accessToken, new FormData())).status).toBe(400);
  });

  it('does not let one user claim, and so later delete, another user’s uploaded file', async () => {
    const victim = await newUser();
    const url = (await upload('/api/users/avatar', victim.accessToken, form(PNG))).body.avatar as string;
    const attacker = await newUser();
    const claim = await call('/api/users/profile', { method: 'PATCH', token: attacker.accessToken, body: { avator: url } });
    expect(claim).toMatchObject({ status: 400, body: { message: '資料有誤' } });
    await upload('/api/users/avatar', attacker.accessToken, form(PNG));
    expect((await fetch(`${baseUrl()}${url}`)).status).toBe(200);
  });

  it('requires a signed-in user, and serves no path outside the avatar folder', async () => {
    expect((await upload('/api/users/avatar', undefined, form(PNG))).status).toBe(401);
    expect((await fetch(`${baseUrl()}/api/avatars/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});
