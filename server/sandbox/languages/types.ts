import 'server-only';

import type { JailPaths } from '../jail';
import type { LanguageName } from '@/lib/vocabulary/languages';
import type { ProblemSpec, SandboxLimits } from '../types';

/** Absolute host paths of the toolchains; null when the host lacks one. */
export interface Toolchain {
  node: string;
  python: string | null;
  javaHome: string | null;
  gpp: string | null;
  esbuild: string | null;
  /** The gold linker, when installed under /usr (which the jail binds): links C++ runs about 3x faster than bfd. */
  ldGold?: string | null;
}

export interface Command {
  argv: string[];
  env: Record<string, string>;
}

/** What the supervisor writes into a fresh run directory, then compiles and runs. */
export interface Program {
  files: Array<{ name: string; content: string }>;
  compile?: Command;
  run: Command;
}

export interface LanguageContext {
  /** Where the run directory and the cache appear to the program. */
  paths: JailPaths;
  toolchain: Toolchain;
  limits: SandboxLimits;
}

export interface PrepareContext {
  /** Host path of this language's private cache directory (created, empty on first call). */
  cacheDir: string;
  toolchain: Toolchain;
}

/** A language is one registry entry: its names (lib/vocabulary/languages.ts), how to build a plain program and a judged one. */
export interface Language extends LanguageName {
  /** Host toolchain this language needs, for availability checks and binds. */
  requires: ReadonlyArray<keyof Toolchain>;
  /** RLIMIT_AS is meaningful (false for V8 and the JVM, which reserve large virtual ranges). */
  limitAddressSpace: boolean;
  /** stderr text a runtime prints when it runs out of memory without the OOM killer firing. */
  outOfMemory: RegExp;
  /** A plain program: stdin in, stdout out. */
  program(code: string, ctx: LanguageContext): Program;
  /** The user's code wrapped by a generated harness speaking the judge protocol (protocol.ts). */
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program;
  /** One-time preparation of the cache (precompiled harness pieces), run outside the jail on trusted input only. */
  prepare(ctx: PrepareContext): Promise<void>;
  /** Everything prepare() depends on besides the toolchain binaries; a change rebuilds the cache. */
  cacheVersion: string;
  /**
   * How a run command starts ahead of the job in a warm jail (warm.ts): `argv` starts the
   * interpreter with a stub (from the cache) that blocks on stdin, `handOver` is what the stub
   * then receives: the rest of the cold command, which it runs as the interpreter would have.
   * Absent, or null for a command, when it can only run cold.
   */
  warmRun?(run: Command, ctx: LanguageContext): WarmCommand | null;
}

export interface WarmCommand {
  argv: string[];
  handOver: string[];
}
