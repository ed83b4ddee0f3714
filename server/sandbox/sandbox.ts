import 'server-only';

import { createHash } from 'node:crypto';
import { constants as fsc, promises as fsp, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { processSingleton } from '@/lib/process-singletons';
import { detectCgroups, type CgroupSupport } from './cgroup';
import { resolveLimits } from './config';
import { judgeProgram, overallVerdict, runProgram, type EngineContext } from './engine';
import { SandboxInputError } from '@/lib/vocabulary/errors';
import { SandboxCancelledError, SandboxUnavailableError } from './errors';
import { createPrivateDir, removeTree } from './fsutil';
import { startJail, systemBindArgs, type JailHost } from './jail';
import { detectToolchain, findLanguage, LANGUAGES, type Language, type Toolchain } from './languages';
import type { ToolchainOverrides } from './languages';
import { RunPool } from './pool';
import { prepareProblem } from '@/lib/vocabulary/problem-rules';
import { prepareSeccompFilter, type SeccompFilter } from './seccomp';
import { WarmPool } from './warm';
import type {
  CaseResult,
  ExecuteRequest,
  ExecuteResult,
  JudgeRequest,
  JudgeResult,
  LanguageId,
  SandboxLimits,
  SandboxMode,
  SandboxStatus,
} from './types';

/** pino-compatible: logger.info({ ...fields }, 'message'). */
export interface SandboxLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface SandboxOptions {
  /** Run user code without the jail when bwrap is missing or broken. Developer machines only. */
  allowUnsafe?: boolean;
  /** Parallel runs; default os.availableParallelism(). */
  concurrency?: number;
  /** Runs allowed to wait for a slot, all owners together, before SandboxBusyError; default 32. */
  maxQueue?: number;
  /** Runs of one owner (user) at once; default max(1, floor(concurrency / 2)), so one user never holds every slot. */
  perOwnerActive?: number;
  /** Runs of one owner allowed to wait before SandboxOwnerBusyError; default 4. Keep it well below maxQueue. */
  perOwnerQueue?: number;
  /** Defaults for every run; requests may override within the ceilings of config.ts. */
  limits?: Partial<SandboxLimits>;
  /** Use cgroups (v2 with a delegated subtree, else v1 memory/pids as root) when available (default true). */
  useCgroups?: boolean;
  /** Where cgroup v2 is mounted when /proc/self/mountinfo does not say (default: found there, usually /sys/fs/cgroup). */
  cgroupRoot?: string;
  /**
   * Run in bwrap mode without memory and pids cgroups, limits resting on rlimits only
   * (SANDBOX_ALLOW_RLIMIT_ONLY). Without it such a host is 'unavailable'. allowUnsafe implies it.
   */
  allowRlimitOnly?: boolean;
  /** Refuse to run without the seccomp filter (SANDBOX_REQUIRE_SECCOMP); by default its absence is logged and reported. */
  requireSeccomp?: boolean;
  /** The python that builds the seccomp filter with python3-seccomp; default /usr/bin/python3. */
  seccompPython?: string;
  bwrapPath?: string;
  /** uid/gid runs execute as when the supervisor is root; default 65534 (nobody). */
  jailUid?: number;
  jailGid?: number;
  /** Where per-run directories are created; default os.tmpdir(). */
  workRoot?: string;
  /** Persistent cache of prepared toolchain pieces (PCH, javac CDS); default <tmpdir>/codemeet-sandbox-cache-<uid>. */
  cacheDir?: string;
  toolchain?: ToolchainOverrides;
  logger?: SandboxLogger;
  /**
   * Warm jails kept idle per language and kind of run (execute, judge) once that kind was asked
   * for: interpreters started ahead for JavaScript, TypeScript's run step and Python; a jail set
   * up ahead for C++ programs and Java's judge. Default 1; 0 disables them. See warm.ts.
   */
  warmPerLanguage?: number;
}

export interface Sandbox {
  execute(request: ExecuteRequest): Promise<ExecuteResult>;
  judge(request: JudgeRequest): Promise<JudgeResult>;
  status(): Promise<SandboxStatus>;
  /** Languages whose toolchain is installed on this host. */
  languages(): Promise<LanguageId[]>;
  /** Builds the toolchain caches now (e.g. at server start) instead of on first use. */
  prepare(languages?: LanguageId[]): Promise<void>;
  /** Idle warm jails per language and kind of run ('python:judge': 1). */
  warmStats(): Record<string, number>;
  readonly pool: {
    readonly concurrency: number;
    readonly maxQueue: number;
    readonly perOwnerActive: number;
    readonly perOwnerQueue: number;
    readonly stats: { active: number; queued: number };
  };
  close(): Promise<void>;
}

const MAX_CODE_BYTES = 256 * 1024;
const NOBODY = 65534;

interface Runtime {
  mode: SandboxMode;
  reason?: string;
  host: JailHost | null;
  cgroups: CgroupSupport;
  seccomp: boolean;
  toolchain: Toolchain;
  runRoot: string;
  cacheRoot: string;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new SandboxRuntime(options);
}

class SandboxRuntime implements Sandbox {
  readonly pool: RunPool;
  private readonly log: SandboxLogger;
  private runtime: Promise<Runtime> | null = null;
  private readonly prepared = new Map<LanguageId, Promise<EngineContext>>();
  private warm: WarmPool | null = null;
  private closed = false;

  constructor(private readonly options: SandboxOptions) {
    this.pool = new RunPool({
      concurrency: options.concurrency ?? os.availableParallelism(),
      maxQueue: options.maxQueue ?? 32,
      perOwnerActive: options.perOwnerActive,
      perOwnerQueue: options.perOwnerQueue,
    });
    this.log = options.logger ?? jsonLogger;
    resolveLimits(options.limits);
    const warm = options.warmPerLanguage;
    if (warm !== undefined && (!Number.isInteger(warm) || warm < 0)) throw new RangeError('warmPerLanguage must be a non-negative integer');
  }

  async status(): Promise<SandboxStatus> {
    const runtime = await this.init();
    return {
      available: runtime.mode !== 'unavailable',
      mode: runtime.mode,
      ...(runtime.reason ? { reason: runtime.reason } : {}),
      cgroups: {
        version: runtime.cgroups.version,
        memory: runtime.cgroups.memory,
        pids: runtime.cgroups.pids,
        cpu: runtime.cgroups.cpu,
      },
      seccomp: runtime.seccomp,
    };
  }

  async languages(): Promise<LanguageId[]> {
    const { toolchain } = await this.init();
    return Object.values(LANGUAGES)
      .filter((language) => language.requires.every((tool) => toolchain[tool] !== null))
      .map((language) => language.id);
  }

  async prepare(languages?: LanguageId[]): Promise<void> {
    const ids = languages ?? (await this.languages());
    await Promise.all(ids.map((id) => this.engineFor(LANGUAGES[id])));
  }

  async execute(request: ExecuteRequest): Promise<ExecuteResult> {
    const language = this.languageOf(request.language);
    checkCode(request.code);
    const limits = resolveLimits(this.options.limits, request.limits);
    const stdin = typeof request.stdin === 'string' ? Buffer.from(request.stdin) : (request.stdin ?? Buffer.alloc(0));
    if (stdin.length > limits.stdinLimitBytes) {
      throw new SandboxInputError(`stdin exceeds ${limits.stdinLimitBytes} bytes`);
    }
    if (request.signal?.aborted) throw new SandboxCancelledError();
    await this.requireAvailable();
    const options = { signal: request.signal, onOutput: request.onOutput };
    return this.pool
      .run(
        async () => runProgram(await this.engineFor(language), language, request.code, stdin, limits, options),
        request.owner,
        request.signal,
      )
      .finally(() => this.warm?.refill());
  }

  async judge(request: JudgeRequest): Promise<JudgeResult> {
    const language = this.languageOf(request.language);
    checkCode(request.code);
    const problem = prepareProblem(request.problem, request.testCases, language.id);
    const limits = resolveLimits(this.options.limits, request.limits);
    if (request.signal?.aborted) throw new SandboxCancelledError();
    await this.requireAvailable();
    const run = await this.pool
      .run(
        async () => judgeProgram(await this.engineFor(language), language, request.code, problem, limits, { signal: request.signal }),
        request.owner,
        request.signal,
      )
      .finally(() => this.warm?.refill());
    if (run.kind === 'judged') return { status: overallVerdict(run.results), results: run.results };
    const results: CaseResult[] = problem.cases.map((testCase, i) => {
      const base = { testCase: i + 1, passed: false, status: 'compile_error' as const, runtimeMs: 0, memoryKb: 0 };
      return testCase.hidden
        ? { ...base, hidden: true }
        : { ...base, hidden: false, input: testCase.shownInput, expected: testCase.shownExpected };
    });
    return { status: 'compile_error', compileOutput: run.compileOutput, results };
  }

  warmStats(): Record<string, number> {
    return this.warm?.stats() ?? {};
  }

  async close(): Promise<void> {
    this.closed = true;
    if (!this.runtime) return;
    const runtime = await this.runtime;
    await this.warm?.close();
    await removeTree(runtime.runRoot).catch(() => undefined);
    pendingCleanup.delete(runtime.runRoot);
    await runtime.cgroups.close();
  }

  private languageOf(name: unknown): Language {
    const language = typeof name === 'string' ? findLanguage(name) : undefined;
    if (!language) throw new SandboxInputError(`unsupported language: ${String(name)}`);
    return language;
  }

  private async requireAvailable(): Promise<Runtime & { host: JailHost }> {
    if (this.closed) throw new SandboxUnavailableError('the sandbox was closed');
    const runtime = await this.init();
    const { host } = runtime;
    if (runtime.mode === 'unavailable' || !host) throw new SandboxUnavailableError(runtime.reason ?? 'no jail available');
    return { ...runtime, host };
  }

  /** The engine context for a language, preparing its cache on first use. */
  private engineFor(language: Language): Promise<EngineContext> {
    let context = this.prepared.get(language.id);
    if (!context) {
      context = this.prepareLanguage(language);
      this.prepared.set(language.id, context);
      // A failed preparation is retried on the next request rather than cached forever.
      context.catch(() => this.prepared.delete(language.id));
    }
    return context;
  }

  private async prepareLanguage(language: Language): Promise<EngineContext> {
    const { host, toolchain, cacheRoot, runRoot } = await this.requireAvailable();
    const missing = language.requires.filter((tool) => toolchain[tool] === null);
    if (missing.length > 0) {
      throw new SandboxUnavailableError(`${language.displayName} is not installed on this host (${missing.join(', ')})`);
    }
    const cacheDir = await ensureLanguageCache(cacheRoot, language, toolchain);
    return { host, runRoot, toolchain, cacheDir, readOnlyBinds: toolchainBinds(language, toolchain), warm: this.warmPool(host, runRoot) };
  }

  private warmPool(host: JailHost, runRoot: string): { pool: WarmPool; limits: SandboxLimits } {
    this.warm ??= new WarmPool({
      host,
      runRoot,
      perRecipe: this.options.warmPerLanguage ?? 1,
      // Only with a free slot and nobody waiting: warming must not delay a queued job.
      isIdle: () => this.pool.stats.queued === 0 && this.pool.stats.active < this.pool.concurrency,
      onError: (label, error) => this.log.warn({ event: 'sandbox.warm_failed', jail: label, error: String(error) }, 'warm jail failed'),
    });
    return { pool: this.warm, limits: resolveLimits(this.options.limits) };
  }

  private init(): Promise<Runtime> {
    this.runtime ??= this.detect();
    return this.runtime;
  }

  private async detect(): Promise<Runtime> {
    const uid = process.getuid?.() ?? -1;
    const toolchain = await detectToolchain(this.options.toolchain);
    const workRoot = this.options.workRoot ?? os.tmpdir();
    const runRoot = await fsp.mkdtemp(path.join(workRoot, 'codemeet-runs-'));
    // Traversable but not listable by the jail user, who must reach its own run directory.
    await fsp.chmod(runRoot, 0o711);
    pendingCleanup.add(runRoot);
    const cacheRoot = await ensureCacheRoot(this.options.cacheDir ?? path.join(os.tmpdir(), `codemeet-sandbox-cache-${uid}`), uid);
    const cgroups = await detectCgroups({ enabled: this.options.useCgroups !== false, uid, cgroupRoot: this.options.cgroupRoot });
    const jailUser =
      uid === 0 ? { uid: this.options.jailUid ?? NOBODY, gid: this.options.jailGid ?? this.options.jailUid ?? NOBODY } : null;
    const etc = toolchain.javaHome ? await etcLinksOf(path.join(toolchain.javaHome, 'conf')) : [];
    const systemArgs = await systemBindArgs(etc);
    const bwrapPath = await findBwrap(this.options.bwrapPath);
    const base = { cgroups, toolchain, runRoot, cacheRoot, seccomp: false };

    let failure: string;
    if (bwrapPath) {
      const seccomp: SeccompFilter = await prepareSeccompFilter(cacheRoot, uid, { python: this.options.seccompPython });
      const host: JailHost = { mode: 'bwrap', bwrapPath, jailUser, cgroups, seccompFilter: seccomp.file, systemArgs };
      const problem = await selfTest(host, runRoot, cacheRoot);
      const limitedByCgroups = cgroups.memory && cgroups.pids;
      const rlimitOnlyAllowed = this.options.allowRlimitOnly === true || this.options.allowUnsafe === true;
      if (problem !== null) {
        failure = `bubblewrap self-test failed: ${problem}`;
      } else if (seccomp.file === null && this.options.requireSeccomp) {
        // A required protection that is missing: unavailable, never a silent fallback to unsafe.
        return this.unavailable(base, `seccomp is required but ${seccomp.reason}`);
      } else if (!limitedByCgroups && !rlimitOnlyAllowed) {
        return this.unavailable(
          base,
          `no usable memory and pids cgroups (${cgroups.reason ?? 'partial'}); limits would rest on rlimits only: set SANDBOX_ALLOW_RLIMIT_ONLY=1 to accept that`,
        );
      } else {
        const weaker = [
          ...(seccomp.file === null ? [`no seccomp filter: ${seccomp.reason}`] : []),
          ...(limitedByCgroups ? [] : ['rlimits only (allowed by configuration)']),
        ];
        const fields = { mode: 'bwrap', cgroupVersion: cgroups.version, cgroupCpu: cgroups.cpu, seccomp: seccomp.file !== null };
        if (weaker.length > 0)
          this.log.warn(
            { event: 'sandbox.weaker', ...fields, reasons: weaker },
            `code sandbox ready in a weaker mode: ${weaker.join('; ')}`,
          );
        else this.log.info({ event: 'sandbox.ready', ...fields }, 'code sandbox ready');
        const reason = [...(cgroups.reason ? [cgroups.reason] : []), ...(seccomp.reason ? [seccomp.reason] : [])].join('; ');
        return { ...base, seccomp: seccomp.file !== null, mode: 'bwrap', host, ...(reason ? { reason } : {}) };
      }
    } else {
      failure = 'bubblewrap (bwrap) is not installed';
    }
    // Unsafe mode has no seccomp filter at all: a host that requires one never runs it.
    if (this.options.allowUnsafe && !this.options.requireSeccomp) {
      this.log.warn(
        { event: 'sandbox.unsafe', reason: failure },
        'SANDBOX_ALLOW_UNSAFE: user code runs WITHOUT isolation on this machine. Never enable this in production.',
      );
      const host: JailHost = { mode: 'unsafe', bwrapPath: '', jailUser, cgroups, seccompFilter: null, systemArgs };
      return { ...base, mode: 'unsafe', host, reason: failure };
    }
    return this.unavailable(base, this.options.allowUnsafe ? `${failure}; unsafe mode refused: seccomp is required` : failure);
  }

  private unavailable(base: Omit<Runtime, 'mode' | 'host' | 'reason'>, reason: string): Runtime {
    // The one line a newcomer reads at `npm start`: what is missing and how to get it.
    this.log.error(
      { event: 'sandbox.unavailable', reason },
      `code execution is unavailable (${reason}); run: bash scripts/install-system-deps.sh run`,
    );
    return { ...base, mode: 'unavailable', host: null, reason };
  }
}

/**
 * Toolchains outside /usr (which the jail binds anyway) are bound read-only: a JDK home as
 * a whole, node as its single binary, python and g++ as their install prefix. esbuild is
 * copied into the cache instead.
 */
function toolchainBinds(language: Language, toolchain: Toolchain): string[] {
  const binds: string[] = [];
  for (const tool of language.requires) {
    const location = toolchain[tool];
    if (!location || location.startsWith('/usr/') || tool === 'esbuild') continue;
    binds.push(tool === 'javaHome' || tool === 'node' ? location : path.dirname(path.dirname(location)));
  }
  return binds;
}

function checkCode(code: unknown): asserts code is string {
  if (typeof code !== 'string') throw new SandboxInputError('code must be a string');
  if (Buffer.byteLength(code) > MAX_CODE_BYTES) throw new SandboxInputError(`code exceeds ${MAX_CODE_BYTES} bytes`);
}

/** Runs a trivial command through the full jail, so a broken setup fails closed at startup. */
async function selfTest(host: JailHost, runRoot: string, cacheRoot: string): Promise<string | null> {
  const dir = await createPrivateDir(runRoot, 'selftest-', host.jailUser ?? undefined);
  try {
    const jail = await startJail(
      host,
      {
        argv: ['/bin/sh', '-c', 'echo ok'],
        env: { PATH: '/usr/bin:/bin' },
        workDir: dir,
        workDirWritable: false,
        cacheDir: cacheRoot,
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
      },
      { keepStdout: true },
    );
    jail.endStdin();
    const outcome = await jail.outcome;
    if (outcome.exitCode === 0 && outcome.stdout.toString() === 'ok\n') return null;
    return `exit ${outcome.exitCode}: ${outcome.stderr.toString().trim().slice(0, 500)}`;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await removeTree(dir);
  }
}

async function findBwrap(explicit: string | undefined): Promise<string | null> {
  const candidates = explicit ? [explicit] : ['/usr/bin/bwrap', ...(process.env.PATH ?? '').split(':').map((d) => path.join(d, 'bwrap'))];
  for (const candidate of candidates) {
    try {
      await fsp.access(candidate, fsc.X_OK);
      return candidate;
    } catch {
      // Next.
    }
  }
  return null;
}

/** /etc directories a JDK's conf/ links into (Debian keeps its settings in /etc/java-17-openjdk). */
async function etcLinksOf(dir: string): Promise<string[]> {
  const found = new Set<string>();
  const walk = async (current: string, depth: number): Promise<void> => {
    const entries = await fsp.readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await fsp.readlink(full);
        const parts = target.split('/');
        if (target.startsWith('/etc/') && parts[2]) found.add(`/etc/${parts[2]}`);
      } else if (entry.isDirectory() && depth < 3) {
        await walk(full, depth + 1);
      }
    }
  };
  await walk(dir, 0);
  return [...found];
}

