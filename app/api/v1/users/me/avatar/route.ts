// POST /api/v1/users/me/avatar — beside codemeet-api.md 1.3: multipart upload, answers the updated user
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { avatarFromRequest, replaceAvatar } from '@/lib/users/avatars';
import { v1Me } from '@/lib/users/present';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route({ auth: 'user' }, async ({ db, actor, request }) => {
    const user = await replaceAvatar(db, actor, await avatarFromRequest(request));
    return json(v1Me(user));
  }),
});
