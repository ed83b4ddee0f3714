import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  findLanguage,
  getSandbox,
  SandboxBusyError,
  SandboxInputError,
  SandboxUnavailableError,
  type SandboxLogger,
} from '@/server/sandbox';
import { removeTree, writeNewFile } from '@/server/sandbox/fsutil';
import { HarnessStreamParser } from '@/server/sandbox/protocol';
import { testCaseFromStrings } from '@/lib/vocabulary/problem-rules';
import { valuesEqual } from '@/lib/vocabulary/values';
import { stopReason } from '@/lib/vocabulary/verdict-messages';

import { jailUserProcesses, quietLogger, removeWorkRoot, testSandbox } from './support';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'codemeet-sandbox-scratch-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeWorkRoot();
});

/**
 * Which cgroup v1 controllers this host lets this process use, found without the sandbox's
 * code: as root, a group can be created (and removed) in our own group of the controller,
 * and it has the controller's limit file.
 */
function hostCgroups(): { memory: boolean; pids: boolean; reason: string } {
  if (process.getuid?.() !== 0) return { memory: false, pids: false, reason: 'not root: the sandbox only uses cgroups as root' };
  const ownGroups = readFileSync('/proc/self/cgroup', 'utf8');
  const usable = (controller: string, limitFile: string): boolean => {
    const own = new RegExp(`^\\d+:[^:]*\\b${controller}\\b[^:]*:(.*)$`, 'm').exec(ownGroups)?.[1];
    if (own === undefined) return false;
    const probe = path.join('/sys/fs/cgroup', controller, own, `codemeet-host-probe-${process.pid}`);
    try {
      mkdirSync(probe);
    } catch {
      return false;
    }
    try {
      return existsSync(path.join(probe, limitFile));
    } finally {
      rmdirSync(probe);
    }
  };
  const memory = usable('memory', 'memory.limit_in_bytes');
  const pids = usable('pids', 'pids.max');
  return { memory, pids, reason: 'no writable cgroup v1 memory or pids controller under /sys/fs/cgroup (cgroup v2 is not implemented)' };
}

