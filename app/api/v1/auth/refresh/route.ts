// POST /api/v1/auth/refresh — codemeet-api.md 認證流程: rotates the refresh token
import { rotateRefreshToken } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { v1RefreshBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route({ auth: 'none', rateLimit: 'auth', body: v1RefreshBody }, async ({ db, body }) => {
    const issued = await rotateRefreshToken(db, body.refreshToken);
    return json({
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      tokenType: 'Bearer',
      expiresIn: Math.round((issued.accessExpiresAt.getTime() - Date.now()) / 1000),
    });
  }),
});
