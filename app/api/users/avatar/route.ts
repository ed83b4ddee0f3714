// POST /api/users/avatar — beside ai-interview-api.md Users 5: uploads the image whose URL becomes "avator"
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { avatarFromRequest, replaceAvatar } from '@/lib/users/avatars';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute({ auth: 'user' }, async ({ db, actor, request }) => {
    const user = await replaceAvatar(db, actor, await avatarFromRequest(request));
    return json({ message: '更新成功', avator: user.avatarUrl, avatar: user.avatarUrl });
  }),
});
