// PUT /api/v1/users/me/preferences — codemeet-api.md 1.4 (GET beside it reads them)
import { json } from '@/lib/http/core';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { updatePreferences } from '@/lib/users/service';
import { v1PreferencesResponse } from '@/lib/validation/responses';
import { v1PreferencesBody } from '@/lib/validation/users';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      docs: {
        tag: 'Users (v1)',
        summary: 'Read preferences',
        responses: { 200: { description: 'Preferences', schema: v1PreferencesResponse } },
      },
    },
    async ({ actor }) => json({ preferences: actor.user.preferences, updatedAt: actor.user.updatedAt.toISOString() }),
  ),
  PUT: v1Route(
    {
      auth: 'user',
      body: v1PreferencesBody,
      docs: {
        tag: 'Users (v1)',
        summary: '1.4 Update preferences',
        description: 'Fields left out keep their value.',
        responses: { 200: { description: 'Saved', schema: v1PreferencesResponse } },
      },
    },
    async ({ db, actor, body }) => {
      const saved = await updatePreferences(db, actor, body);
      return json({ preferences: saved.preferences, updatedAt: saved.updatedAt.toISOString() });
    },
  ),
});
