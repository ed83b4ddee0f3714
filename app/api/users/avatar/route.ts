// POST /api/users/avatar — beside ai-interview-api.md Users 5: uploads the image whose URL becomes "avator"
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { AVATAR_FORM, avatarFromRequest, replaceAvatar } from '@/lib/users/avatars';
import { legacyAvatarResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  POST: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: 'Users (ai-interview)',
        summary: 'Upload an avatar image',
        multipart: AVATAR_FORM,
        responses: {
          200: { description: '更新成功, with the new avatar URL', schema: legacyAvatarResponse },
          400: { description: '資料有誤' },
          413: { description: '資料過大' },
          415: { description: '檔案格式不支援' },
        },
      },
    },
    async ({ db, actor, request }) => {
      const user = await replaceAvatar(db, actor, await avatarFromRequest(request));
      return json({ message: '更新成功', avator: user.avatarUrl, avatar: user.avatarUrl });
    },
  ),
});