describe('availability', () => {
  it('reports bwrap mode with the cgroups this host offers', async (context) => {
    const host = hostCgroups();
    context.skip(!host.memory && !host.pids, `this host offers no cgroups to the sandbox: ${host.reason}`);
    const sandbox = testSandbox();
    const status = await sandbox.status();
    expect(status).toMatchObject({ available: true, mode: 'bwrap' });
    // This host has no delegated cgroup v2 subtree with memory and pids, so v1 it is.
    expect(status.cgroups).toMatchObject({ version: 1, memory: host.memory, pids: host.pids });
    await sandbox.close();
  });

  it('refuses to run on rlimits alone unless that is allowed', async () => {
    const refused = testSandbox({ useCgroups: false, allowRlimitOnly: false });
    expect(await refused.status()).toMatchObject({
      available: false,
      mode: 'unavailable',
      cgroups: { version: null, memory: false, pids: false },
      reason: expect.stringMatching(/cgroups disabled by configuration.*SANDBOX_ALLOW_RLIMIT_ONLY=1/),
    });
    await expect(refused.execute({ language: 'python', code: 'print(1)' })).rejects.toBeInstanceOf(SandboxUnavailableError);
    await refused.close();

    const allowed = testSandbox({ useCgroups: false, allowRlimitOnly: true });
    expect(await allowed.status()).toMatchObject({
      available: true,
      mode: 'bwrap',
      cgroups: { version: null, memory: false, pids: false, cpu: false },
      reason: expect.stringContaining('cgroups disabled by configuration'),
    });
    await allowed.close();
  });

  it('loads the seccomp filter where python3-seccomp is installed', async (context) => {
    const libseccomp = spawnSync('/usr/bin/python3', ['-c', 'import seccomp']).status === 0;
    context.skip(!libseccomp, 'python3-seccomp is not installed: bash scripts/install-system-deps.sh run');
    const sandbox = testSandbox();
    expect(await sandbox.status()).toMatchObject({ available: true, mode: 'bwrap', seccomp: true });
    await sandbox.close();
  });

  it('runs without seccomp (and says why) when the filter cannot be built, unless it is required', async () => {
    const noPython = path.join(scratch, 'no-python');
    const weaker = testSandbox({ seccompPython: noPython });
    expect(await weaker.status()).toMatchObject({ available: true, seccomp: false, reason: expect.stringContaining('python3-seccomp') });
    await weaker.close();
    const required = testSandbox({ seccompPython: noPython, requireSeccomp: true });
    expect(await required.status()).toMatchObject({ available: false, reason: expect.stringContaining('seccomp is required') });
    await required.close();
    // Unsafe mode has no filter at all, so requiring one rules it out too.
    const unsafe = testSandbox({ bwrapPath: '/nonexistent/bwrap', allowUnsafe: true, requireSeccomp: true });
    expect(await unsafe.status()).toMatchObject({ available: false, reason: expect.stringContaining('unsafe mode refused') });
    await unsafe.close();
  });

  it('fails closed with SandboxUnavailableError when bwrap is missing', async () => {
    const sandbox = testSandbox({ bwrapPath: '/nonexistent/bwrap' });
    expect(await sandbox.status()).toMatchObject({ available: false, mode: 'unavailable', reason: expect.stringContaining('bwrap') });
    await expect(sandbox.execute({ language: 'python', code: 'print(1)' })).rejects.toBeInstanceOf(SandboxUnavailableError);
    await sandbox.close();
  });

  it('fails closed when bwrap exists but the jail cannot start', async () => {
    const fake = path.join(scratch, 'fake-bwrap');
    writeFileSync(fake, '#!/bin/sh\necho "bwrap: No permissions to create new namespace" >&2\nexit 1\n', { mode: 0o755 });
    const sandbox = testSandbox({ bwrapPath: fake });
    expect(await sandbox.status()).toMatchObject({ available: false, reason: expect.stringContaining('self-test failed') });
    await sandbox.close();
  });

  it('runs unsandboxed only with the explicit opt-in, and says so loudly', async () => {
    const warnings: string[] = [];
    const logger: SandboxLogger = { ...quietLogger, warn: (fields, message) => warnings.push(`${String(fields.event)} ${message}`) };
    const sandbox = testSandbox({ bwrapPath: '/nonexistent/bwrap', allowUnsafe: true, logger });
    expect(await sandbox.status()).toMatchObject({ available: true, mode: 'unsafe' });
    const result = await sandbox.execute({ language: 'python', code: 'print(6 * 7)' });
    expect(result).toMatchObject({ status: 'success', stdout: '42\n' });
    expect(warnings.join('\n')).toMatch(/sandbox\.unsafe .*WITHOUT isolation/);
    await sandbox.close();
  });

  it('keeps one process-wide instance on globalThis', () => {
    expect(getSandbox({ logger: quietLogger })).toBe(getSandbox());
  });
});

describe('capacity', () => {
  it('throws SandboxBusyError with a retry hint when the queue is full', async () => {
    const sandbox = testSandbox({ concurrency: 1, maxQueue: 1 });
    await sandbox.status();
    const slow = { language: 'python', code: 'import time\ntime.sleep(1)\nprint("done")' };
    const running = sandbox.execute(slow);
    const queued = sandbox.execute(slow);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sandbox.pool.stats).toEqual({ active: 1, queued: 1 });
    const rejected = await sandbox.execute(slow).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(SandboxBusyError);
    expect((rejected as SandboxBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await running).stdout).toBe('done\n');
    expect((await queued).stdout).toBe('done\n');
    await sandbox.close();
  });

  it('runs 12 submissions of 4 users through a pool of 2 without errors', async () => {
    // Three runs a user fit each user's share (one running, four waiting).
    const sandbox = testSandbox({ concurrency: 2, maxQueue: 16 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => sandbox.execute({ language: 'python', code: `print(${i} * 2)`, owner: `user:${i % 4}` })),
    );
    expect(results.map((r) => r.stdout)).toEqual(Array.from({ length: 12 }, (_, i) => `${i * 2}\n`));
    await sandbox.close();
  });
});

