import 'server-only';

import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { Writable, type Readable } from 'node:stream';

import type { CgroupSupport } from './cgroup';

/**
 * One jailed process. The chain is:
 *
 *   node ──spawn(uid nobody, setsid, env {PATH})──► bash launcher
 *        joins the run's cgroups, sets rlimits, then exec ──► bwrap
 *        (all namespaces, no network, read-only system, private /tmp, seccomp) ──► program
 *
 * The launcher is the only code that runs outside the namespaces and it runs no user
 * input. Everything the program can reach is listed in bwrapArgs().
 */

export type JailMode = 'bwrap' | 'unsafe';

export interface JailHost {
  mode: JailMode;
  bwrapPath: string;
  /** The uid/gid runs execute as when the supervisor is root; null keeps the supervisor's uid. */
  jailUser: { uid: number; gid: number } | null;
  cgroups: CgroupSupport;
  /** BPF program bwrap loads with --seccomp (seccomp.ts), or null to run without a filter. */
  seccompFilter: string | null;
  /** Host-side system binds (bwrap args), computed once. */
  systemArgs: string[];
}

/** Where the run directory and the toolchain cache appear to the program. */
export interface JailPaths {
  box: string;
  cache: string;
}

export const JAILED_PATHS: JailPaths = { box: '/box', cache: '/cache' };

export interface JailLimits {
  wallMs: number;
  /** RLIMIT_CPU soft limit in seconds (SIGXCPU); the hard limit is one second more. */
  cpuSeconds: number;
  memoryBytes: number;
  /** RLIMIT_AS; null where the runtime reserves huge virtual ranges (V8, JVM). */
  addressSpaceBytes: number | null;
  maxProcesses: number;
  fileSizeBytes: number;
  tmpSizeBytes: number;
  openFiles: number;
  outputBytes: number;
}

export interface JailSpec {
  argv: string[];
  env: Record<string, string>;
  /** Host path of the run directory; bound at JAILED_PATHS.box. */
  workDir: string;
  workDirWritable: boolean;
  /** Host path of the toolchain cache; bound read-only at JAILED_PATHS.cache. */
  cacheDir: string;
  /** Extra host paths bound read-only at the same path (a node binary outside /usr, esbuild, …). */
  readOnlyBinds: string[];
  limits: JailLimits;
  /**
   * A warm jail (warm.ts): the wall clock and JailOutcome.wallMs start at JailProcess.start(),
   * when the job is handed over, not at spawn.
   */
  deferStart?: boolean;
}

/** 'done' ends a run whose results are all in; it is not a verdict. */
export type KillReason = 'time' | 'output' | 'done';

export interface JailOutcome {
  /** Exit status of the program; 128 + n when killed by signal n. */
  exitCode: number;
  wallMs: number;
  /** Set when the supervisor killed the run. */
  killedBy: KillReason | null;
  /** The kernel OOM killer fired in the run's memory cgroup. */
  oomKilled: boolean;
  peakMemoryKb: number;
  stdout: Buffer;
  stderr: Buffer;
}

export interface JailIo {
  /** Called for every stdout chunk, after the output cap was checked. */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  /** Keep stdout chunks for JailOutcome.stdout (judge runs parse the stream instead). */
  keepStdout: boolean;
}

export interface JailProcess {
  writeStdin(data: string | Buffer): void;
  endStdin(): void;
  kill(reason: KillReason): void;
  /** Deferred-start jails only: starts the wall clock now, with `wallMs` (default limits.wallMs). */
  start(wallMs?: number): void;
  readonly outcome: Promise<JailOutcome>;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGSYS: 31,
};
export const EXIT_SIGXCPU = 128 + 24;

const JAIL_PATH = '/usr/bin:/bin';

/**
 * The launcher's entire environment: nothing of the supervisor's. bwrap clears it again for
 * the program; in unsafe mode the program's own variables ride along. NODE_ENV is there only
 * because Next's type augmentation makes it mandatory in every env object.
 */
function launcherEnv(programEnv: Record<string, string>): NodeJS.ProcessEnv {
  return { NODE_ENV: 'production', PATH: JAIL_PATH, ...programEnv };
}

/** Exit code the launcher uses when it could not confine the run; never reaches user code. */
const LAUNCHER_FAILED = 125;

export class JailSetupError extends Error {
  override readonly name = 'JailSetupError';
}

