// PUT /api/v1/users/{userId}/role — beside codemeet-api.md §1: an operator (SYSTEM_TOKEN) or an admin names admins
import { z } from 'zod';
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { decodeId } from '@/lib/ids';
import { v1User } from '@/lib/users/present';
import { setUserRole } from '@/lib/users/service';
import { v1UserRoleResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  PUT: v1Route(
    {
      auth: 'staff',
      params: z.object({ userId: z.string().meta({ example: 'usr_42' }) }),
      body: z.object({ role: z.enum(['user', 'admin'], { error: 'role must be user or admin' }) }).strict(),
      docs: {
        tag: 'Users (v1)',
        summary: 'Make a user an admin, or a user again',
        description:
          'For the system caller (`SYSTEM_TOKEN`: how an operator names the first admin of a PostgreSQL deployment without demo data) and for admins. An admin cannot demote themself. Takes effect on the user’s next request.',
        responses: {
          200: { description: 'The user with the new role', schema: v1UserRoleResponse },
          404: { description: 'USER_NOT_FOUND' },
        },
      },
    },
    async ({ db, actor, params, body }) => json(v1User(await setUserRole(db, actor, decodeId('user', params.userId), body.role))),
  ),
});