describe('requests', () => {
  const sandbox = testSandbox();
  afterAll(() => sandbox.close());

  it('resolves language aliases', () => {
    for (const [alias, id] of [
      ['js', 'javascript'],
      ['JavaScript', 'javascript'],
      ['ts', 'typescript'],
      ['py', 'python'],
      ['python3', 'python'],
      ['c++', 'cpp'],
      ['cpp', 'cpp'],
      ['Java', 'java'],
    ]) {
      expect(findLanguage(alias as string)?.id).toBe(id);
    }
  });

  it('rejects unknown languages and malformed problems before running anything', async () => {
    await expect(sandbox.execute({ language: 'cobol', code: '' })).rejects.toBeInstanceOf(SandboxInputError);
    const problem = {
      functionName: { javascript: 'f(); process.exit', typescript: 'f', python: 'f', java: 'f', cpp: 'f' },
      params: [{ name: 'x', type: 'int' as const }],
      returns: 'int' as const,
      compare: 'exact' as const,
    };
    await expect(sandbox.judge({ language: 'js', code: '', problem, testCases: [{ args: [1], expected: 1 }] })).rejects.toThrow(
      /function name/,
    );
    await expect(sandbox.judge({ language: 'py', code: '', problem, testCases: [{ args: ['not an int'], expected: 1 }] })).rejects.toThrow(
      /argument x is not a valid int/,
    );
  });

  it('converts the contract string form of test cases', () => {
    expect(testCaseFromStrings('[2,7,11,15], 9', '[0,1]')).toEqual({ args: [[2, 7, 11, 15], 9], expected: [0, 1] });
  });

  it('runs a Java program named after its public class', async () => {
    const result = await sandbox.execute({
      language: 'java',
      code: 'public class Greeter { public static void main(String[] a) { System.out.println("hi " + new java.util.Scanner(System.in).nextLine()); } }',
      stdin: 'there\n',
    });
    expect(result).toMatchObject({ status: 'success', stdout: 'hi there\n', exitCode: 0 });
  });

  it('reports exit codes and stderr of a failing program', async () => {
    const result = await sandbox.execute({
      language: 'typescript',
      code: 'const n: number = 3;\nconsole.error("bad", n);\nprocess.exit(n);',
    });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stderr: 'bad 3\n' });
    expect(stopReason(result)).toBe('Runtime error: the program exited with code 3');
  });

  it('says which limit stopped a run, with the limit the run had', async () => {
    const result = await sandbox.execute({ language: 'python', code: 'import time\ntime.sleep(5)\n', limits: { timeLimitMs: 700 } });
    expect(result).toMatchObject({ status: 'time_limit_exceeded', limits: { timeLimitMs: 700 } });
    expect(stopReason(result)).toBe('Time limit exceeded: the program ran longer than 700 ms');
    expect(stopReason({ ...result, status: 'output_limit_exceeded', limits: { ...result.limits, outputLimitBytes: 1000 } })).toBe(
      'Output limit exceeded: the program wrote more than 1000 bytes to stdout or stderr',
    );
    expect(stopReason({ ...result, status: 'runtime_error', exitCode: 128 + 25 })).toBe(
      'Runtime error: the program was killed by signal 25 (SIGXFSZ: it wrote a file larger than 16 MB)',
    );
    expect(stopReason({ ...result, status: 'success', exitCode: 0 })).toBeNull();
  });
});

describe('fallback without cgroups (rlimits only, opted in)', () => {
  const sandbox = testSandbox({ useCgroups: false, allowRlimitOnly: true });
  afterAll(() => sandbox.close());

  it('still reports memory bombs as memory_limit_exceeded', async () => {
    const [python, node] = await Promise.all([
      sandbox.execute({
        language: 'python',
        code: 'hoard = []\nwhile True:\n    hoard.append(bytearray(10**6))\n',
        limits: { timeLimitMs: 8000, memoryLimitMb: 128 },
      }),
      sandbox.execute({
        language: 'javascript',
        code: 'const h = []; for (;;) h.push(new Array(1e6).fill(1));',
        limits: { timeLimitMs: 8000, memoryLimitMb: 128 },
      }),
    ]);
    expect(python.status).toBe('memory_limit_exceeded');
    expect(node.status).toBe('memory_limit_exceeded');
  });

  it('still bounds a fork bomb, without starving a concurrent run, and leaves nothing behind', async () => {
    // RLIMIT_NPROC is set inside each jail's user namespace, so it counts per run, not per uid.
    const [bomb, neighbour] = await Promise.all([
      sandbox.execute({ language: 'python', code: 'import os\nwhile True:\n    os.fork()\n', limits: { timeLimitMs: 3000 } }),
      sandbox.execute({
        language: 'python',
        code: 'import os, time\ntime.sleep(1)\npid = os.fork()\nprint("forked" if pid else "", end="")\n',
      }),
    ]);
    expect(['runtime_error', 'time_limit_exceeded']).toContain(bomb.status);
    expect(neighbour).toMatchObject({ status: 'success', stdout: 'forked' });
    expect(jailUserProcesses()).toEqual([]);
  });
});

