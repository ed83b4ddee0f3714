import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { detectCgroups, type CgroupFs, type CgroupHostInfo } from '@/server/sandbox/cgroup';
import { detectCgroupV2 } from '@/server/sandbox/cgroup-v2';

/**
 * No machine we test on can give a real cgroup v2 leg (their memory/pids controllers are bound
 * to v1), so the v2 code runs against a directory tree shaped like cgroupfs. FakeCgroupFs plays
 * the kernel's part: mkdir creates the interface files of the controllers the parent enables,
 * cgroup.procs moves a pid between groups, subtree_control enforces "no internal processes",
 * cgroup.kill empties a group, rmdir refuses a populated group.
 */

const ALL = ['cpuset', 'cpu', 'io', 'memory', 'hugetlb', 'pids'];
const MOUNT_OPTIONS = 'rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot';

interface KernelFeatures {
  /** memory.peak (Linux 5.19). */
  peak: boolean;
  /** cgroup.kill (Linux 5.14). */
  kill: boolean;
}

class FakeCgroupFs implements CgroupFs {
  readonly chowned: string[] = [];
  readonly killed: string[] = [];
  /** Groups whose cgroup.procs and subtree_control this process may not write (no delegation). */
  readonly readOnly = new Set<string>();

  constructor(
    readonly root: string,
    readonly features: KernelFeatures = { peak: true, kill: true },
    readonly rootIsReal = true,
  ) {}

  /** The root group, offering `controllers`. */
  async boot(controllers: string[]): Promise<void> {
    await this.populate(this.root, controllers);
  }

  /** A group made by someone else (systemd), with the controllers its parent enables. */
  async makeGroup(dir: string, procs: number[] = []): Promise<void> {
    await fsp.mkdir(dir, { recursive: true });
    await this.populate(dir, await this.list(path.join(path.dirname(dir), 'cgroup.subtree_control')));
    await fsp.writeFile(path.join(dir, 'cgroup.procs'), procs.map((pid) => `${pid}\n`).join(''));
  }

  async mkdir(dir: string): Promise<void> {
    await fsp.mkdir(dir);
    await this.populate(dir, await this.list(path.join(path.dirname(dir), 'cgroup.subtree_control')));
  }

  async rmdir(dir: string): Promise<void> {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    if (entries.some((entry) => entry.isDirectory()) || (await this.pids(dir)).length > 0) throw errno('EBUSY', dir);
    for (const entry of entries) await fsp.rm(path.join(dir, entry.name));
    await fsp.rmdir(dir);
  }

  async readFile(file: string): Promise<string> {
    if (path.basename(file) === 'cgroup.kill') throw errno('EINVAL', file);
    if (path.basename(file) === 'cgroup.procs') {
      // The kernel lists live processes only.
      const live = (await this.pids(path.dirname(file))).filter(isAlive);
      await fsp.writeFile(file, live.map((pid) => `${pid}\n`).join(''));
    }
    return fsp.readFile(file, 'utf8');
  }

  async writeFile(file: string, data: string): Promise<void> {
    const dir = path.dirname(file);
    const name = path.basename(file);
    await fsp.access(file).catch(() => {
      throw errno('ENOENT', file);
    });
    if (name === 'cgroup.procs') {
      if (!isRoot(this, dir) && (await this.list(path.join(dir, 'cgroup.subtree_control'))).length > 0) throw errno('EBUSY', file);
      await this.removeEverywhere(Number(data), this.root);
      await fsp.appendFile(file, `${Number(data)}\n`);
    } else if (name === 'cgroup.subtree_control') {
      const controller = data.replace(/^\+/, '');
      if (!(await this.list(path.join(dir, 'cgroup.controllers'))).includes(controller)) throw errno('ENOENT', file);
      if (!isRoot(this, dir) && (await this.pids(dir)).length > 0) throw errno('EBUSY', file);
      const enabled = await this.list(file);
      await fsp.writeFile(file, [...enabled, controller].join(' '));
    } else if (name === 'cgroup.kill') {
      this.killed.push(dir);
      await fsp.writeFile(path.join(dir, 'cgroup.procs'), '');
    } else {
      await fsp.writeFile(file, data);
    }
  }

  async readdir(dir: string): Promise<Array<{ name: string; isDirectory: boolean }>> {
    return (await fsp.readdir(dir, { withFileTypes: true })).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  }

  async accessWritable(file: string): Promise<void> {
    if (this.readOnly.has(path.dirname(file))) throw errno('EACCES', file);
    await fsp.access(file);
  }

  async chown(file: string): Promise<void> {
    this.chowned.push(file);
  }

  async pids(dir: string): Promise<number[]> {
    const text = await fsp.readFile(path.join(dir, 'cgroup.procs'), 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).map(Number);
  }