/**
 * The cache holds files the jail executes or loads, so it must be ours alone: created
 * 0755 by us, and refused if it exists with another owner or group/world write access
 * (someone could have planted it in the shared temp directory).
 */
async function ensureCacheRoot(dir: string, uid: number): Promise<string> {
  await fsp.mkdir(dir, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stat = await fsp.lstat(dir);
  if (!stat.isDirectory() || stat.isSymbolicLink() || stat.uid !== uid || (stat.mode & 0o022) !== 0) {
    throw new SandboxUnavailableError(
      `unsafe cache directory ${dir}: it must be a directory owned by uid ${uid}, not group/world writable`,
    );
  }
  await fsp.chmod(dir, 0o755);
  return dir;
}

/** Prepares (once per toolchain version) and returns the language's cache directory. */
export async function ensureLanguageCache(cacheRoot: string, language: Language, toolchain: Toolchain): Promise<string> {
  const hash = createHash('sha256').update(language.id).update(language.cacheVersion);
  for (const tool of language.requires) {
    const toolPath = toolchain[tool];
    const stat = toolPath ? await fsp.stat(toolPath).catch(() => null) : null;
    hash.update(`${toolPath}:${stat?.size}:${stat?.mtimeMs}`);
  }
  const dir = path.join(cacheRoot, `${language.id}-${hash.digest('hex').slice(0, 16)}`);
  if (await isComplete(dir)) return dir;
  const staging = await fsp.mkdtemp(path.join(cacheRoot, `.staging-${language.id}-`));
  try {
    await fsp.chmod(staging, 0o755);
    await language.prepare({ cacheDir: staging, toolchain });
    await fsp.writeFile(path.join(staging, '.complete'), '');
    await fsp.rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished the same cache first: use theirs.
      if ((error.code === 'ENOTEMPTY' || error.code === 'EEXIST') && (await isComplete(dir))) return;
      throw error;
    });
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
  return dir;
}

async function isComplete(dir: string): Promise<boolean> {
  const stat = await fsp.lstat(dir).catch(() => null);
  if (!stat || !stat.isDirectory()) return false;
  return fsp.access(path.join(dir, '.complete')).then(
    () => true,
    () => false,
  );
}

/** Run roots to remove if the process exits without close(). */
const pendingCleanup = new Set<string>();
process.once('exit', () => {
  for (const dir of pendingCleanup) rmSync(dir, { recursive: true, force: true });
});

const jsonLogger: SandboxLogger = {
  info: (fields, message) => writeLog('info', fields, message),
  warn: (fields, message) => writeLog('warn', fields, message),
  error: (fields, message) => writeLog('error', fields, message),
};

function writeLog(level: string, fields: Record<string, unknown>, message: string): void {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), component: 'sandbox', ...fields, msg: message })}\n`);
}

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    sandbox: Sandbox;
  }
}

/**
 * The process-wide sandbox, a process singleton because Next bundles route handlers
 * separately from the custom server: module state would otherwise exist twice. Options
 * only apply to the first call.
 */
export function getSandbox(options?: SandboxOptions): Sandbox {
  return processSingleton('sandbox', () => createSandbox(options));
}
