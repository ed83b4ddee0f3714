// GET /api/token/refresh — ai-interview-api.md Users 6 (POST beside it: a GET should not write)
import { rotateSessionToken } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { readToken } from '@/lib/http/request';
import { legacyTokenResponse } from '@/lib/validation/responses';

// The token is checked by the rotation itself, which also accepts one whose session is still live.
const refresh = (method: 'GET' | 'POST') =>
  legacyRoute(
    {
      auth: 'none',
      rateLimit: 'auth',
      docs: {
        tag: 'Users (ai-interview)',
        summary:
          method === 'GET' ? '更新令牌 Refresh the token (as the contract: GET)' : '更新令牌 Refresh the token (POST, the safe form)',
        description:
          'Send the current token (`token` header or Bearer). The token sent stops working; use the one returned. Only tokens of `/api/users/login` are renewed here: v1 clients use `POST /api/v1/auth/refresh` with their refresh token.',
        responses: { 200: { description: 'New token', schema: legacyTokenResponse }, 401: { description: '權限不足' } },
      },
    },
    async ({ db, request, origin }) => {
      const issued = await rotateSessionToken(db, origin, readToken(request.headers) ?? '');
      return json({ token: issued.accessToken, expires_at: issued.sessionExpiresAt.toISOString() });
    },
  );

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({ GET: refresh('GET'), POST: refresh('POST') });
