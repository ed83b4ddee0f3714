import { describe, expect, it } from 'vitest';
import { PASSWORD, PROBLEM_TYPE, call, newUser, uniqueName } from './client';
import { SYSTEM_TOKEN } from '../harness/processes';

type Tokens = { accessToken: string; refreshToken: string; expiresIn: number };

describe('v1 1.1 register', () => {
  it.each(['/api/v1/users/register', '/api/v1/auth/register'])(
    '%s creates a user: 201 with userId, email, displayName, createdAt',
    async (path) => {
      const name = uniqueName();
      const reply = await call(path, {
        body: { email: `${name}@Example.com`, password: PASSWORD, displayName: 'John Doe', timezone: 'Asia/Taipei' },
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        userId: expect.stringMatching(/^usr_\d+$/),
        email: `${name}@example.com`,
        displayName: 'John Doe',
      });
      expect(Date.parse(reply.body.createdAt as string)).toBeGreaterThan(Date.now() - 60_000);
    },
  );

  it('answers a taken email with 409 CONFLICT ProblemDetails', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/users/register', { body: { email: user.email, password: PASSWORD, displayName: 'Again' } });
    expect(reply.status).toBe(409);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body).toMatchObject({
      type: PROBLEM_TYPE,
      status: 409,
      code: 'CONFLICT',
      traceId: expect.stringMatching(/^00-[0-9a-f]{32}-/),
    });
  });

  it('reports every invalid field with per-field messages, as the contract keys them', async () => {
    const reply = await call('/api/v1/users/register', { body: { email: 'nope', password: 'short', timezone: 'Mars/Base' } });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ type: PROBLEM_TYPE, title: 'One or more validation errors occurred.', status: 400 });
    const errors = reply.body.errors as Record<string, string[]>;
    expect(Object.keys(errors).sort()).toEqual(['DisplayName', 'Email', 'Password', 'Timezone']);
    expect(errors.Password).toEqual([expect.stringContaining('at least 8 characters')]);
  });
});

describe('v1 1.2 log-in and the token flow', () => {
  it('returns accessToken, refreshToken, expiresIn and the user', async () => {
    const user = await newUser();
    const reply = await call<Tokens & { user: Record<string, string> }>('/api/v1/auth/login', {
      body: { email: user.email, password: PASSWORD },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.expiresIn).toBeGreaterThan(3500);
    expect(reply.body.expiresIn).toBeLessThanOrEqual(3600);
    expect(reply.body.user).toEqual({ userId: user.userId, email: user.email, displayName: user.name });
  });

  it('answers wrong credentials with 400 INVALID_CREDENTIALS', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/auth/login', { body: { email: user.email, password: 'Wrong1234' } });
    expect(reply).toMatchObject({ status: 400, body: { code: 'INVALID_CREDENTIALS', type: PROBLEM_TYPE } });
  });

  it('rotates the refresh token on every use', async () => {
    const user = await newUser();
    const first = await call<Tokens>('/api/v1/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    expect((await call('/api/v1/users/me', { token: first.body.accessToken })).status).toBe(200);
    // The access token from before the rotation is retired with it.
    expect((await call('/api/v1/users/me', { token: user.accessToken })).status).toBe(401);
    const second = await call<Tokens>('/api/v1/auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    expect(second.status).toBe(200);
  });

  it('revokes the whole family when a rotated-away refresh token is replayed', async () => {
    const user = await newUser();
    const rotated = await call<Tokens>('/api/v1/auth/refresh', { body: { refreshToken: user.refreshToken } });
    const replay = await call('/api/v1/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(replay).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
    expect((await call('/api/v1/users/me', { token: rotated.body.accessToken })).status).toBe(401);
    expect((await call('/api/v1/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } })).status).toBe(401);
  });

  it('answers an unknown refresh token with 401 and a malformed one with 400', async () => {
    expect((await call('/api/v1/auth/refresh', { body: { refreshToken: 'rt_unknownunknownunknown' } })).status).toBe(401);
    expect((await call('/api/v1/auth/refresh', { body: {} })).body).toMatchObject({
      status: 400,
      errors: { RefreshToken: expect.any(Array) },
    });
  });

  it('logs out: 204, then both tokens are refused', async () => {
    const user = await newUser();
    expect((await call('/api/v1/auth/logout', { method: 'POST', token: user.accessToken })).status).toBe(204);
    expect((await call('/api/v1/users/me', { token: user.accessToken })).status).toBe(401);
    expect((await call('/api/v1/auth/refresh', { body: { refreshToken: user.refreshToken } })).status).toBe(401);
  });
});

describe('v1 1.3 and 1.4: me and preferences', () => {
  it('shows the user with preferences and opportunities', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/users/me', { token: user.accessToken });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      userId: user.userId,
      email: user.email,
      displayName: user.name,
      preferences: { languages: [], difficulty: 'Medium', enableVideo: true },
      opportunities: 1,
      createdAt: expect.any(String),
    });
  });

  it('accepts the ai-interview token header on v1 and Bearer on the ai-interview routes', async () => {
    const user = await newUser();
    expect((await call('/api/v1/users/me', { token: user.accessToken, tokenHeader: true })).status).toBe(200);
    expect((await call('/api/users/profile', { token: user.accessToken })).status).toBe(200);
  });

  it('refuses no token, a forged token and the system token with 401/403 ProblemDetails', async () => {
    expect((await call('/api/v1/users/me')).body).toMatchObject({ status: 401, code: 'UNAUTHORIZED', type: PROBLEM_TYPE });
    const user = await newUser();
    const [h, p] = user.accessToken.split('.');
    expect((await call('/api/v1/users/me', { token: `${h}.${p}.forgedsignature` })).status).toBe(401);
    expect((await call('/api/v1/users/me', { token: 'test-system-token-0123456789abcdef' })).status).toBe(403);
  });

  it('updates preferences, normalising difficulty and keeping fields left out', async () => {
    const user = await newUser();
    const put = await call('/api/v1/users/me/preferences', {
      method: 'PUT',
      token: user.accessToken,
      body: { languages: ['TypeScript', 'Go', 'Go'], difficulty: 'hard' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ preferences: { languages: ['TypeScript', 'Go'], difficulty: 'Hard', enableVideo: true } });
    await call('/api/v1/users/me/preferences', { method: 'PUT', token: user.accessToken, body: { enableVideo: false } });
    const me = await call('/api/v1/users/me', { token: user.accessToken });
    expect(me.body.preferences).toEqual({ languages: ['TypeScript', 'Go'], difficulty: 'Hard', enableVideo: false });
  });

  it('rejects bad preferences with per-field errors and changes nothing', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/users/me/preferences', {
      method: 'PUT',
      token: user.accessToken,
      body: { languages: 'Go', difficulty: 'Impossible', enableVideo: 'yes' },
    });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.errors as object).sort()).toEqual(['Difficulty', 'EnableVideo', 'Languages']);
    expect((await call('/api/v1/users/me', { token: user.accessToken })).body.preferences).toEqual({
      languages: [],
      difficulty: 'Medium',
      enableVideo: true,
    });
  });
});