  async list(file: string): Promise<string[]> {
    return (await fsp.readFile(file, 'utf8').catch(() => '')).split(/\s+/).filter(Boolean);
  }

  private async populate(dir: string, controllers: string[]): Promise<void> {
    const files: Record<string, string> = {
      'cgroup.controllers': controllers.join(' '),
      'cgroup.subtree_control': '',
      'cgroup.procs': '',
      'cgroup.events': 'populated 0\nfrozen 0\n',
    };
    if (this.features.kill) files['cgroup.kill'] = '';
    if (controllers.includes('memory')) {
      Object.assign(files, {
        'memory.max': 'max',
        'memory.swap.max': 'max',
        'memory.current': '0',
        'memory.events': 'low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\noom_group_kill 0\n',
      });
      if (this.features.peak) files['memory.peak'] = '0';
    }
    if (controllers.includes('pids')) Object.assign(files, { 'pids.max': 'max', 'pids.current': '0' });
    if (controllers.includes('cpu')) files['cpu.max'] = 'max 100000';
    for (const [name, content] of Object.entries(files)) await fsp.writeFile(path.join(dir, name), content);
  }

  private async removeEverywhere(pid: number, dir: string): Promise<void> {
    const procs = path.join(dir, 'cgroup.procs');
    const pids = await this.pids(dir);
    if (pids.includes(pid))
      await fsp.writeFile(
        procs,
        pids
          .filter((p) => p !== pid)
          .map((p) => `${p}\n`)
          .join(''),
      );
    for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await this.removeEverywhere(pid, path.join(dir, entry.name));
    }
  }
}

/** The real root group is exempt from "no internal processes"; a cgroup-namespace root is not. */
function isRoot(fs: FakeCgroupFs, dir: string): boolean {
  return fs.rootIsReal && path.resolve(dir) === path.resolve(fs.root);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function errno(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

const SERVICE = '/system.slice/codemeet.service';
/** A parent npm process sharing the service's group with us: the reason everything moves to the leaf. */
const NPM_PID = process.ppid;

let root: string;
let fake: FakeCgroupFs;

function hostInfo(overrides: Partial<CgroupHostInfo> = {}): CgroupHostInfo {
  return {
    mountinfo: `25 30 0:22 / /proc rw - proc proc rw\n35 24 0:30 / ${root} ${MOUNT_OPTIONS}\n`,
    procSelfCgroup: `0::${SERVICE}\n`,
    uid: 1000,
    pid: process.pid,
    fs: fake,
    ...overrides,
  };
}

async function delegatedService(features?: KernelFeatures): Promise<string> {
  fake = new FakeCgroupFs(root, features);
  await fake.boot(ALL);
  for (const controller of ['memory', 'pids', 'cpu']) await fake.writeFile(path.join(root, 'cgroup.subtree_control'), `+${controller}`);
  await fake.makeGroup(path.join(root, 'system.slice'));
  for (const controller of ['memory', 'pids', 'cpu']) {
    await fake.writeFile(path.join(root, 'system.slice', 'cgroup.subtree_control'), `+${controller}`);
  }
  const service = path.join(root, SERVICE);
  await fake.makeGroup(service, [process.pid, NPM_PID]);
  return service;
}

beforeEach(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'codemeet-fake-cgroup2-'));
});

afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

