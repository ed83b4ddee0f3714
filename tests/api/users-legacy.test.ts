import { describe, expect, it } from 'vitest';
import { PASSWORD, call, newIp, newUser, uniqueName } from './client';

async function signup(overrides: Record<string, unknown> = {}) {
  const account = uniqueName('s');
  const body = { name: 'Jane', email: `${account}@example.com`, account, password: PASSWORD, ...overrides };
  return { body, reply: await call('/api/users/signup', { body }) };
}

async function login(account: string, password = PASSWORD, keep = false) {
  return call<{ token: string; expires_at: string; user_data: Array<Record<string, unknown>> }>('/api/users/login', {
    body: { account, password, keep_logged_in: keep },
  });
}

describe('ai-interview Users: sign-up', () => {
  it('registers with 註冊成功 and the new account can log in', async () => {
    const { body, reply } = await signup();
    expect(reply).toMatchObject({ status: 200, body: { message: '註冊成功' } });
    expect((await login(body.account)).status).toBe(200);
  });

  it('answers a taken email with 400 信箱已註冊過, case-insensitively', async () => {
    const { body } = await signup();
    const again = await signup({ email: body.email.toUpperCase() });
    expect(again.reply).toMatchObject({ status: 400, body: { message: '信箱已註冊過' } });
  });

  it('answers a taken account with 400 帳號已註冊過', async () => {
    const { body } = await signup();
    const again = await signup({ account: body.account });
    expect(again.reply).toMatchObject({ status: 400, body: { message: '帳號已註冊過' } });
  });

  it.each([
    ['short', 'Ab1'],
    ['no upper case', 'abcdefg1'],
    ['no lower case', 'ABCDEFG1'],
    ['no digit', 'Abcdefgh'],
  ])('rejects a password with %s: 400 註冊資料有誤 with the password field named', async (_, password) => {
    const { body, reply } = await signup({ password });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ message: '註冊資料有誤', errors: { password: [expect.stringContaining('8 characters')] } });
    expect((await login(body.account, password)).status).toBe(400);
  });

  it('reports every bad field at once and writes nothing', async () => {
    const account = uniqueName('s');
    const reply = await call('/api/users/signup', { body: { email: 'not-an-email', account, password: 'x' } });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.errors as object).sort()).toEqual(['email', 'name', 'password']);
    expect((await login(account, 'x')).status).toBe(400);
  });

  it('answers a body that is not JSON with 400', async () => {
    const reply = await call('/api/users/signup', { rawBody: '{"name":', headers: { 'Content-Type': 'application/json' } });
    expect(reply).toMatchObject({ status: 400, body: { message: '註冊資料有誤' } });
  });
});