describe('PUT /api/v1/users/{userId}/role (operators and admins name admins)', () => {
  it('lets the system caller name an admin, who then reaches admin routes; a user cannot, nor can an admin demote themself', async () => {
    const [user, other] = await Promise.all([newUser(), newUser()]);
    expect((await call('/api/v1/questions', { token: user.accessToken })).status).toBe(403);
    expect(
      await call(`/api/v1/users/${other.userId}/role`, { method: 'PUT', token: user.accessToken, body: { role: 'admin' } }),
    ).toMatchObject({
      status: 403,
    });
    const promoted = await call(`/api/v1/users/${user.userId}/role`, { method: 'PUT', token: SYSTEM_TOKEN, body: { role: 'admin' } });
    expect(promoted).toMatchObject({ status: 200, body: { userId: user.userId, role: 'admin' } });
    expect((await call('/api/v1/questions', { token: user.accessToken })).status).toBe(200);

    // An admin may name and demote others, not themself.
    expect(
      (await call(`/api/v1/users/${other.userId}/role`, { method: 'PUT', token: user.accessToken, body: { role: 'admin' } })).status,
    ).toBe(200);
    expect(
      (await call(`/api/v1/users/${other.userId}/role`, { method: 'PUT', token: user.accessToken, body: { role: 'user' } })).status,
    ).toBe(200);
    expect(
      (await call(`/api/v1/users/${user.userId}/role`, { method: 'PUT', token: user.accessToken, body: { role: 'user' } })).status,
    ).toBe(403);
    expect((await call('/api/v1/questions', { token: other.accessToken })).status).toBe(403);

    expect((await call('/api/v1/users/usr_999999999/role', { method: 'PUT', token: SYSTEM_TOKEN, body: { role: 'admin' } })).status).toBe(
      404,
    );
    expect((await call(`/api/v1/users/${other.userId}/role`, { method: 'PUT', token: SYSTEM_TOKEN, body: { role: 'root' } })).status).toBe(
      400,
    );
    expect((await call(`/api/v1/users/${other.userId}/role`, { method: 'PUT', body: { role: 'admin' } })).status).toBe(401);
  });
});