describe('cgroup v2 detection', () => {
  it('finds the cgroup2 mount and our group from mountinfo and /proc/self/cgroup, and sets up a delegated subtree', async () => {
    const service = await delegatedService();
    const { support, reason } = await detectCgroupV2(hostInfo());
    expect(reason).toBeUndefined();
    expect(support).toMatchObject({ version: 2, memory: true, pids: true, cpu: true });
    // No internal processes: the service's processes (ours and npm's) moved to a leaf first.
    expect(await fake.pids(service)).toEqual([]);
    expect((await fake.pids(path.join(service, 'supervisor'))).sort()).toEqual([process.pid, NPM_PID].sort());
    expect(await fake.list(path.join(service, 'cgroup.subtree_control'))).toEqual(['memory', 'pids', 'cpu']);
    const parent = path.join(service, `codemeet-sandbox-${process.pid}`);
    expect(await fake.list(path.join(parent, 'cgroup.subtree_control'))).toEqual(['memory', 'pids', 'cpu']);
    await support?.close();
    await expect(fsp.access(parent)).rejects.toThrow();
  });

  it('uses a configured cgroup root when mountinfo names none', async () => {
    await delegatedService();
    const { support } = await detectCgroupV2(hostInfo({ mountinfo: '', cgroupRoot: root }));
    expect(support?.version).toBe(2);
    await support?.close();
  });

  it('maps our group through the mount root (a bind-mounted or namespaced cgroupfs)', async () => {
    await delegatedService();
    const mountinfo = `35 24 0:30 /system.slice ${path.join(root, 'system.slice')} ${MOUNT_OPTIONS}\n`;
    const { support } = await detectCgroupV2(hostInfo({ mountinfo }));
    expect(support?.version).toBe(2);
    await support?.close();
  });

  it('moves nothing when our group is the root (exempt from the no-internal-processes rule)', async () => {
    fake = new FakeCgroupFs(root);
    await fake.boot(['memory', 'pids']);
    await fsp.writeFile(path.join(root, 'cgroup.procs'), `${process.pid}\n`);
    const { support } = await detectCgroupV2(hostInfo({ procSelfCgroup: '0::/\n', uid: 0 }));
    expect(support).toMatchObject({ version: 2, memory: true, pids: true, cpu: false });
    expect(support?.reason).toMatch(/no cpu controller/);
    expect(await fake.pids(root)).toEqual([process.pid]);
    expect(await fake.list(path.join(root, 'cgroup.subtree_control'))).toEqual(['memory', 'pids']);
    await support?.close();
  });

  it("moves everything to the leaf at a container's cgroup-namespace root (0::/, but not the host's root)", async () => {
    fake = new FakeCgroupFs(root, { peak: true, kill: true }, false);
    await fake.boot(['memory', 'pids', 'cpu']);
    await fsp.writeFile(path.join(root, 'cgroup.procs'), `${process.pid}\n${NPM_PID}\n`);
    const { support, reason } = await detectCgroupV2(hostInfo({ procSelfCgroup: '0::/\n', uid: 0 }));
    expect(reason).toBeUndefined();
    expect(support?.version).toBe(2);
    expect(await fake.pids(root)).toEqual([]);
    expect((await fake.pids(path.join(root, 'supervisor'))).sort()).toEqual([process.pid, NPM_PID].sort());
    const again = await detectCgroupV2(hostInfo({ procSelfCgroup: '0::/supervisor\n', uid: 0 }));
    expect(again.support?.version).toBe(2);
    await support?.close();
  });

  it('reuses the subtree when a second sandbox of this process finds itself in the supervisor leaf', async () => {
    const service = await delegatedService();
    const first = await detectCgroupV2(hostInfo());
    const second = await detectCgroupV2(hostInfo({ procSelfCgroup: `0::${SERVICE}/supervisor\n` }));
    expect(second.support?.version).toBe(2);
    await expect(fsp.access(path.join(service, 'supervisor', 'supervisor'))).rejects.toThrow();
    await first.support?.close();
  });

  it('removes groups left by a supervisor that died', async () => {
    const service = await delegatedService();
    const { support: setUp } = await detectCgroupV2(hostInfo());
    const stale = path.join(service, 'codemeet-sandbox-999999999');
    await fake.mkdir(stale);
    for (const controller of ['memory', 'pids']) await fake.writeFile(path.join(stale, 'cgroup.subtree_control'), `+${controller}`);
    await fake.mkdir(path.join(stale, 'run-left'));
    await setUp?.close();
    const { support } = await detectCgroupV2(hostInfo());
    await expect(fsp.access(stale)).rejects.toThrow();
    await support?.close();
  });

  describe('refuses, saying why', () => {
    it('without a cgroup2 mount', async () => {
      await delegatedService();
      expect(await detectCgroupV2(hostInfo({ mountinfo: '' }))).toEqual({ support: null, reason: 'no cgroup2 mount' });
    });

    it('without a 0:: line in /proc/self/cgroup (a v1-only host)', async () => {
      await delegatedService();
      const { reason } = await detectCgroupV2(hostInfo({ procSelfCgroup: '4:memory:/x\n8:pids:/x\n' }));
      expect(reason).toMatch(/no cgroup v2 group/);
    });

    it('when memory or pids is not offered (a hybrid host whose controllers are bound to v1)', async () => {
      fake = new FakeCgroupFs(root);
      await fake.boot(['hugetlb']);
      const { support, reason } = await detectCgroupV2(hostInfo({ procSelfCgroup: '0::/\n', uid: 0 }));
      expect(support).toBeNull();
      expect(reason).toMatch(/does not offer memory and pids \(it offers: hugetlb\)/);
    });

    it('when the group is not delegated to us', async () => {
      const service = await delegatedService();
      fake.readOnly.add(service);
      const { reason } = await detectCgroupV2(hostInfo());
      expect(reason).toMatch(/not delegated to uid 1000/);
      expect(await fake.pids(service)).toContain(process.pid);
    });
  });
});

