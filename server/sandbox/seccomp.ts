import 'server-only';

import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * The seccomp filter bwrap loads before exec'ing user code (`--seccomp 4`). It is generated
 * by seccomp/build-filter.py with libseccomp (Debian's python3-seccomp) once per version of
 * that script, and cached next to the toolchain caches as `seccomp-<hash>.bpf`.
 */

export const SECCOMP_SCRIPT = path.join(process.cwd(), 'server', 'sandbox', 'seccomp', 'build-filter.py');
export const SYSTEM_PYTHON = '/usr/bin/python3';

export type SeccompFilter = { file: string; reason?: undefined } | { file: null; reason: string };

export async function prepareSeccompFilter(
  cacheRoot: string,
  uid: number,
  options: { python?: string; script?: string } = {},
): Promise<SeccompFilter> {
  const script = options.script ?? SECCOMP_SCRIPT;
  const python = options.python ?? SYSTEM_PYTHON;
  const source = await fsp.readFile(script).catch(() => null);
  if (!source) return { file: null, reason: `the seccomp filter script ${script} is missing` };
  const hash = createHash('sha256').update(python).update('\0').update(source).digest('hex').slice(0, 16);
  const file = path.join(cacheRoot, `seccomp-${hash}.bpf`);
  if (!(await fsp.lstat(file).catch(() => null))) {
    const staging = path.join(cacheRoot, `.staging-seccomp-${randomBytes(6).toString('hex')}.bpf`);
    try {
      await run(python, [script, staging]);
      await fsp.chmod(staging, 0o644);
      await fsp.rename(staging, file);
    } catch (error) {
      return { file: null, reason: `cannot build the seccomp filter (install python3-seccomp): ${(error as Error).message}` };
    } finally {
      await fsp.rm(staging, { force: true });
    }
  }
  // bwrap loads whatever this file holds into every jail: it must be ours alone, as the cache is.
  const stat = await fsp.lstat(file);
  if (!stat.isFile() || stat.uid !== uid || (stat.mode & 0o022) !== 0 || stat.size === 0 || stat.size % 8 !== 0) {
    return {
      file: null,
      reason: `unsafe or malformed seccomp filter ${file}: it must be a BPF program owned by uid ${uid}, not group/world writable`,
    };
  }
  return { file };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 30_000, env: { NODE_ENV: 'production', PATH: '/usr/bin:/bin' } }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const detail = stderr.trim().split('\n').at(-1) ?? '';
      reject(new Error(detail ? `${error.message.split('\n')[0]}: ${detail}` : error.message));
    });
  });
}
