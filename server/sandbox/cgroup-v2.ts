import 'server-only';

import path from 'node:path';

import {
  CPU_PERIOD_US,
  findMount,
  GROUP_PREFIX,
  groupDir,
  groupPids,
  killAndRemove,
  removeStaleGroups,
  type CgroupFs,
  type CgroupHostInfo,
  type CgroupSupport,
  type RunCgroup,
  type RunCgroupLimits,
} from './cgroup';

/**
 * cgroup v2 with a delegated subtree: our own group (from `0::/path` in /proc/self/cgroup)
 * must be writable by us (root, or a user it was delegated to, e.g. systemd `Delegate=yes`)
 * and offer `memory` and `pids` (`cpu` optional). v2 forbids processes in a group whose
 * controllers are enabled for its children ("no internal processes"), so when enabling them is
 * refused (EBUSY), every process in our group moves to a leaf `<own>/supervisor`: the delegated group
 * is our service's, and npm/tsx parents share it (the host's real root group is exempt and
 * stays as it is; a container's cgroup-namespace root is not exempt and is treated like any
 * group). Then:
 *
 *   <own>/                          subtree_control +memory +pids (+cpu)
 *     supervisor/                   the server's processes
 *     codemeet-sandbox-<pid>/       subtree_control +memory +pids (+cpu)
 *       run-<id>/                   memory.max, memory.swap.max 0, pids.max, cpu.max
 *
 * The launcher cannot join a run group itself: moving a process needs write access to the
 * cgroup.procs of the common ancestor of both groups (`<own>`), which the jail uid must never
 * have. The supervisor moves it instead, while the launcher waits (RunCgroup.admit).
 */

export const SUPERVISOR_LEAF = 'supervisor';

type Detected = { support: CgroupSupport; reason?: undefined } | { support: null; reason: string };

export async function detectCgroupV2(info: CgroupHostInfo): Promise<Detected> {
  const { fs } = info;
  const refuse = (reason: string): Detected => ({ support: null, reason });
  const mount = info.cgroupRoot ? { mountPoint: info.cgroupRoot, root: '' } : findMount(info.mountinfo, 'cgroup2');
  if (!mount) return refuse('no cgroup2 mount');
  const own = /^0::(\/.*)$/m.exec(info.procSelfCgroup)?.[1];
  if (own === undefined) return refuse('this process is in no cgroup v2 group (no 0:: line in /proc/self/cgroup)');
  let base = groupDir(mount, own);
  let moved = false;
  // A sandbox created earlier in this process already moved us to the leaf.
  if (path.basename(base) === SUPERVISOR_LEAF && base !== mount.mountPoint) {
    const parentControl = await readList(fs, path.join(path.dirname(base), 'cgroup.subtree_control'));
    if (parentControl.includes('memory') && parentControl.includes('pids')) {
      base = path.dirname(base);
      moved = true;
    }
  }
  const controllers = await readList(fs, path.join(base, 'cgroup.controllers'));
  const missing = ['memory', 'pids'].filter((controller) => !controllers.includes(controller));
  if (missing.length > 0) {
    return refuse(`cgroup v2 group ${base} does not offer ${missing.join(' and ')} (it offers: ${controllers.join(' ') || 'nothing'})`);
  }
  const cpu = controllers.includes('cpu');
  try {
    for (const file of ['cgroup.procs', 'cgroup.subtree_control']) await fs.accessWritable(path.join(base, file));
  } catch {
    return refuse(
      `cgroup v2 group ${base} is not delegated to uid ${info.uid} (its cgroup.procs or cgroup.subtree_control is not writable)`,
    );
  }
  try {
    const wanted = cpu ? ['memory', 'pids', 'cpu'] : ['memory', 'pids'];
    await enableControllers(fs, base, wanted).catch(async (error: NodeJS.ErrnoException) => {
      // EBUSY: processes in our group (only the real root group is exempt; a container's
      // cgroup-namespace root is not). Move them all to the leaf, then enable.
      if (error.code !== 'EBUSY' || moved) throw error;
      await moveProcesses(fs, base, path.join(base, SUPERVISOR_LEAF));
      await enableControllers(fs, base, wanted);
    });
    await removeStaleGroups(fs, base, info.pid);
    const parent = path.join(base, `${GROUP_PREFIX}${info.pid}`);
    await fs.mkdir(parent).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await enableControllers(fs, parent, wanted);
    const probe = path.join(parent, 'probe');
    await fs.mkdir(probe);
    try {
      for (const file of ['memory.max', 'pids.max', 'cgroup.procs']) await fs.accessWritable(path.join(probe, file));
    } finally {
      await fs.rmdir(probe);
    }
    return {
      support: {
        version: 2,
        memory: true,
        pids: true,
        cpu,
        ...(cpu ? {} : { reason: `cgroup v2 group ${base} offers no cpu controller: runs are not held to one core` }),
        createRun: (runId, limits) => createRunV2(fs, parent, runId, limits, cpu),
        close: () => fs.rmdir(parent).catch(() => undefined),
      },
    };
  } catch (error) {
    return refuse(`cannot set up cgroup v2 under ${base}: ${(error as Error).message}`);
  }
}

