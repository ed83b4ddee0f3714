import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

import { detectCgroupV1 } from './cgroup-v1';
import { detectCgroupV2 } from './cgroup-v2';

/**
 * Per-run cgroups: exact memory accounting and OOM detection, a fork-bomb cap independent of
 * the shared `nobody` uid, a CPU quota, and a complete list of the run's processes to kill at
 * the end. Two implementations behind one interface: cgroup v2 with a delegated subtree
 * (cgroup-v2.ts), tried first, and the v1 `memory`/`pids`/`cpu` hierarchies (cgroup-v1.ts).
 */

export interface CgroupSupport {
  version: 1 | 2 | null;
  memory: boolean;
  pids: boolean;
  /** Best effort: without it a run may use every core until its time limit. */
  cpu: boolean;
  /** Why cgroups (or a controller) are unusable, for sandboxStatus(). */
  reason?: string;
  createRun(runId: string, limits: RunCgroupLimits, jailUid: number): Promise<RunCgroup>;
  /** Removes this supervisor's parent groups (best effort, at shutdown). */
  close(): Promise<void>;
}

export interface RunCgroupLimits {
  memoryBytes: number;
  maxProcesses: number;
}

/** The cgroups of one run: created before spawn, joined by the launcher, destroyed after. */
export interface RunCgroup {
  /** cgroup.procs files the launcher writes its own pid into before exec'ing the jail. */
  readonly procsFiles: string[];
  /**
   * Set when the supervisor must move the launcher itself (cgroup v2: the delegation rules
   * require write access to the common ancestor's cgroup.procs, which the jail uid never gets).
   * The launcher waits for the go-ahead until this resolved.
   */
  admit?(pid: number): Promise<void>;
  peakMemoryKb(): Promise<number>;
  /** True when the kernel OOM killer fired inside this group. */
  oomKilled(): Promise<boolean>;
  /** Kills every process still in the group, then removes the groups. */
  destroy(): Promise<void>;
}

/** The file operations the cgroup code needs; tests substitute a simulated cgroupfs. */
export interface CgroupFs {
  mkdir(dir: string): Promise<void>;
  rmdir(dir: string): Promise<void>;
  readFile(file: string): Promise<string>;
  writeFile(file: string, data: string): Promise<void>;
  readdir(dir: string): Promise<Array<{ name: string; isDirectory: boolean }>>;
  /** Throws unless the path exists and is writable by this process. */
  accessWritable(file: string): Promise<void>;
  chown(file: string, uid: number): Promise<void>;
}

export const realCgroupFs: CgroupFs = {
  mkdir: async (dir) => {
    await fsp.mkdir(dir);
  },
  rmdir: (dir) => fsp.rmdir(dir),
  readFile: (file) => fsp.readFile(file, 'utf8'),
  writeFile: (file, data) => fsp.writeFile(file, data),
  readdir: async (dir) =>
    (await fsp.readdir(dir, { withFileTypes: true })).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() })),
  accessWritable: (file) => fsp.access(file, fsp.constants.W_OK),
  chown: (file, uid) => fsp.chown(file, uid, -1),
};

export interface CgroupHostInfo {
  /** Contents of /proc/self/mountinfo. */
  mountinfo: string;
  /** Contents of /proc/self/cgroup. */
  procSelfCgroup: string;
  uid: number;
  pid: number;
  /** Where cgroup v2 is mounted, when not found in mountinfo (SandboxOptions.cgroupRoot). */
  cgroupRoot?: string;
  fs: CgroupFs;
}

export const GROUP_PREFIX = 'codemeet-sandbox-';
export const CPU_PERIOD_US = 100_000;

export interface DetectOptions {
  enabled: boolean;
  uid: number;
  cgroupRoot?: string;
}

