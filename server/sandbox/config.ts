import 'server-only';

import { SandboxInputError } from '@/lib/vocabulary/errors';
import type { SandboxLimits } from './types';

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  timeLimitMs: 3000,
  startupTimeLimitMs: 10_000,
  memoryLimitMb: 256,
  outputLimitBytes: 2 * MiB,
  maxProcesses: 64,
  fileSizeLimitBytes: 16 * MiB,
  tmpSizeBytes: 64 * MiB,
  openFilesLimit: 256,
  compileTimeLimitMs: 20_000,
  compileMemoryLimitMb: 1024,
  stdinLimitBytes: 32 * MiB,
});

/** Upper bounds a caller cannot exceed, whatever it asks for. */
const CEILINGS: Readonly<SandboxLimits> = Object.freeze({
  timeLimitMs: 30_000,
  startupTimeLimitMs: 30_000,
  memoryLimitMb: 4096,
  outputLimitBytes: 64 * MiB,
  maxProcesses: 1024,
  fileSizeLimitBytes: 1024 * MiB,
  tmpSizeBytes: 1024 * MiB,
  openFilesLimit: 4096,
  compileTimeLimitMs: 120_000,
  compileMemoryLimitMb: 8192,
  stdinLimitBytes: 256 * MiB,
});

export function resolveLimits(...layers: Array<Partial<SandboxLimits> | undefined>): SandboxLimits {
  const limits: SandboxLimits = { ...DEFAULT_LIMITS };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(layer) as Array<keyof SandboxLimits>) {
      const value = layer[key];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new SandboxInputError(`limit ${key} must be a positive number`);
      }
      limits[key] = Math.min(value, CEILINGS[key]);
    }
  }
  return limits;
}

export const MB = MiB;