describe('a run under cgroup v2', () => {
  const limits = { memoryBytes: 256 * 1024 * 1024, maxProcesses: 64 };

  it('writes its limits, is joined by the supervisor moving the launcher, and reports OOM and peak', async () => {
    const service = await delegatedService();
    const { support } = await detectCgroupV2(hostInfo());
    const run = await support!.createRun('run-abc', limits, 65534);
    const dir = path.join(service, `codemeet-sandbox-${process.pid}`, 'run-abc');
    expect(await fsp.readFile(path.join(dir, 'memory.max'), 'utf8')).toBe(String(limits.memoryBytes));
    expect(await fsp.readFile(path.join(dir, 'memory.swap.max'), 'utf8')).toBe('0');
    expect(await fsp.readFile(path.join(dir, 'pids.max'), 'utf8')).toBe('64');
    expect(await fsp.readFile(path.join(dir, 'cpu.max'), 'utf8')).toBe('100000 100000');
    // The launcher never writes cgroup files itself under v2, so nothing is chowned to the jail uid.
    expect(run.procsFiles).toEqual([]);
    expect(fake.chowned).toEqual([]);

    const launcher = spawn('sleep', ['30']);
    await run.admit!(launcher.pid!);
    expect(await fake.pids(dir)).toEqual([launcher.pid]);
    expect(await fake.pids(path.join(service, 'supervisor'))).not.toContain(launcher.pid);

    expect(await run.oomKilled()).toBe(false);
    await fsp.writeFile(path.join(dir, 'memory.events'), 'low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\noom_group_kill 0\n');
    await fsp.writeFile(path.join(dir, 'memory.peak'), String(300 * 1024 * 1024));
    expect(await run.oomKilled()).toBe(true);
    expect(await run.peakMemoryKb()).toBe(300 * 1024);

    await run.destroy();
    // cgroup.kill emptied the group in one write; then it was removed.
    expect(fake.killed).toEqual([dir]);
    await expect(fsp.access(dir)).rejects.toThrow();
    launcher.kill('SIGKILL');
    await support!.close();
  });

  it('samples memory.current where memory.peak is missing (before Linux 5.19)', async () => {
    const service = await delegatedService({ peak: false, kill: true });
    const { support } = await detectCgroupV2(hostInfo());
    const run = await support!.createRun('run-sampled', limits, 65534);
    const current = path.join(service, `codemeet-sandbox-${process.pid}`, 'run-sampled', 'memory.current');
    await fsp.writeFile(current, String(90 * 1024 * 1024));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await fsp.writeFile(current, String(10 * 1024 * 1024));
    expect(await run.peakMemoryKb()).toBe(90 * 1024);
    await run.destroy();
    await support!.close();
  });

  it('SIGKILLs every listed process where cgroup.kill is missing (before Linux 5.14), then removes the group', async () => {
    const service = await delegatedService({ peak: true, kill: false });
    const { support } = await detectCgroupV2(hostInfo());
    const run = await support!.createRun('run-old', limits, 65534);
    const dir = path.join(service, `codemeet-sandbox-${process.pid}`, 'run-old');
    const straggler = spawn('sleep', ['30']);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => straggler.on('exit', (_code, signal) => resolve(signal)));
    await run.admit!(straggler.pid!);
    await run.destroy();
    expect(await exited).toBe('SIGKILL');
    expect(fake.killed).toEqual([]);
    await expect(fsp.access(dir)).rejects.toThrow();
    await support!.close();
  });

  it('is refused when a limit cannot be written, leaving no group behind', async () => {
    const service = await delegatedService();
    const { support } = await detectCgroupV2(hostInfo());
    const parent = path.join(service, `codemeet-sandbox-${process.pid}`);
    // A parent that lost its pids controller: the run's pids.max does not exist.
    await fsp.writeFile(path.join(parent, 'cgroup.subtree_control'), 'memory cpu');
    await expect(support!.createRun('run-broken', limits, 65534)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fsp.access(path.join(parent, 'run-broken'))).rejects.toThrow();
    await support!.close();
  });
});

describe('choosing a cgroup version', () => {
  it('reports none, with both reasons, when neither v2 nor v1 is usable', async () => {
    const support = await detectCgroups({ enabled: true, uid: 1000, cgroupRoot: path.join(os.tmpdir(), 'codemeet-no-such-cgroupfs') });
    expect(support).toMatchObject({ version: null, memory: false, pids: false });
    expect(support.reason).toMatch(/cgroup v2: .*; cgroup v1: not running as root/);
  });

  it('reports disabled cgroups as such', async () => {
    expect(await detectCgroups({ enabled: false, uid: 0 })).toMatchObject({ version: null, reason: 'cgroups disabled by configuration' });
  });
});
