// POST /api/users/login — ai-interview-api.md Users 1
import { startSession } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { legacyLoginUser } from '@/lib/users/present';
import { verifyCredentials } from '@/lib/users/service';
import { legacyLoginResponse } from '@/lib/validation/responses';
import { legacyLoginBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'none',
      rateLimit: 'auth',
      body: legacyLoginBody,
      // Any malformed log-in gets the contract's one log-in failure message.
      messages: { validation: '帳號或密碼輸入錯誤' },
      docs: {
        tag: 'Users (ai-interview)',
        summary: '登入 Log in by account or email',
        description: '`keep_logged_in: true` keeps the session (and its token) for 30 days instead of 24 hours.',
        responses: { 200: { description: 'Logged in', schema: legacyLoginResponse }, 400: { description: '帳號或密碼輸入錯誤' } },
      },
    },
    async ({ db, origin, body }) => {
      const user = await verifyCredentials(db, origin, body.account, body.password);
      const session = await startSession(db, user.id, { client: 'api', keepLoggedIn: body.keep_logged_in });
      return json({
        token: session.accessToken,
        expires_at: session.sessionExpiresAt.toISOString(),
        user_data: legacyLoginUser(user),
      });
    },
  ),
});
