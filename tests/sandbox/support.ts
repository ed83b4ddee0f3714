import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createSandbox, type Sandbox, type SandboxLogger, type SandboxOptions } from '@/server/sandbox';

/** Set before any sandbox exists: no run may ever see it. */
export const SECRET = `codemeet-secret-${process.pid}-${Math.random().toString(36).slice(2)}`;
process.env.CODEMEET_SANDBOX_TEST_SECRET = SECRET;

export const JAIL_UID = 65534;

/** Swallows the sandbox's startup log lines so test output stays readable. */
export const quietLogger: SandboxLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Every test sandbox of this process creates its run directories under here. */
export const WORK_ROOT = mkdtempSync(path.join(os.tmpdir(), 'codemeet-sandbox-tests-'));
// The jail user must be able to traverse it to reach its run directory.
chmodSync(WORK_ROOT, 0o711);

/** For each test file's afterAll (test workers may be stopped without an 'exit' event). */
export function removeWorkRoot(): void {
  rmSync(WORK_ROOT, { recursive: true, force: true });
}

/**
 * Without root this host gives the sandbox no cgroups (v1 needs root, and no cgroup v2 subtree
 * is delegated here), so the suite then deliberately runs the opt-in rlimit-only mode.
 */
export const RLIMIT_ONLY_HOST = process.getuid?.() !== 0;

/**
 * Warm jails stay off unless a test asks for them: idle ones are live jail processes with run
 * directories, which the leftover checks below must not count. SANDBOX_TEST_WARM=1 runs every
 * suite warm (the behaviour checks must pass; the leftover checks then fail by design).
 */
export function testSandbox(options: SandboxOptions = {}): Sandbox {
  const warmPerLanguage = Number(process.env.SANDBOX_TEST_WARM ?? 0);
  return createSandbox({ logger: quietLogger, workRoot: WORK_ROOT, allowRlimitOnly: RLIMIT_ONLY_HOST, warmPerLanguage, ...options });
}

/**
 * Live host processes of this test process's runs (there must be none between runs).
 * They are recognised by the run directory bound into their mount namespace, so other
 * sandbox users on the machine do not count. Zombies are dead already: bwrap's namespace
 * init is reaped by the host's init, not by us.
 */
export function jailUserProcesses(): Array<{ pid: number; cmdline: string }> {
  const found: Array<{ pid: number; cmdline: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
      if (Number(uid) !== JAIL_UID || /^State:\s+Z/m.test(status)) continue;
      if (!readFileSync(`/proc/${entry}/mountinfo`, 'utf8').includes(path.basename(WORK_ROOT))) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      found.push({ pid: Number(entry), cmdline });
    } catch {
      // The process exited while we looked.
    }
  }
  return found;
}

/** Host processes whose command line contains `needle` (e.g. a sleep a run tried to leave behind). */
export function processesMatching(needle: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(needle)) found.push(`${entry}: ${cmdline}`);
    } catch {
      // Gone.
    }
  }
  return found;
}

/** Run directories left behind by the test sandboxes. */
export function leftoverRunDirs(): string[] {
  const left: string[] = [];
  for (const root of readdirSync(WORK_ROOT)) {
    for (const entry of readdirSync(path.join(WORK_ROOT, root))) left.push(path.join(root, entry));
  }
  return left;
}

/** Per-run cgroups still present under this process's parent groups. */
export function leftoverCgroups(): string[] {
  const left: string[] = [];
  const groups = readFileSync('/proc/self/cgroup', 'utf8');
  for (const controller of ['memory', 'pids', 'cpu']) {
    const own = new RegExp(`^\\d+:[^:]*\\b${controller}\\b[^:]*:(.*)$`, 'm').exec(groups)?.[1];
    if (own === undefined) continue;
    const parent = path.join('/sys/fs/cgroup', controller, own, `codemeet-sandbox-${process.pid}`);
    try {
      for (const entry of readdirSync(parent, { withFileTypes: true })) {
        if (entry.isDirectory()) left.push(`${controller}/${entry.name}`);
      }
    } catch {
      // No cgroups on this host.
    }
  }
  return left;
}
