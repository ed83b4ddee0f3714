// POST /api/v1/auth/login — codemeet-api.md 1.2
import { startSession } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { v1User } from '@/lib/users/present';
import { verifyCredentials } from '@/lib/users/service';
import { v1TokensResponse } from '@/lib/validation/responses';
import { v1LoginBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'none',
      rateLimit: 'auth',
      body: v1LoginBody,
      docs: {
        tag: 'Auth (v1)',
        summary: '1.2 Log in',
        responses: {
          200: { description: 'Tokens', schema: v1TokensResponse },
          400: { description: 'INVALID_CREDENTIALS or VALIDATION_ERROR' },
        },
      },
    },
    async ({ db, origin, body }) => {
      const user = await verifyCredentials(db, origin, body.email, body.password);
      const issued = await startSession(db, user.id, { client: 'v1' });
      const { userId, email, displayName } = v1User(user);
      return json({
        accessToken: issued.accessToken,
        refreshToken: issued.refreshToken,
        tokenType: 'Bearer',
        expiresIn: Math.round((issued.accessExpiresAt.getTime() - Date.now()) / 1000),
        user: { userId, email, displayName },
      });
    },
  ),
});
