// GET /api/v1/users/me — codemeet-api.md 1.3
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { v1Me } from '@/lib/users/present';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route({ auth: 'user' }, async ({ actor }) => json(v1Me(actor.user))),
});
