import 'server-only';
import { json } from '@/lib/http/core';
import { v1Route } from '@/lib/http/v1';
import { v1User } from '@/lib/users/present';
import { registerUser } from '@/lib/users/service';
import { v1RegisterBody } from '@/lib/validation/users';

/** codemeet-api.md 1.1, served at /api/v1/users/register and at /api/v1/auth/register (the auth flow's path). */
export const registerHandler = v1Route({ auth: 'none', rateLimit: 'auth', body: v1RegisterBody }, async ({ db, body }) => {
  const user = await registerUser(db, { name: body.displayName, email: body.email, password: body.password, timezone: body.timezone });
  const { userId, email, displayName, createdAt } = v1User(user);
  return json({ userId, email, displayName, timezone: user.timezone, createdAt }, 201, {
    Location: '/api/v1/users/me',
  });
});