describe('ai-interview Users: log-in', () => {
  it('logs in by account or by email with token and user_data', async () => {
    const { body } = await signup();
    for (const id of [body.account, body.email]) {
      const reply = await login(id);
      expect(reply.status).toBe(200);
      expect(reply.body.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(reply.body.user_data).toEqual([expect.objectContaining({ id: expect.any(Number), name: 'Jane', avator: null })]);
    }
  });

  it('answers a wrong password and an unknown account alike: 400 帳號或密碼輸入錯誤', async () => {
    const { body } = await signup();
    expect(await login(body.account, 'Wrong1234')).toMatchObject({ status: 400, body: { message: '帳號或密碼輸入錯誤' } });
    expect(await login(uniqueName('none'), 'Wrong1234')).toMatchObject({ status: 400, body: { message: '帳號或密碼輸入錯誤' } });
  });

  it('keeps a kept log-in for 30 days and a plain one for a day', async () => {
    const { body } = await signup();
    const day = 24 * 3600 * 1000;
    const plain = Date.parse((await login(body.account)).body.expires_at) - Date.now();
    const kept = Date.parse((await login(body.account, PASSWORD, true)).body.expires_at) - Date.now();
    expect(plain).toBeGreaterThan(0.9 * day);
    expect(plain).toBeLessThan(1.1 * day);
    expect(kept).toBeGreaterThan(29 * day);
  });
});

describe('ai-interview Users: profile', () => {
  it('shows every documented field', async () => {
    const user = await newUser();
    const reply = await call('/api/users/profile', { token: user.accessToken, tokenHeader: true });
    expect(reply.status).toBe(200);
    for (const key of ['name', 'avator', 'phone', 'address', 'sex', 'birthday', 'status', 'highest_education', 'seniority', 'created_at']) {
      expect(reply.body).toHaveProperty(key);
    }
    expect(new Date(reply.body.created_at as string).toISOString()).toBe(reply.body.created_at);
  });

  it('updates every field and shows them back', async () => {
    const user = await newUser();
    const patch = {
      name: 'Jane 王',
      avator: 'https://example.com/jane.png',
      phone: 912345678,
      address: '台中市北區三民路',
      sex: 'F',
      birthday: '2002/01/01',
      status: '在學中',
      highest_education: '大學',
      seniority: '一年以下',
    };
    const reply = await call('/api/users/profile', { method: 'PATCH', body: patch, token: user.accessToken, tokenHeader: true });
    expect(reply).toMatchObject({ status: 200, body: { message: '更新成功' } });
    const profile = (await call('/api/users/profile', { token: user.accessToken, tokenHeader: true })).body;
    expect(profile).toMatchObject({ ...patch, phone: '0912345678' });
  });

  it.each([
    ['sex', { sex: 'X' }],
    ['birthday', { birthday: '2002/13/40' }],
    ['an unknown field', { role: 'admin' }],
    ['an empty name', { name: '' }],
  ])('rejects %s with 400 資料有誤 and changes nothing', async (_, patch) => {
    const user = await newUser();
    const before = (await call('/api/users/profile', { token: user.accessToken })).body;
    const reply = await call('/api/users/profile', { method: 'PATCH', body: { address: 'changed', ...patch }, token: user.accessToken });
    expect(reply).toMatchObject({ status: 400, body: { message: '資料有誤' } });
    expect((await call('/api/users/profile', { token: user.accessToken })).body).toEqual(before);
  });

  it('refuses without a token, or with a bad one: 401 權限不足', async () => {
    expect(await call('/api/users/profile')).toMatchObject({ status: 401, body: { message: '權限不足' } });
    expect(await call('/api/users/profile', { token: 'abc.def.ghi', tokenHeader: true })).toMatchObject({
      status: 401,
      body: { message: '權限不足' },
    });
    expect(await call('/api/users/profile', { method: 'PATCH', body: { name: 'x' } })).toMatchObject({ status: 401 });
  });
});

describe('ai-interview Users: log-out and token refresh', () => {
  it.each(['GET', 'POST'])('logs out by %s: 登出成功, then the token is refused', async (method) => {
    const user = await newUser();
    const reply = await call('/api/users/logout', { method, token: user.accessToken, tokenHeader: true });
    expect(reply).toMatchObject({ status: 200, body: { message: '登出成功' } });
    expect((await call('/api/users/profile', { token: user.accessToken, tokenHeader: true })).status).toBe(401);
  });

  it('answers a log-out without a token with 401 未登入', async () => {
    expect(await call('/api/users/logout')).toMatchObject({ status: 401, body: { message: '未登入' } });
  });

  it.each(['GET', 'POST'])('refreshes by %s: the new token works and the old one is refused', async (method) => {
    const { body } = await signup();
    const { token } = (await login(body.account)).body;
    const reply = await call<{ token: string }>('/api/token/refresh', { method, token, tokenHeader: true, ip: newIp() });
    expect(reply.status).toBe(200);
    expect(reply.body.token).not.toBe(token);
    expect((await call('/api/users/profile', { token: reply.body.token, tokenHeader: true })).status).toBe(200);
    expect((await call('/api/users/profile', { token, tokenHeader: true })).status).toBe(401);
    expect(await call('/api/token/refresh', { method, token, tokenHeader: true })).toMatchObject({
      status: 401,
      body: { message: '權限不足' },
    });
  });
});
