// GET, PATCH /api/users/profile — ai-interview-api.md Users 4 and 5
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { legacyProfile } from '@/lib/users/present';
import { updateProfile } from '@/lib/users/service';
import { legacyProfileResponse, legacyProfileUpdatedResponse } from '@/lib/validation/responses';
import { legacyProfilePatchBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute(
    {
      auth: 'user',
      docs: {
        tag: 'Users (ai-interview)',
        summary: '查看個人資訊 Read the profile',
        responses: { 200: { description: 'Profile', schema: legacyProfileResponse } },
      },
    },
    async ({ actor }) => json(legacyProfile(actor.user)),
  ),
  PATCH: legacyRoute(
    {
      auth: 'user',
      body: legacyProfilePatchBody,
      docs: {
        tag: 'Users (ai-interview)',
        summary: '修改個人資訊 Update the profile',
        description:
          'Only the fields sent change; `null` or "" clears an optional field. `avator` and `avatar` are the same field: an image uploaded with `POST /api/users/avatar`, or an `https:` URL.',
        responses: { 200: { description: '更新成功, with the profile as saved', schema: legacyProfileUpdatedResponse } },
      },
    },
    async ({ db, actor, body }) => {
      const user = await updateProfile(db, actor, body);
      return json({ message: '更新成功', profile: legacyProfile(user) });
    },
  ),
});
