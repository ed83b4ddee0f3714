import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users, type User } from '@/db/schema';
import { withTransaction, type TransactionScope } from '@/db/transaction';
import type { UserActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { publish } from '@/lib/events';
import { uploadedFile } from '@/lib/http/upload';
import { blobStore } from '@/lib/storage/blob-store';

export const AVATAR_ROUTE = '/api/avatars/';
export const AVATAR_FILE_PATTERN = /^[0-9]+-[A-Za-z0-9_-]{16}\.(png|jpg|gif|webp)$/;

/** How both contracts' upload routes take the file (multipart/form-data). */
export const AVATAR_FORM = { field: 'avatar', description: 'PNG, JPEG, GIF or WebP, up to 2 MB' } as const;

const CONTENT_TYPES = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' } as const;
type ImageExt = keyof typeof CONTENT_TYPES;

/** The image type by its magic bytes: the declared type and file name are not trusted. */
export function sniffImage(bytes: Uint8Array): ImageExt | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

/** An uploaded file of this user's: only those may be set as its avatar by URL or removed on replacement. */
export function isOwnAvatar(userId: number, url: string): boolean {
  const name = url.startsWith(AVATAR_ROUTE) ? url.slice(AVATAR_ROUTE.length) : '';
  return AVATAR_FILE_PATTERN.test(name) && name.startsWith(`${userId}-`);
}

/** Once the profile no longer points at an uploaded file of the user's, the file goes (after the change commits). */
export function removeReplacedAvatar(scope: TransactionScope, userId: number, previous: string | null, next: string | null): void {
  if (!previous || previous === next || !isOwnAvatar(userId, previous)) return;
  scope.afterCommit(async () => (await blobStore('avatars')).remove(previous.slice(AVATAR_ROUTE.length)));
}

/** Stores a new avatar, points the profile at it and removes the one it replaces. */
export async function replaceAvatar(db: Db, actor: UserActor, bytes: Uint8Array): Promise<User> {
  if (bytes.byteLength === 0)
    throw new AppError('VALIDATION_ERROR', 'Avatar file is empty', { fieldErrors: { avatar: ['Avatar file is empty'] } });
  if (bytes.byteLength > env.AVATAR_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Avatar must be at most ${Math.floor(env.AVATAR_MAX_BYTES / 1024)} KB`);
  }
  const ext = sniffImage(bytes);
  if (!ext) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Avatar must be a PNG, JPEG, GIF or WebP image');
  const name = `${actor.userId}-${randomBytes(12).toString('base64url')}.${ext}`;
  const store = await blobStore('avatars');
  await store.put(name, bytes, CONTENT_TYPES[ext]);
  try {
    return await withTransaction(db, async (tx, scope) => {
      // The avatar being replaced is the one stored now (row locked), not the one this request
      // started with: two uploads at once each remove exactly the file they replaced.
      const [current] = await tx.select({ avatarUrl: users.avatarUrl }).from(users).where(eq(users.id, actor.userId)).for('update');
      if (!current) throw new AppError('USER_NOT_FOUND', 'User not found');
      const [user] = await tx
        .update(users)
        .set({ avatarUrl: `${AVATAR_ROUTE}${name}`, updatedAt: new Date() })
        .where(eq(users.id, actor.userId))
        .returning();
      removeReplacedAvatar(scope, actor.userId, current.avatarUrl, user!.avatarUrl);
      await publish(tx, 'user.updated', { userId: actor.userId });
      return user!;
    });
  } catch (error) {
    // Nothing points at the new file: it must not linger.
    await store.remove(name).catch(() => undefined);
    throw error;
  }
}

export async function readAvatar(name: string): Promise<{ bytes: Uint8Array; contentType: string }> {
  if (!AVATAR_FILE_PATTERN.test(name)) throw new AppError('NOT_FOUND', 'Avatar not found');
  const bytes = await (await blobStore('avatars')).get(name);
  if (!bytes) throw new AppError('NOT_FOUND', 'Avatar not found');
  return { bytes, contentType: CONTENT_TYPES[name.split('.').pop() as ImageExt] };
}

/** The uploaded file of a multipart request (field "avatar", or "file"). */
export function avatarFromRequest(request: Request): Promise<Uint8Array> {
  return uploadedFile(request, {
    field: 'avatar',
    alias: 'file',
    maxBytes: env.AVATAR_MAX_BYTES,
    label: 'Avatar',
    tooLarge: `Avatar must be at most ${Math.floor(env.AVATAR_MAX_BYTES / 1024)} KB`,
  });
}