/** Starts one jailed process. The returned outcome settles after every process of the run is gone. */
export async function startJail(host: JailHost, spec: JailSpec, io: JailIo): Promise<JailProcess> {
  const runId = `run-${randomBytes(6).toString('hex')}`;
  const jailUid = host.jailUser?.uid ?? process.getuid?.() ?? 0;
  const cgroup = await host.cgroups.createRun(
    runId,
    { memoryBytes: spec.limits.memoryBytes, maxProcesses: spec.limits.maxProcesses },
    jailUid,
  );
  const countProcesses = !host.cgroups.pids;
  const seccomp = host.mode === 'bwrap' && host.seccompFilter !== null;
  const command =
    host.mode === 'bwrap' ? [host.bwrapPath, ...bwrapArgs(host, spec, seccomp), '--', ...jailedArgv(spec, countProcesses)] : spec.argv;
  const admit = cgroup.admit?.bind(cgroup);
  const script = launcherScript(cgroup.procsFiles, spec.limits, host.mode === 'unsafe' && countProcesses, {
    keepSeccompFd: seccomp,
    waitForAdmission: admit !== undefined,
  });
  // A fresh descriptor per run: bwrap reads it to the end, and a shared file offset would leave the next run an empty filter.
  const filter = seccomp && host.seccompFilter ? await fsp.open(host.seccompFilter, 'r') : null;
  let started = process.hrtime.bigint();
  let spawned: ChildProcess;
  try {
    // bash, not dash: closing the inherited descriptors needs multi-digit fd redirections.
    spawned = spawn('/bin/bash', ['-c', script, 'launcher', ...command], {
      cwd: host.mode === 'bwrap' ? '/' : spec.workDir,
      env: launcherEnv(host.mode === 'bwrap' ? {} : spec.env),
      // fd 3: bwrap's --info-fd, which names the namespace's init process; fd 4: the seccomp
      // filter for bwrap; fd 5: the supervisor's go-ahead once it moved the launcher into its cgroup.
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', filter ? filter.fd : 'ignore', admit ? 'pipe' : 'ignore'],
      detached: true,
      ...(host.jailUser ?? {}),
    });
  } finally {
    await filter?.close();
  }
  const child = withPipes(spawned);

  let killedBy: KillReason | null = null;
  const killGroup = () => {
    if (child.pid === undefined) return;
    try {
      // The launcher/bwrap monitor leads its own process group; bwrap's --die-with-parent
      // then takes the whole pid namespace down with it.
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const kill = (reason: KillReason) => {
    killedBy ??= reason;
    killGroup();
  };

  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let stdoutBytes = 0;
  let stderrBytes = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    if (killedBy === 'output') return;
    stdoutBytes += chunk.length;
    if (stdoutBytes > spec.limits.outputBytes) return kill('output');
    if (io.keepStdout) stdout.push(chunk);
    io.onStdout?.(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (killedBy === 'output') return;
    stderrBytes += chunk.length;
    if (stderrBytes > spec.limits.outputBytes) return kill('output');
    stderr.push(chunk);
    io.onStderr?.(chunk);
  });
  // The program may exit without reading its input: EPIPE is expected, not an error.
  child.stdin.on('error', () => undefined);

  let namespaceInit: Promise<ProcessIdentity | null> = Promise.resolve(null);
  const info = child.stdio[3];
  if (host.mode === 'bwrap' && info) {
    namespaceInit = new Promise((resolve) => {
      let text = '';
      info.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        // Identify it right away, while it certainly still runs.
        const pid = /"child-pid":\s*(\d+)/.exec(text)?.[1];
        if (pid) resolve(identify(Number(pid)));
      });
      info.on('error', () => resolve(null));
      info.on('close', () => resolve(null));
    });
  }

  let admissionError: Error | null = null;
  const admission = (child.stdio as ReadonlyArray<Readable | Writable | null | undefined>)[5];
  if (admit && admission instanceof Writable && child.pid !== undefined) {
    admit(child.pid).then(
      () => admission.end(ADMITTED),
      (error: Error) => {
        admissionError = error;
        killGroup();
      },
    );
    admission.on('error', () => undefined);
  }

  let wallTimer: NodeJS.Timeout | undefined;
  let clockRunning = false;
  const startClock = (wallMs: number) => {
    if (clockRunning) return;
    clockRunning = true;
    started = process.hrtime.bigint();
    wallTimer = setTimeout(() => kill('time'), wallMs);
  };
  if (!spec.deferStart) startClock(spec.limits.wallMs);

  const outcome = new Promise<JailOutcome>((resolve, reject) => {
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    let endedAt = started;
    const finish = async () => {
      clearTimeout(wallTimer);
      killGroup();
      try {
        const init = await namespaceInit;
        const [oomKilled, peakMemoryKb] = await Promise.all([
          cgroup.oomKilled(),
          cgroup.peakMemoryKb(),
          // Its death means the whole pid namespace is empty (the kernel kills the rest first).
          waitForExit(init),
        ]);
        await cgroup.destroy();
        if (admissionError) throw new JailSetupError(`cannot move the run into its cgroup: ${(admissionError as Error).message}`);
        const exitCode = normalizeExit(exit?.code ?? null, exit?.signal ?? null);
        const stderrBuffer = Buffer.concat(stderr);
        // A jail that started (bwrap named its init) ran user code, which may print anything.
        const programStarted = host.mode === 'bwrap' && init !== null;
        if (exitCode === LAUNCHER_FAILED && !programStarted && stderrBuffer.includes('codemeet-launcher:')) {
          throw new JailSetupError(stderrBuffer.toString('utf8').trim());
        }
        resolve({
          exitCode,
          wallMs: Number(endedAt - started) / 1e6,
          killedBy,
          oomKilled,
          peakMemoryKb,
          stdout: Buffer.concat(stdout),
          stderr: stderrBuffer,
        });
      } catch (error) {
        reject(error);
      }
    };
    child.on('error', (error) => {
      clearTimeout(wallTimer);
      cgroup.destroy().finally(() => reject(new JailSetupError(`cannot start the jail: ${error.message}`)));
    });
    child.on('exit', (code, signal) => {
      endedAt = process.hrtime.bigint();
      exit = { code, signal };
      // With a pid namespace every descendant is dead by now; without one (unsafe mode)
      // a straggler could hold the pipes open, so do not wait for 'close' forever.
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 250).unref();
    });
    child.on('close', () => void finish());
  });

  return {
    writeStdin: (data) => {
      if (!child.stdin.destroyed) child.stdin.write(data);
    },
    endStdin: () => {
      if (!child.stdin.destroyed) child.stdin.end();
    },
    kill,
    start: (wallMs) => startClock(wallMs ?? spec.limits.wallMs),
    outcome,
  };
}

