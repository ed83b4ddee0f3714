import 'server-only';
import { json } from '@/lib/http/core';
import { v1Route } from '@/lib/http/v1';
import { v1User } from '@/lib/users/present';
import { signUp } from '@/lib/users/service';
import { v1UserResponse } from '@/lib/validation/responses';
import { v1RegisterBody } from '@/lib/validation/users';

/** codemeet-api.md 1.1, served at /api/v1/users/register and at /api/v1/auth/register (the auth flow's path). */
export const registerHandler = (summary: string) =>
  v1Route(
    {
      auth: 'none',
      rateLimit: 'auth',
      body: v1RegisterBody,
      docs: {
        tag: 'Auth (v1)',
        summary,
        responses: {
          201: { description: 'Created', schema: v1UserResponse },
          409: { description: 'CONFLICT: email already registered' },
        },
      },
    },
    async ({ db, origin, body }) => {
      const user = await signUp(db, origin, {
        name: body.displayName,
        email: body.email,
        password: body.password,
        timezone: body.timezone,
      });
      const { userId, email, displayName, createdAt } = v1User(user);
      return json({ userId, email, displayName, timezone: user.timezone, createdAt }, 201, { Location: '/api/v1/users/me' });
    },
  );