/** cgroup v2 where a delegated subtree offers memory and pids, else v1 as root, else none. */
export async function detectCgroups(options: DetectOptions): Promise<CgroupSupport> {
  if (!options.enabled) return noCgroups('cgroups disabled by configuration');
  const [mountinfo, procSelfCgroup] = await Promise.all([
    fsp.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''),
    fsp.readFile('/proc/self/cgroup', 'utf8').catch(() => ''),
  ]);
  const info: CgroupHostInfo = {
    mountinfo,
    procSelfCgroup,
    uid: options.uid,
    pid: process.pid,
    fs: realCgroupFs,
    ...(options.cgroupRoot ? { cgroupRoot: options.cgroupRoot } : {}),
  };
  const v2 = await detectCgroupV2(info);
  if (v2.support) return v2.support;
  const v1 = await detectCgroupV1(info);
  if (v1.memory || v1.pids) return v1;
  return noCgroups(`cgroup v2: ${v2.reason}; cgroup v1: ${v1.reason ?? 'unusable'}`);
}

export function noCgroups(reason: string): CgroupSupport {
  return {
    version: null,
    memory: false,
    pids: false,
    cpu: false,
    reason,
    createRun: async () => ({
      procsFiles: [],
      peakMemoryKb: async () => 0,
      oomKilled: async () => false,
      destroy: async () => undefined,
    }),
    close: async () => undefined,
  };
}

/** The mount point and mounted root of the first mount of `fsType` whose options pass `matches`. */
export function findMount(
  mountinfo: string,
  fsType: 'cgroup' | 'cgroup2',
  matches: (superOptions: string[]) => boolean = () => true,
): { mountPoint: string; root: string } | null {
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const [type, , superOptions = ''] = right.split(' ');
    if (type !== fsType || !matches(superOptions.split(','))) continue;
    const fields = left.split(' ');
    const root = fields[3];
    const mountPoint = fields[4];
    if (root && mountPoint) return { mountPoint, root: root === '/' ? '' : root };
  }
  return null;
}

/** Our group's path inside the mount (a cgroup namespace shows it relative to the mount's root already). */
export function groupDir(mount: { mountPoint: string; root: string }, own: string): string {
  const relative = mount.root && own.startsWith(mount.root) ? own.slice(mount.root.length) : own;
  return path.join(mount.mountPoint, relative);
}

/** Groups left behind by supervisors that died: remove them once their processes are gone. */
export async function removeStaleGroups(fs: CgroupFs, dir: string, ownPid: number): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory || !entry.name.startsWith(GROUP_PREFIX)) continue;
    const pid = Number(entry.name.slice(GROUP_PREFIX.length));
    if (pid === ownPid || isAlive(pid)) continue;
    const group = path.join(dir, entry.name);
    const children = await fs.readdir(group).catch(() => []);
    for (const child of children) {
      if (child.isDirectory) await killAndRemove(fs, path.join(group, child.name)).catch(() => undefined);
    }
    await fs.rmdir(group).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pids in a cgroup.procs file, or null when the group is gone. */
export async function groupPids(fs: CgroupFs, dir: string): Promise<number[] | null> {
  const procs = await fs.readFile(path.join(dir, 'cgroup.procs')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return procs === null ? null : procs.split('\n').filter(Boolean).map(Number);
}

/**
 * Empties a group and removes it. `killAll` (cgroup v2's cgroup.kill) kills every process at
 * once; otherwise each listed pid gets SIGKILL, repeated until none is left.
 */
export async function killAndRemove(fs: CgroupFs, dir: string, killAll?: () => Promise<void>): Promise<void> {
  // Up to ~5 s: a process deep in memory reclaim can take a while to act on SIGKILL.
  for (let attempt = 0; attempt < 110; attempt++) {
    const pids = await groupPids(fs, dir);
    if (pids === null) return;
    if (pids.length > 0 && killAll) {
      await killAll();
    } else {
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    if (pids.length === 0) {
      try {
        await fs.rmdir(dir);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return;
        if (code !== 'EBUSY') throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, attempt < 10 ? 5 : 50));
  }
  throw new Error(`cgroup ${dir} still busy after kill`);
}
