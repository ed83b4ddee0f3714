import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { afterAll, describe, expect, it } from 'vitest';

import { noCgroups, type CgroupSupport, type RunCgroup } from '@/server/sandbox/cgroup';
import { JailSetupError, startJail, systemBindArgs, type JailHost, type JailSpec } from '@/server/sandbox/jail';

import { JAIL_UID, removeWorkRoot, WORK_ROOT } from './support';

/**
 * Under cgroup v2 the supervisor moves the launcher into the run's group (RunCgroup.admit) and
 * the launcher waits on fd 5 until it did. No real v2 leg runs here, so these tests drive that
 * handshake with a stand-in RunCgroup, and (as root) with a real v1 pids group doing the move.
 */

afterAll(() => removeWorkRoot());

const isRoot = process.getuid?.() === 0;

function directory(prefix: string): string {
  const dir = mkdtempSync(path.join(WORK_ROOT, prefix));
  chmodSync(dir, 0o755);
  return dir;
}

async function host(run: RunCgroup): Promise<JailHost> {
  const cgroups: CgroupSupport = { ...noCgroups('stand-in'), version: 2, memory: true, pids: true, createRun: async () => run };
  return {
    mode: 'bwrap',
    bwrapPath: '/usr/bin/bwrap',
    jailUser: isRoot ? { uid: JAIL_UID, gid: JAIL_UID } : null,
    cgroups,
    seccompFilter: null,
    systemArgs: await systemBindArgs([]),
  };
}

function spec(script: string): JailSpec {
  return {
    argv: ['/bin/sh', '-c', script],
    env: { PATH: '/usr/bin:/bin' },
    workDir: directory('box-'),
    workDirWritable: false,
    cacheDir: directory('cache-'),
    readOnlyBinds: [],
    limits: {
      wallMs: 10_000,
      cpuSeconds: 5,
      memoryBytes: 64 * 1024 * 1024,
      addressSpaceBytes: null,
      maxProcesses: 16,
      fileSizeBytes: 1024 * 1024,
      tmpSizeBytes: 1024 * 1024,
      openFiles: 64,
      outputBytes: 4096,
    },
  };
}

function standIn(admit: (pid: number) => Promise<void>, destroy: () => Promise<void> = async () => undefined): RunCgroup {
  return { procsFiles: [], admit, peakMemoryKb: async () => 0, oomKilled: async () => false, destroy };
}

describe('admission into a run cgroup by the supervisor', () => {
  it('starts nothing before the supervisor moved the launcher', async () => {
    let admittedAt = 0;
    let printedAt = 0;
    const run = standIn(async () => {
      await delay(300);
      admittedAt = performance.now();
    });
    const jail = await startJail(await host(run), spec('echo started'), {
      keepStdout: true,
      onStdout: () => (printedAt ||= performance.now()),
    });
    jail.endStdin();
    const outcome = await jail.outcome;
    expect(outcome).toMatchObject({ exitCode: 0 });
    expect(outcome.stdout.toString()).toBe('started\n');
    expect(admittedAt).toBeGreaterThan(0);
    expect(printedAt).toBeGreaterThanOrEqual(admittedAt);
  });

  it('runs nothing and fails the run as a setup error when the move fails', async () => {
    let destroyed = false;
    const run = standIn(
      async () => {
        throw new Error('EACCES: permission denied');
      },
      async () => {
        destroyed = true;
      },
    );
    const jail = await startJail(await host(run), spec('echo started'), {
      keepStdout: true,
      onStdout: () => expect.fail('the program ran'),
    });
    jail.endStdin();
    await expect(jail.outcome).rejects.toThrow(JailSetupError);
    await expect(jail.outcome).rejects.toThrow(/cannot move the run into its cgroup: EACCES/);
    expect(destroyed).toBe(true);
  });

  it('puts the launcher, bwrap and the program into the group the supervisor chose (a real v1 pids group as the stand-in)', async (context) => {
    const own = /^\d+:pids:(.*)$/m.exec(readFileSync('/proc/self/cgroup', 'utf8'))?.[1];
    const parent = own === undefined ? null : path.join('/sys/fs/cgroup/pids', own);
    context.skip(!isRoot || !parent || !existsSync(parent), 'needs root and a cgroup v1 pids hierarchy');
    const group = path.join(parent!, `codemeet-admission-${process.pid}`);
    mkdirSync(group);
    const procs = () => readFileSync(path.join(group, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean);
    let seen: string[] = [];
    const run = standIn(
      async (pid) => writeFileSync(path.join(group, 'cgroup.procs'), String(pid)),
      async () => {
        for (let i = 0; i < 200 && procs().length > 0; i++) await delay(10);
        rmdirSync(group);
      },
    );
    const jail = await startJail(await host(run), spec('echo started; sleep 0.3'), {
      keepStdout: true,
      onStdout: () => (seen = procs()),
    });
    jail.endStdin();
    const outcome = await jail.outcome;
    expect(outcome.exitCode).toBe(0);
    // bwrap's monitor, the namespace's init and the shell at least: every process of the run joined.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(existsSync(group)).toBe(false);
  });
});
