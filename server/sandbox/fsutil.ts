import 'server-only';

import { randomBytes } from 'node:crypto';
import { constants as fsc, promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * File helpers for directories a jailed process may have touched. The supervisor never
 * follows a link there: it creates files with O_EXCL|O_NOFOLLOW, reads results only
 * from pipes, and removes directories without dereferencing symlinks.
 */

const CREATE_FLAGS = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | fsc.O_NOFOLLOW;

/** Creates a fresh private directory (0700) under `parent`, owned by `owner` when given. */
export async function createPrivateDir(parent: string, prefix: string, owner?: { uid: number; gid: number }): Promise<string> {
  const dir = path.join(parent, `${prefix}${randomBytes(9).toString('hex')}`);
  await fsp.mkdir(dir, { mode: 0o700 });
  if (owner) await fsp.chown(dir, owner.uid, owner.gid);
  return dir;
}

/** Writes a new file; fails if anything (file or symlink) already exists under that name. */
export async function writeNewFile(dir: string, name: string, data: string | Buffer, mode = 0o644): Promise<void> {
  if (name !== path.basename(name) || name === '..' || name === '.') {
    throw new Error(`refusing to write outside the run directory: ${name}`);
  }
  const handle = await fsp.open(path.join(dir, name), CREATE_FLAGS, mode);
  try {
    await handle.writeFile(data);
    // The open mode is filtered by umask; the jail user must be able to read what we wrote.
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
}

/**
 * Removes a run directory. fs.rm unlinks symlinks instead of following them; callers only
 * do this after every process of the run is gone, so nothing can swap entries meanwhile.
 */
export async function removeTree(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true, maxRetries: 2 });
}
