// GET /api/token/refresh — ai-interview-api.md Users 6 (POST beside it: a GET should not write)
import { rotateSessionToken } from '@/lib/auth/sessions';
import { readToken } from '@/lib/http/request';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';

// The token is checked by the rotation itself, which also accepts one whose session is still live.
const refresh = legacyRoute({ auth: 'none', rateLimit: 'auth' }, async ({ db, request }) => {
  const token = readToken(request.headers);
  const issued = await rotateSessionToken(db, token ?? '');
  return json({ token: issued.accessToken, expires_at: issued.sessionExpiresAt.toISOString() });
});

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({ GET: refresh, POST: refresh });
