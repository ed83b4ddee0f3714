import { describe, expect, it } from 'vitest';
import { PASSWORD, browserSignIn, call, newIp, newUser } from './client';

const errorOf = (url: string) => new URL(url).searchParams.get('error');

describe('the auth rate limit guards every log-in door', () => {
  it('stops browser sign-ins after 5 attempts a minute, even with the right password', async () => {
    const user = await newUser();
    const ip = newIp();
    for (let i = 0; i < 5; i++) expect(errorOf((await browserSignIn(user.account, 'Wrong1234', ip)).url)).toBe('CredentialsSignin');
    const sixth = await browserSignIn(user.account, PASSWORD, ip);
    expect(sixth.cookie).toBeUndefined();
    expect(errorOf(sixth.url)).toBe('RATE_LIMIT_EXCEEDED');
    // Another address is not affected.
    expect((await browserSignIn(user.account, PASSWORD, newIp())).cookie).toMatch(/^next-auth\.session-token=/);
  });

  it('counts one budget per address across the browser and both contracts', async () => {
    const user = await newUser();
    const ip = newIp();
    await browserSignIn(user.account, 'Wrong1234', ip);
    await browserSignIn(user.account, 'Wrong1234', ip);
    for (let i = 0; i < 3; i++) {
      expect((await call('/api/users/login', { body: { account: user.account, password: 'Wrong1234' }, ip })).status).toBe(400);
    }
    const v1 = await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD }, ip });
    expect(v1).toMatchObject({ status: 429, body: { code: 'RATE_LIMIT_EXCEEDED' } });
    expect(errorOf((await browserSignIn(user.account, PASSWORD, ip)).url)).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('never shows a database error to the browser: a NUL in the identifier is a refused sign-in', async () => {
    const result = await browserSignIn('ad\u0000min', 'Whatever1', newIp());
    expect(result.cookie).toBeUndefined();
    expect(errorOf(result.url)).toBe('CredentialsSignin');
    expect(result.url).not.toMatch(/query|select|password_hash/i);
  });
});

describe('GET /api/token/refresh', () => {
  it('renews only the ai-interview contract’s own tokens', async () => {
    const login = await call<{ token: string }>('/api/users/login', {
      body: { account: (await newUser()).account, password: PASSWORD },
    });
    const renewed = await call<{ token: string }>('/api/token/refresh', { token: login.body.token, tokenHeader: true });
    expect(renewed.status).toBe(200);
    expect((await call('/api/users/profile', { token: renewed.body.token, tokenHeader: true })).status).toBe(200);
  });

  it('refuses a v1 access token, which is renewed with its refresh token only', async () => {
    const user = await newUser();
    const reply = await call('/api/token/refresh', { token: user.accessToken });
    expect(reply).toMatchObject({ status: 401, body: { message: '權限不足' } });
    const post = await call('/api/token/refresh', { method: 'POST', token: user.accessToken, tokenHeader: true });
    expect(post.status).toBe(401);
    // The v1 token itself still works: nothing was rotated.
    expect((await call('/api/v1/users/me', { token: user.accessToken })).status).toBe(200);
  });
});
