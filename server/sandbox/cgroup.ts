import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * Per-run cgroups (v1 `memory` and `pids` controllers). Each run gets a child group under
 * `<our own group>/codemeet-sandbox-<pid>/`, which gives exact memory accounting and OOM
 * detection, a fork-bomb cap independent of the shared `nobody` uid, and a complete list
 * of the run's processes to kill at the end. cgroup v2 is not handled yet: those hosts
 * fall back to rlimits (see docs/sandbox.md).
 */

export interface CgroupSupport {
  /** Parent directory for per-run memory groups, or null when unusable. */
  memoryRoot: string | null;
  pidsRoot: string | null;
  /** Parent for per-run CPU quotas (best effort: without it a run may use every core until its time limit). */
  cpuRoot?: string | null;
  /** Why a controller is unusable, for sandboxStatus(). */
  reason?: string;
}

const GROUP_PREFIX = 'codemeet-sandbox-';
const CPU_PERIOD_US = 100_000;

export async function detectCgroups(enabled: boolean, uid: number): Promise<CgroupSupport> {
  if (!enabled) return { memoryRoot: null, pidsRoot: null, reason: 'cgroups disabled by configuration' };
  if (uid !== 0) return { memoryRoot: null, pidsRoot: null, reason: 'not running as root' };
  const [mountinfo, ownGroups] = await Promise.all([
    fsp.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''),
    fsp.readFile('/proc/self/cgroup', 'utf8').catch(() => ''),
  ]);
  const reasons: string[] = [];
  const root = async (controller: 'memory' | 'pids' | 'cpu', probeFile: string): Promise<string | null> => {
    const mount = findV1Mount(mountinfo, controller);
    const own = findOwnGroup(ownGroups, controller);
    if (!mount || own === null) {
      if (controller !== 'cpu') reasons.push(`no cgroup v1 ${controller} controller`);
      return null;
    }
    const relative = own.startsWith(mount.root) ? own.slice(mount.root.length) : own;
    const parent = path.join(mount.mountPoint, relative, `${GROUP_PREFIX}${process.pid}`);
    try {
      await removeStaleGroups(path.dirname(parent));
      await fsp.mkdir(parent, { recursive: true });
      const probe = path.join(parent, 'probe');
      await fsp.mkdir(probe);
      try {
        await fsp.access(path.join(probe, probeFile));
      } finally {
        await fsp.rmdir(probe);
      }
      return parent;
    } catch (error) {
      if (controller !== 'cpu') reasons.push(`cgroup ${controller} not writable: ${(error as Error).message}`);
      return null;
    }
  };
  const [memoryRoot, pidsRoot, cpuRoot] = await Promise.all([
    root('memory', 'memory.limit_in_bytes'),
    root('pids', 'pids.max'),
    root('cpu', 'cpu.cfs_quota_us'),
  ]);
  return { memoryRoot, pidsRoot, cpuRoot, ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}) };
}

function findV1Mount(mountinfo: string, controller: string): { mountPoint: string; root: string } | null {
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const [fsType, , superOptions = ''] = right.split(' ');
    if (fsType !== 'cgroup' || !superOptions.split(',').includes(controller)) continue;
    const fields = left.split(' ');
    const root = fields[3];
    const mountPoint = fields[4];
    if (root && mountPoint) return { mountPoint, root: root === '/' ? '' : root };
  }
  return null;
}

function findOwnGroup(procCgroup: string, controller: string): string | null {
  for (const line of procCgroup.split('\n')) {
    const [, controllers, groupPath] = line.split(':');
    if (controllers !== undefined && groupPath !== undefined && controllers.split(',').includes(controller)) {
      return groupPath;
    }
  }
  return null;
}

/** Groups left behind by supervisors that died: remove them once their processes are gone. */
async function removeStaleGroups(dir: string): Promise<void> {
  const entries = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.startsWith(GROUP_PREFIX)) continue;
    const pid = Number(name.slice(GROUP_PREFIX.length));
    if (pid === process.pid || isAlive(pid)) continue;
    const group = path.join(dir, name);
    const children = await fsp.readdir(group, { withFileTypes: true }).catch(() => []);
    for (const child of children) {
      if (child.isDirectory()) await killAndRemove(path.join(group, child.name)).catch(() => undefined);
    }
    await fsp.rmdir(group).catch(() => undefined);
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

