// POST /api/users/login — ai-interview-api.md Users 1
import { startSession } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { legacyLoginUser } from '@/lib/users/present';
import { verifyCredentials } from '@/lib/users/service';
import { legacyLoginBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    // Any malformed log-in gets the contract's one log-in failure message.
    { auth: 'none', rateLimit: 'auth', body: legacyLoginBody, messages: { validation: '帳號或密碼輸入錯誤' } },
    async ({ db, body }) => {
      const user = await verifyCredentials(db, body.account, body.password);
      const session = await startSession(db, user.id, { client: 'api', keepLoggedIn: body.keep_logged_in });
      return json({
        token: session.accessToken,
        expires_at: session.sessionExpiresAt.toISOString(),
        user_data: legacyLoginUser(user),
      });
    },
  ),
});