/** The spawn overloads lose the pipe types once stdio holds a descriptor. */
function withPipes(child: ChildProcess): ChildProcessByStdio<Writable, Readable, Readable> {
  if (!child.stdin || !child.stdout || !child.stderr) throw new JailSetupError('the launcher has no stdio pipes');
  return child as ChildProcessByStdio<Writable, Readable, Readable>;
}

/**
 * Inside the jail: without a pids cgroup, RLIMIT_NPROC is set here rather than by the
 * launcher, because inside the jail's own user namespace it counts only this run's
 * processes; set outside it would count every process of the shared jail uid.
 */
function jailedArgv(spec: JailSpec, countProcesses: boolean): string[] {
  if (!countProcesses) return spec.argv;
  return ['/bin/sh', '-c', `ulimit -p ${spec.limits.maxProcesses} && exec "$@"`, 'sh', ...spec.argv];
}

interface ProcessIdentity {
  pid: number;
  startTime: string;
}

async function identify(pid: number): Promise<ProcessIdentity | null> {
  const stat = await fsp.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  const startTime = stat ? statField(stat, 22) : undefined;
  return startTime ? { pid, startTime } : null;
}

/** Field n (1-based) of /proc/<pid>/stat; the command name may contain spaces, so count from ')'. */
function statField(stat: string, n: number): string | undefined {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[n - 3];
}

/** Waits (bounded) until a process is a zombie or gone; the start time guards against pid reuse. */
async function waitForExit(target: ProcessIdentity | null): Promise<void> {
  if (!target) return;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const stat = await fsp.readFile(`/proc/${target.pid}/stat`, 'utf8').catch(() => null);
    if (!stat || statField(stat, 22) !== target.startTime || statField(stat, 3) === 'Z') return;
    // It usually follows bwrap's monitor within a millisecond; a fork bomb takes longer.
    await new Promise((resolve) => setTimeout(resolve, attempt < 20 ? 1 : 5));
  }
}

