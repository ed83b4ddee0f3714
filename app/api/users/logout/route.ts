// GET /api/users/logout — ai-interview-api.md Users 3 (POST beside it: a GET should not write)
import { revokeSession } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';

const logout = legacyRoute({ auth: 'user', messages: { unauthorized: '未登入' } }, async ({ db, actor }) => {
  await revokeSession(db, actor.sessionId, 'logout');
  return json({ message: '登出成功' });
});

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({ GET: logout, POST: logout });
