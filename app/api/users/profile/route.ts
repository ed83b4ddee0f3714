// GET, PATCH /api/users/profile — ai-interview-api.md Users 4 and 5
import { json } from '@/lib/http/core';
import { legacyMethods, legacyRoute } from '@/lib/http/legacy';
import { legacyProfile } from '@/lib/users/present';
import { updateProfile } from '@/lib/users/service';
import { legacyProfilePatchBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = legacyMethods({
  GET: legacyRoute({ auth: 'user' }, async ({ actor }) => json(legacyProfile(actor.user))),
  PATCH: legacyRoute({ auth: 'user', body: legacyProfilePatchBody }, async ({ db, actor, body }) => {
    const user = await updateProfile(db, actor, body);
    return json({ message: '更新成功', profile: legacyProfile(user) });
  }),
});
