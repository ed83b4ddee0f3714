// GET /api/v1/users/me — codemeet-api.md 1.3
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { v1Me } from '@/lib/users/present';
import { v1MeResponse } from '@/lib/validation/responses';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      docs: { tag: 'Users (v1)', summary: '1.3 The current user', responses: { 200: { description: 'Me', schema: v1MeResponse } } },
    },
    async ({ actor }) => json(v1Me(actor.user)),
  ),
});
