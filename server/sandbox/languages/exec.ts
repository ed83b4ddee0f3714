import 'server-only';

import type { Command, WarmCommand } from './types';

/**
 * A compiled program's run step in a warm jail (warm.ts): the jail (namespaces, cgroups, rlimits)
 * is set up ahead and a shell waits for the hand-over (an empty one, '0\n'), then execs the very
 * same argv, so the program has the cold run's argv, pid and /proc/self/cmdline. dash's read takes
 * one byte at a time from a pipe, so the program's stdin is untouched.
 */
export function execWarmRun(run: Command): WarmCommand {
  return { argv: ['/bin/sh', '-c', 'read -r _ && exec "$@"', 'sh', ...run.argv], handOver: [] };
}