export interface RunCgroupLimits {
  memoryBytes: number;
  maxProcesses: number;
}

/** The cgroups of one run: created before spawn, joined by the launcher, destroyed after. */
export class RunCgroup {
  private constructor(
    readonly memoryDir: string | null,
    readonly pidsDir: string | null,
    readonly cpuDir: string | null = null,
  ) {}

  static async create(support: CgroupSupport, runId: string, limits: RunCgroupLimits, jailUid: number): Promise<RunCgroup> {
    const memoryDir = support.memoryRoot ? path.join(support.memoryRoot, runId) : null;
    const pidsDir = support.pidsRoot ? path.join(support.pidsRoot, runId) : null;
    const cpuDir = support.cpuRoot ? path.join(support.cpuRoot, runId) : null;
    const group = new RunCgroup(memoryDir, pidsDir, cpuDir);
    try {
      if (memoryDir) {
        await fsp.mkdir(memoryDir);
        await fsp.writeFile(path.join(memoryDir, 'memory.limit_in_bytes'), String(limits.memoryBytes));
        // Without this, a host with swap would let a run exceed its limit by swapping.
        await fsp.writeFile(path.join(memoryDir, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes)).catch(() => undefined);
        await fsp.chown(path.join(memoryDir, 'cgroup.procs'), jailUid, -1);
      }
      if (pidsDir) {
        await fsp.mkdir(pidsDir);
        await fsp.writeFile(path.join(pidsDir, 'pids.max'), String(limits.maxProcesses));
        await fsp.chown(path.join(pidsDir, 'cgroup.procs'), jailUid, -1);
      }
      if (cpuDir) {
        // One core per run: threads of one run cannot starve the other runs (or the server).
        await fsp.mkdir(cpuDir);
        await fsp.writeFile(path.join(cpuDir, 'cpu.cfs_period_us'), String(CPU_PERIOD_US));
        await fsp.writeFile(path.join(cpuDir, 'cpu.cfs_quota_us'), String(CPU_PERIOD_US));
        await fsp.chown(path.join(cpuDir, 'cgroup.procs'), jailUid, -1);
      }
    } catch (error) {
      await group.destroy().catch(() => undefined);
      throw error;
    }
    return group;
  }

  /** cgroup.procs files the launcher writes its own pid into before exec'ing the jail. */
  get procsFiles(): string[] {
    return [this.memoryDir, this.pidsDir, this.cpuDir]
      .filter((dir): dir is string => dir !== null)
      .map((dir) => path.join(dir, 'cgroup.procs'));
  }

  async peakMemoryKb(): Promise<number> {
    if (!this.memoryDir) return 0;
    const text = await fsp.readFile(path.join(this.memoryDir, 'memory.max_usage_in_bytes'), 'utf8').catch(() => '0');
    return Math.round(Number(text.trim()) / 1024);
  }

  /** True when the kernel OOM killer fired inside this group. */
  async oomKilled(): Promise<boolean> {
    if (!this.memoryDir) return false;
    const text = await fsp.readFile(path.join(this.memoryDir, 'memory.oom_control'), 'utf8').catch(() => '');
    const match = /^oom_kill (\d+)$/m.exec(text);
    return match !== null && Number(match[1]) > 0;
  }

  /** Kills every process still in the group, then removes the groups. */
  async destroy(): Promise<void> {
    const dirs = [this.pidsDir, this.cpuDir, this.memoryDir].filter((dir): dir is string => dir !== null);
    for (const dir of dirs) await killAndRemove(dir);
  }
}

async function killAndRemove(dir: string): Promise<void> {
  // Up to ~5 s: a process deep in memory reclaim can take a while to act on SIGKILL.
  for (let attempt = 0; attempt < 110; attempt++) {
    const procs = await fsp.readFile(path.join(dir, 'cgroup.procs'), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (procs === null) return;
    const pids = procs.split('\n').filter(Boolean).map(Number);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (pids.length === 0) {
      try {
        await fsp.rmdir(dir);
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

/** Removes this supervisor's parent groups (best effort, at shutdown). */
export async function removeParentGroups(support: CgroupSupport): Promise<void> {
  for (const dir of [support.memoryRoot, support.pidsRoot]) {
    if (dir) await fsp.rmdir(dir).catch(() => undefined);
  }
}
