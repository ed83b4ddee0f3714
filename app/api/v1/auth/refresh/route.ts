// POST /api/v1/auth/refresh — codemeet-api.md 認證流程: rotates the refresh token
import { rotateRefreshToken } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { v1TokensResponse } from '@/lib/validation/responses';
import { v1RefreshBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'none',
      rateLimit: 'auth',
      body: v1RefreshBody,
      docs: {
        tag: 'Auth (v1)',
        summary: 'Rotate the refresh token',
        description: 'Each refresh token works once. Presenting a used one revokes the whole session.',
        responses: { 200: { description: 'New tokens', schema: v1TokensResponse }, 401: { description: 'UNAUTHORIZED' } },
      },
    },
    async ({ db, origin, body }) => {
      const issued = await rotateRefreshToken(db, origin, body.refreshToken);
      return json({
        accessToken: issued.accessToken,
        refreshToken: issued.refreshToken,
        tokenType: 'Bearer',
        expiresIn: Math.round((issued.accessExpiresAt.getTime() - Date.now()) / 1000),
      });
    },
  ),
});
