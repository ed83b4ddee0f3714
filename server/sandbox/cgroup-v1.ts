import 'server-only';

import path from 'node:path';

import {
  CPU_PERIOD_US,
  findMount,
  GROUP_PREFIX,
  groupDir,
  killAndRemove,
  removeStaleGroups,
  type CgroupFs,
  type CgroupHostInfo,
  type CgroupSupport,
  type RunCgroup,
  type RunCgroupLimits,
} from './cgroup';

/**
 * cgroup v1: one child group per run under `<own group>/codemeet-sandbox-<pid>/` of each of
 * the `memory`, `pids` and (best effort) `cpu` hierarchies. Used as root only; the launcher
 * joins by writing its pid into each run group's cgroup.procs (chowned to the jail uid).
 */

type Controller = 'memory' | 'pids' | 'cpu';

export async function detectCgroupV1(info: CgroupHostInfo): Promise<CgroupSupport> {
  const { fs } = info;
  const unusable = (reason: string): CgroupSupport => ({ ...v1Support(fs, null, null, null), reason });
  if (info.uid !== 0) return unusable('not running as root');
  const reasons: string[] = [];
  const root = async (controller: Controller, probeFile: string): Promise<string | null> => {
    const mount = findMount(info.mountinfo, 'cgroup', (options) => options.includes(controller));
    const own = findOwnGroup(info.procSelfCgroup, controller);
    if (!mount || own === null) {
      if (controller !== 'cpu') reasons.push(`no cgroup v1 ${controller} controller`);
      return null;
    }
    const parent = path.join(groupDir(mount, own), `${GROUP_PREFIX}${info.pid}`);
    try {
      await removeStaleGroups(fs, path.dirname(parent), info.pid);
      await fs.mkdir(parent).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      const probe = path.join(parent, 'probe');
      await fs.mkdir(probe);
      try {
        await fs.accessWritable(path.join(probe, probeFile));
      } finally {
        await fs.rmdir(probe);
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
  const support = v1Support(fs, memoryRoot, pidsRoot, cpuRoot);
  return reasons.length > 0 ? { ...support, reason: reasons.join('; ') } : support;
}

function v1Support(fs: CgroupFs, memoryRoot: string | null, pidsRoot: string | null, cpuRoot: string | null): CgroupSupport {
  return {
    version: memoryRoot || pidsRoot ? 1 : null,
    memory: memoryRoot !== null,
    pids: pidsRoot !== null,
    cpu: cpuRoot !== null,
    createRun: (runId, limits, jailUid) => createRunV1(fs, { memoryRoot, pidsRoot, cpuRoot }, runId, limits, jailUid),
    close: async () => {
      for (const dir of [memoryRoot, pidsRoot, cpuRoot]) {
        if (dir) await fs.rmdir(dir).catch(() => undefined);
      }
    },
  };
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

async function createRunV1(
  fs: CgroupFs,
  roots: { memoryRoot: string | null; pidsRoot: string | null; cpuRoot: string | null },
  runId: string,
  limits: RunCgroupLimits,
  jailUid: number,
): Promise<RunCgroup> {
  const memoryDir = roots.memoryRoot ? path.join(roots.memoryRoot, runId) : null;
  const pidsDir = roots.pidsRoot ? path.join(roots.pidsRoot, runId) : null;
  const cpuDir = roots.cpuRoot ? path.join(roots.cpuRoot, runId) : null;
  const dirs = [memoryDir, pidsDir, cpuDir].filter((dir): dir is string => dir !== null);
  const group: RunCgroup = {
    procsFiles: dirs.map((dir) => path.join(dir, 'cgroup.procs')),
    peakMemoryKb: async () => {
      if (!memoryDir) return 0;
      const text = await fs.readFile(path.join(memoryDir, 'memory.max_usage_in_bytes')).catch(() => '0');
      return Math.round(Number(text.trim()) / 1024);
    },
    oomKilled: async () => {
      if (!memoryDir) return false;
      const text = await fs.readFile(path.join(memoryDir, 'memory.oom_control')).catch(() => '');
      const match = /^oom_kill (\d+)$/m.exec(text);
      return match !== null && Number(match[1]) > 0;
    },
    destroy: async () => {
      for (const dir of [pidsDir, cpuDir, memoryDir]) if (dir) await killAndRemove(fs, dir);
    },
  };
  try {
    if (memoryDir) {
      await fs.mkdir(memoryDir);
      await fs.writeFile(path.join(memoryDir, 'memory.limit_in_bytes'), String(limits.memoryBytes));
      // Without this, a host with swap would let a run exceed its limit by swapping.
      await fs.writeFile(path.join(memoryDir, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes)).catch(() => undefined);
      await fs.chown(path.join(memoryDir, 'cgroup.procs'), jailUid);
    }
    if (pidsDir) {
      await fs.mkdir(pidsDir);
      await fs.writeFile(path.join(pidsDir, 'pids.max'), String(limits.maxProcesses));
      await fs.chown(path.join(pidsDir, 'cgroup.procs'), jailUid);
    }
    if (cpuDir) {
      // One core per run: threads of one run cannot starve the other runs (or the server).
      await fs.mkdir(cpuDir);
      await fs.writeFile(path.join(cpuDir, 'cpu.cfs_period_us'), String(CPU_PERIOD_US));
      await fs.writeFile(path.join(cpuDir, 'cpu.cfs_quota_us'), String(CPU_PERIOD_US));
      await fs.chown(path.join(cpuDir, 'cgroup.procs'), jailUid);
    }
  } catch (error) {
    await group.destroy().catch(() => undefined);
    throw error;
  }
  return group;
}
