import 'server-only';

import { EXIT_SIGXCPU, type JailOutcome, type JailPaths } from './jail';
import type { Language } from './languages';

/** How much of a program's output and errors a result shows. */
export const SHOWN_OUTPUT_LIMIT = 64 * 1024;
export const SHOWN_ERROR_LIMIT = 4096;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Output is arbitrary bytes: invalid UTF-8 becomes U+FFFD instead of throwing. */
export function decode(buffer: Buffer): string {
  return decoder.decode(buffer);
}

/** Shows `main.cpp:3:5` instead of `/box/main.cpp:3:5`. */
export function cleanPaths(text: string, paths: JailPaths): string {
  return text.split(`${paths.box}/`).join('');
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** The verdict implied by how a process ended, when it was a limit rather than the program's choice. */
export function fatalVerdict(
  language: Language,
  outcome: JailOutcome,
  stderr: string,
): 'output_limit_exceeded' | 'time_limit_exceeded' | 'memory_limit_exceeded' | null {
  if (outcome.killedBy === 'output') return 'output_limit_exceeded';
  // Before time: a runtime thrashing near its heap limit often reports OOM only after the clock ran out.
  if (outcome.oomKilled) return 'memory_limit_exceeded';
  if (outcome.exitCode !== 0 && language.outOfMemory.test(stderr)) return 'memory_limit_exceeded';
  if (outcome.killedBy === 'time' || outcome.exitCode === EXIT_SIGXCPU) return 'time_limit_exceeded';
  return null;
}
