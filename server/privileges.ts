import fs from 'node:fs';
import path from 'node:path';
import { logger } from '@/lib/logger';

/**
 * The web server gives up root once the runner keeper (which keeps it, for the jail) is forked:
 * it runs no user code, so it needs no privilege. The folders it writes (the embedded database,
 * uploads) are handed to that user first.
 */
export function dropPrivileges(user: string, ownedPaths: string[]): void {
  if (process.getuid?.() !== 0) {
    logger.warn({ user }, 'WEB_USER is set but the server does not run as root: nothing to give up');
    return;
  }
  const { uid, gid } = lookupUser(user);
  for (const owned of ownedPaths) chownTree(owned, uid, gid);
  process.setgroups?.([gid]);
  process.setgid?.(gid);
  process.setuid?.(uid);
  logger.info({ uid, gid }, 'the web server runs as an ordinary user; only the runners keep root');
}

/** `name`, `uid` or `uid:gid`; a name is looked up in /etc/passwd. */
function lookupUser(user: string): { uid: number; gid: number } {
  const numeric = /^(\d+)(?::(\d+))?$/.exec(user);
  if (numeric) return { uid: Number(numeric[1]), gid: Number(numeric[2] ?? numeric[1]) };
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.split(':')[0] === user);
  const fields = line?.split(':');
  if (!fields || fields.length < 4) throw new Error(`WEB_USER ${user} is not a user of this machine`);
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

/** chown -R without following symbolic links (lchown), so a link cannot hand over a file elsewhere. */
function chownTree(target: string, uid: number, gid: number): void {
  const stat = fs.lstatSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  fs.lchownSync(target, uid, gid);
  if (!stat.isDirectory()) return;
  for (const entry of fs.readdirSync(target)) chownTree(path.join(target, entry), uid, gid);
}