async function readList(fs: CgroupFs, file: string): Promise<string[]> {
  const text = await fs.readFile(file).catch(() => '');
  return text.split(/\s+/).filter(Boolean);
}

/** Moves every process of `from` into the leaf `to` (created if needed). */
async function moveProcesses(fs: CgroupFs, from: string, to: string): Promise<void> {
  await fs.mkdir(to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  for (const pid of (await groupPids(fs, from)) ?? []) {
    await fs.writeFile(path.join(to, 'cgroup.procs'), String(pid)).catch((error: NodeJS.ErrnoException) => {
      // A process that exited meanwhile.
      if (error.code !== 'ESRCH') throw error;
    });
  }
}

async function enableControllers(fs: CgroupFs, dir: string, controllers: string[]): Promise<void> {
  const enabled = await readList(fs, path.join(dir, 'cgroup.subtree_control'));
  // One write per controller: the kernel rejects a whole line for one unavailable controller.
  for (const controller of controllers) {
    if (!enabled.includes(controller)) await fs.writeFile(path.join(dir, 'cgroup.subtree_control'), `+${controller}`);
  }
}

async function exists(fs: CgroupFs, file: string): Promise<boolean> {
  return fs.accessWritable(file).then(
    () => true,
    () => false,
  );
}

async function readNumber(fs: CgroupFs, file: string): Promise<number> {
  const text = await fs.readFile(file).catch(() => '0');
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : 0;
}

async function createRunV2(fs: CgroupFs, parent: string, runId: string, limits: RunCgroupLimits, cpu: boolean): Promise<RunCgroup> {
  const dir = path.join(parent, runId);
  await fs.mkdir(dir);
  let sampler: NodeJS.Timeout | null = null;
  let sampledPeak = 0;
  const hasKill = await exists(fs, path.join(dir, 'cgroup.kill'));
  const group: RunCgroup = {
    procsFiles: [],
    admit: (pid) => fs.writeFile(path.join(dir, 'cgroup.procs'), String(pid)),
    peakMemoryKb: async () => {
      const peak = sampler
        ? Math.max(sampledPeak, await readNumber(fs, path.join(dir, 'memory.current')))
        : await readNumber(fs, path.join(dir, 'memory.peak'));
      return Math.round(peak / 1024);
    },
    oomKilled: async () => {
      const text = await fs.readFile(path.join(dir, 'memory.events')).catch(() => '');
      const match = /^oom_kill (\d+)$/m.exec(text);
      return match !== null && Number(match[1]) > 0;
    },
    destroy: async () => {
      if (sampler) clearInterval(sampler);
      // cgroup.kill (Linux 5.14) kills the whole group at once, forks in flight included.
      await killAndRemove(fs, dir, hasKill ? () => fs.writeFile(path.join(dir, 'cgroup.kill'), '1') : undefined);
    },
  };
  try {
    await fs.writeFile(path.join(dir, 'memory.max'), String(limits.memoryBytes));
    // Without this, a host with swap would let a run exceed its limit by swapping.
    await fs.writeFile(path.join(dir, 'memory.swap.max'), '0').catch((error: NodeJS.ErrnoException) => {
      // Absent when the kernel does no swap accounting: then there is no swap to escape to.
      if (error.code !== 'ENOENT') throw error;
    });
    await fs.writeFile(path.join(dir, 'pids.max'), String(limits.maxProcesses));
    // One core per run: threads of one run cannot starve the other runs (or the server).
    if (cpu) await fs.writeFile(path.join(dir, 'cpu.max'), `${CPU_PERIOD_US} ${CPU_PERIOD_US}`);
    const hasPeak = await fs.readFile(path.join(dir, 'memory.peak')).then(
      () => true,
      () => false,
    );
    if (!hasPeak) {
      // memory.peak needs Linux 5.19; before that, sample memory.current (may miss short spikes).
      sampler = setInterval(() => {
        void readNumber(fs, path.join(dir, 'memory.current')).then((bytes) => (sampledPeak = Math.max(sampledPeak, bytes)));
      }, 20);
      sampler.unref();
    }
  } catch (error) {
    await group.destroy().catch(() => undefined);
    throw error;
  }
  return group;
}