describe('supervisor file handling never follows links', () => {
  it('refuses to write through a planted symlink', async () => {
    const dir = mkdtempSync(path.join(scratch, 'box-'));
    const victim = path.join(scratch, 'victim.txt');
    writeFileSync(victim, 'original');
    symlinkSync(victim, path.join(dir, 'main.py'));
    await expect(writeNewFile(dir, 'main.py', 'print(1)')).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(writeNewFile(dir, '../escape.py', 'x')).rejects.toThrow(/outside the run directory/);
    expect(readFileSync(victim, 'utf8')).toBe('original');
  });

  it('removes a run directory without following symlinks out of it', async () => {
    const dir = mkdtempSync(path.join(scratch, 'box-'));
    const outside = mkdtempSync(path.join(scratch, 'outside-'));
    writeFileSync(path.join(outside, 'keep.txt'), 'keep');
    symlinkSync(outside, path.join(dir, 'dir-link'));
    symlinkSync(path.join(outside, 'keep.txt'), path.join(dir, 'file-link'));
    mkdirSync(path.join(dir, 'nested'));
    symlinkSync('/', path.join(dir, 'nested', 'root-link'));
    await removeTree(dir);
    expect(existsSync(dir)).toBe(false);
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep');
  });
});

describe('judge protocol parser', () => {
  const nonce = 'abc123';
  const marker = (kind: string, payload: string) => `\n${nonce} ${kind} ${payload}\n`;

  it('separates user output from markers, across arbitrary chunk boundaries', () => {
    const stream = Buffer.from(`pre${marker('S', '0')}hello${marker('R', '{"ok":true,"v":[1],"ms":1,"kb":2}')}tail`);
    for (let size = 1; size <= stream.length; size++) {
      const parser = new HarnessStreamParser(nonce);
      const events = [];
      for (let at = 0; at < stream.length; at += size) events.push(...parser.push(stream.subarray(at, at + size)));
      events.push(...parser.end());
      const text = events
        .filter((e) => e.kind === 'text')
        .map((e) => (e.kind === 'text' ? e.data.toString() : ''))
        .join('');
      expect(text).toBe('prehellotail');
      expect(events.filter((e) => e.kind !== 'text').map((e) => e.kind)).toEqual(['start', 'result']);
    }
  });

  it('ignores lines that look like markers without the nonce', () => {
    const parser = new HarnessStreamParser(nonce);
    const events = [...parser.push(Buffer.from('\nfake R {"ok":true}\n')), ...parser.end()];
    expect(events.every((e) => e.kind === 'text')).toBe(true);
  });
});

describe('comparison', () => {
  it('compares exactly, unordered, unordered at every level, and with a float tolerance', () => {
    expect(valuesEqual('int[]', 'exact', [0, 1], [0, 1])).toBe(true);
    expect(valuesEqual('int[]', 'exact', [1, 0], [0, 1])).toBe(false);
    expect(valuesEqual('int[][]', 'unordered', [[2, 1], [3]], [[3], [2, 1]])).toBe(true);
    expect(valuesEqual('int[][]', 'unordered', [[1, 2], [3]], [[3], [2, 1]])).toBe(false);
    expect(valuesEqual('string[][]', 'unordered-deep', [['b', 'a'], ['c']], [['c'], ['a', 'b']])).toBe(true);
    expect(valuesEqual('double', { float: 1e-6 }, 0.1 + 0.2, 0.3)).toBe(true);
    expect(valuesEqual('double', { float: 1e-6 }, 0.31, 0.3)).toBe(false);
    expect(valuesEqual('double[]', { float: 1e-6 }, [1e9 + 0.5], [1e9])).toBe(true);
    expect(valuesEqual('int', 'exact', true, 1)).toBe(false);
    expect(valuesEqual('int[]', 'exact', null, [])).toBe(false);
  });
});
