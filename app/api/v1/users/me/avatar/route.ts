// POST /api/v1/users/me/avatar — beside codemeet-api.md 1.3: multipart upload, answers the updated user
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { AVATAR_FORM, avatarFromRequest, replaceAvatar } from '@/lib/users/avatars';
import { v1Me } from '@/lib/users/present';
import { v1MeResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  POST: v1Route(
    {
      auth: 'user',
      docs: {
        tag: 'Users (v1)',
        summary: 'Upload an avatar image',
        multipart: AVATAR_FORM,
        responses: {
          200: { description: 'Me, with the new avatarUrl', schema: v1MeResponse },
          400: { description: 'VALIDATION_ERROR' },
          413: { description: 'PAYLOAD_TOO_LARGE' },
          415: { description: 'UNSUPPORTED_MEDIA_TYPE' },
        },
      },
    },
    async ({ db, actor, request }) => {
      const user = await replaceAvatar(db, actor, await avatarFromRequest(request));
      return json(v1Me(user));
    },
  ),
});
