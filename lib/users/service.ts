import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { users, type User, type UserPreferences } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { isAdminActor, type Actor, type UserActor } from '@/lib/auth/actor';
import { burnPasswordCheck, hashPassword, verifyPassword } from '@/lib/auth/passwords';
import { uniqueViolation } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';
import { formatValidationMessage } from '@/lib/i18n/validation-messages';
import { guardAuthAttempt, type ClientOrigin } from '@/lib/guards/rate-limit';
import { AVATAR_ROUTE, isOwnAvatar, removeReplacedAvatar } from '@/lib/users/avatars';
import type { PreferencesUpdate, ProfileUpdate } from '@/lib/validation/users';

const EMAIL_TAKEN = formatValidationMessage('en', { key: 'emailTaken' });
const ACCOUNT_TAKEN = formatValidationMessage('en', { key: 'accountTaken' });

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  /** The ai-interview contract asks for one; v1 registrations get one made from the email. */
  account?: string;
  timezone?: string;
}

function conflictFor(constraint: string): AppError {
  if (constraint === 'users_account_key') {
    return new AppError('CONFLICT', ACCOUNT_TAKEN, { fieldMessages: { account: [{ key: 'accountTaken' }] } });
  }
  return new AppError('CONFLICT', EMAIL_TAKEN, { fieldMessages: { email: [{ key: 'emailTaken' }] } });
}

async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row !== undefined;
}

async function accountTaken(db: Db, account: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.account}) = ${account.toLowerCase()}`);
  return row !== undefined;
}

async function deriveAccount(db: Db, email: string): Promise<string> {
  const base = (email.split('@')[0] ?? 'user')
    .replace(/[^A-Za-z0-9_.-]/g, '')
    .slice(0, 24)
    .padEnd(3, '0');
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = attempt === 0 ? base : `${base}${Math.floor(1000 + Math.random() * 9000)}`;
    if (!(await accountTaken(db, candidate))) return candidate;
  }
  return `${base}${Date.now().toString(36)}`;
}

/** Signs a visitor up (both contracts' register, the sign-up page): an auth attempt of their address. */
export async function signUp(db: Db, origin: ClientOrigin, input: RegisterInput): Promise<User> {
  await guardAuthAttempt(db, origin);
  return createUser(db, input);
}

/** Creates an account without any client to limit: demo data and administration only; clients go through signUp. */
export async function createUser(db: Db, input: RegisterInput, role: User['role'] = 'user'): Promise<User> {
  const email = input.email.toLowerCase();
  if (await emailTaken(db, email)) throw conflictFor('users_email_key');
  if (input.account && (await accountTaken(db, input.account))) throw conflictFor('users_account_key');
  const account = input.account ?? (await deriveAccount(db, email));
  const passwordHash = await hashPassword(input.password);
  try {
    const [user] = await db
      .insert(users)
      .values({
        name: input.name,
        email,
        account,
        passwordHash,
        role,
        timezone: input.timezone ?? 'Asia/Taipei',
      })
      .returning();
    return user!;
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    const constraint = uniqueViolation(error);
    if (constraint !== null) throw conflictFor(constraint);
    throw error;
  }
}

/**
 * Log in by account name or email; one message for every failure, so accounts cannot be probed.
 * Every log-in door (both contracts, next-auth's authorize) comes through here, so the auth
 * rate limit of the client's address is counted here.
 */
export async function verifyCredentials(db: Db, origin: ClientOrigin, identifier: string, password: string): Promise<User> {
  await guardAuthAttempt(db, origin);
  const key = identifier.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(or(sql`lower(${users.email}) = ${key}`, sql`lower(${users.account}) = ${key}`))
    .limit(1);
  if (!user) {
    await burnPasswordCheck(password);
    throw new AppError('INVALID_CREDENTIALS', 'Account or password is incorrect');
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('INVALID_CREDENTIALS', 'Account or password is incorrect');
  }
  return user;
}

export async function updateProfile(db: Db, actor: UserActor, patch: ProfileUpdate): Promise<User> {
  if (Object.keys(patch).length === 0) return actor.user;
  // Another user's uploaded file may not be claimed: replacing it later would delete it.
  if (patch.avatarUrl?.startsWith(AVATAR_ROUTE) && !isOwnAvatar(actor.userId, patch.avatarUrl)) {
    throw new AppError('VALIDATION_ERROR', 'Avatar must be an image you uploaded', {
      fieldMessages: { avatar: [{ key: 'avatarNotYours' }] },
    });
  }
  return withTransaction(db, async (tx, scope) => {
    // The row as it is now (locked), not as it was when the request began: a concurrent avatar
    // upload must not be overwritten unseen, nor its file left behind.
    const [current] = await tx.select({ avatarUrl: users.avatarUrl }).from(users).where(eq(users.id, actor.userId)).for('update');
    if (!current) throw new AppError('USER_NOT_FOUND', 'User not found');
    const [user] = await tx
      .update(users)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(users.id, actor.userId))
      .returning();
    if (patch.avatarUrl !== undefined) removeReplacedAvatar(scope, actor.userId, current.avatarUrl, user!.avatarUrl);
    await publish(tx, 'user.updated', { userId: actor.userId });
    return user!;
  });
}

/** codemeet-api.md 1.4: fields sent replace the stored ones, the rest stay; merged in one statement, so concurrent updates all land. */
export async function updatePreferences(
  db: Db,
  actor: UserActor,
  patch: PreferencesUpdate,
): Promise<{ preferences: UserPreferences; updatedAt: Date }> {
  return withTransaction(db, async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ preferences: sql`${users.preferences} || ${JSON.stringify(patch)}::jsonb`, updatedAt: sql`now()` })
      .where(eq(users.id, actor.userId))
      .returning({ preferences: users.preferences, updatedAt: users.updatedAt });
    if (!user) throw new AppError('USER_NOT_FOUND', 'User not found');
    await publish(tx, 'user.updated', { userId: actor.userId });
    return user;
  });
}

export async function setLocale(db: Db, actor: UserActor, locale: 'zh-TW' | 'en'): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, actor.userId));
}

/**
 * Makes a user an admin or takes it back: the system caller (SYSTEM_TOKEN, how an operator
 * names the first admin) or an admin may; an admin may not demote themself (the last admin
 * would lock everyone out of the admin pages). The change counts on the user's next request.
 */
export async function setUserRole(db: Db, actor: Actor, userId: number, role: User['role']): Promise<User> {
  if (actor.kind === 'user' && !isAdminActor(actor))
    throw new AppError('FORBIDDEN', 'Only the system or an administrator may change roles');
  if (actor.kind === 'user' && actor.userId === userId && role !== 'admin')
    throw new AppError('FORBIDDEN', 'An administrator cannot demote themself');
  const [user] = await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).returning();
  if (!user) throw new AppError('USER_NOT_FOUND', 'User not found');
  await publish(db, 'user.updated', { userId });
  return user;
}
