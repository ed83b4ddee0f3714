// GET /api/users/logout — ai-interview-api.md Users 3 (POST beside it: a GET should not write)
import { revokeSession } from '@/lib/auth/sessions';
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { messageResponse } from '@/lib/validation/responses';

const logout = (method: 'GET' | 'POST') =>
  legacyRoute(
    {
      auth: 'user',
      messages: { unauthorized: '未登入' },
      docs: {
        tag: 'Users (ai-interview)',
        summary: method === 'GET' ? '登出 Log out (as the contract: GET)' : '登出 Log out (POST, the safe form)',
        responses: { 200: { description: '登出成功', schema: messageResponse }, 401: { description: '未登入' } },
      },
    },
    async ({ db, actor }) => {
      await revokeSession(db, actor.sessionId, 'logout');
      return json({ message: '登出成功' });
    },
  );

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({ GET: logout('GET'), POST: logout('POST') });