function normalizeExit(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0);
}

const ADMITTED = 'admitted\n';

/** Launcher run by bash as the jail user: join cgroups, set rlimits, exec the jail. */
function launcherScript(
  procsFiles: string[],
  limits: JailLimits,
  limitProcessesByUid: boolean,
  fds: { keepSeccompFd: boolean; waitForAdmission: boolean },
): string {
  const fail = `{ echo "codemeet-launcher: $1" >&2; exit ${LAUNCHER_FAILED}; }`;
  const lines = [`die() ${fail}`];
  // Nothing may start before the supervisor moved this process into the run's cgroup.
  if (fds.waitForAdmission) lines.push(`read -r -u 5 go && [ "$go" = ${ADMITTED.trim()} ] || die "not admitted to the run's cgroup"`);
  // Descriptors the server inherited without close-on-exec (log files, sockets of a process
  // manager) would pass through bwrap into the jail: close all but stdio, the info fd and
  // the seccomp filter (bwrap closes that one after loading it).
  const keep = fds.keepSeccompFd ? '0|1|2|3|4' : '0|1|2|3';
  lines.push(`for fd in /proc/$$/fd/*; do n=\${fd##*/}; case $n in ${keep}) ;; *) eval "exec $n>&-" 2>/dev/null ;; esac; done`);
  for (const file of procsFiles) {
    if (!/^[\w./-]+$/.test(file)) throw new JailSetupError(`unsafe cgroup path ${file}`);
    lines.push(`echo $$ > ${file} || die "cannot join ${file}"`);
  }
  // bash counts ulimit -f in KiB (dash: 512-byte blocks) and processes with -u (dash: -p).
  const fileKb = Math.max(1, Math.ceil(limits.fileSizeBytes / 1024));
  lines.push(
    `ulimit -S -t ${limits.cpuSeconds} && ulimit -H -t ${limits.cpuSeconds + 1} || die "cpu limit"`,
    `ulimit -f ${fileKb} || die "file size limit"`,
    `ulimit -n ${limits.openFiles} || die "open files limit"`,
    'ulimit -c 0 || die "core limit"',
  );
  if (limits.addressSpaceBytes !== null) {
    lines.push(`ulimit -v ${Math.ceil(limits.addressSpaceBytes / 1024)} || die "address space limit"`);
  }
  // Unsafe mode only (no user namespace): RLIMIT_NPROC then counts every process of the uid.
  if (limitProcessesByUid) lines.push(`ulimit -u ${limits.maxProcesses} || die "process limit"`);
  lines.push('exec "$@"');
  return lines.join('\n');
}

function bwrapArgs(host: JailHost, spec: JailSpec, seccomp: boolean): string[] {
  const args = [
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    '--hostname',
    'sandbox',
    ...host.systemArgs,
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(spec.limits.tmpSizeBytes),
    '--tmpfs',
    '/tmp',
    '--size',
    String(spec.limits.tmpSizeBytes),
    '--tmpfs',
    '/dev/shm',
    spec.workDirWritable ? '--bind' : '--ro-bind',
    spec.workDir,
    JAILED_PATHS.box,
    '--ro-bind',
    spec.cacheDir,
    JAILED_PATHS.cache,
  ];
  for (const bind of spec.readOnlyBinds) args.push('--ro-bind', bind, bind);
  args.push('--chdir', JAILED_PATHS.box, '--info-fd', '3');
  if (seccomp) args.push('--seccomp', '4');
  for (const [key, value] of Object.entries({ PATH: JAIL_PATH, ...spec.env })) args.push('--setenv', key, value);
  return args;
}

/** bwrap args binding the host's system directories read-only (merged-/usr aware). */
export async function systemBindArgs(extraReadOnly: string[]): Promise<string[]> {
  const args = ['--ro-bind', '/usr', '/usr'];
  for (const top of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    const stat = await fsp.lstat(top).catch(() => null);
    if (!stat) continue;
    if (stat.isSymbolicLink()) args.push('--symlink', await fsp.readlink(top), top);
    else if (stat.isDirectory()) args.push('--ro-bind', top, top);
  }
  // Only the pieces of /etc programs need: never shadow, passwd, or the host's secrets.
  for (const file of ['/etc/ld.so.cache', ...extraReadOnly]) {
    if (await fsp.stat(file).catch(() => null)) args.push('--ro-bind', file, file);
  }
  return args;
}
