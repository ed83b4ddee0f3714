import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { appSettings } from '@/db/schema';

const KEY = 'auth_secret';

/**
 * AUTH_SECRET from the environment, else one generated on first start and kept in the
 * database, so every instance on the same database signs and checks with the same key.
 * The server calls this once at start and exports it to process.env for next-auth.
 */
export async function ensureAuthSecret(db: Db): Promise<string> {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  let secret = fromEnv;
  if (!secret) {
    await db
      .insert(appSettings)
      .values({ key: KEY, value: randomBytes(48).toString('base64url') })
      .onConflictDoNothing();
    const [row] = await db.select().from(appSettings).where(eq(appSettings.key, KEY));
    secret = row!.value;
  }
  process.env.AUTH_SECRET = secret;
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not initialised: the server must call ensureAuthSecret() at start');
  return secret;
}
