// POST /api/v1/auth/logout — codemeet-api.md 認證流程: revokes the session and all its tokens
import { revokeSession } from '@/lib/auth/sessions';
import { v1Methods, v1Route } from '@/lib/http/v1';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      docs: { tag: 'Auth (v1)', summary: 'Log out: revoke the session and its tokens', responses: { 204: { description: 'Logged out' } } },
    },
    async ({ db, actor }) => {
      await revokeSession(db, actor.sessionId, 'logout');
      return new Response(null, { status: 204 });
    },
  ),
});
