import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

import {
  JS_LOADER,
  JS_STDIO,
  JS_WARM,
  NODE_ENV,
  NODE_OUT_OF_MEMORY,
  nodeCommand,
  nodeWarmRun,
  solutionLookup,
  writeLoader,
} from './javascript';
import type { Command, Language, LanguageContext, Program } from './types';
import { harnessPlan } from '@/lib/vocabulary/problem-rules';
import type { ProblemSpec } from '../types';
import { LANGUAGES } from '@/lib/vocabulary/languages';

/**
 * TypeScript is transpiled by the esbuild binary inside the jail (types are stripped, not
 * checked), then runs exactly like JavaScript.
 */
function transpile(ctx: LanguageContext): Command {
  return {
    argv: [
      `${ctx.paths.cache}/esbuild`,
      `${ctx.paths.box}/main.ts`,
      `--outfile=${ctx.paths.box}/main.js`,
      '--format=cjs',
      '--platform=node',
      '--target=node20',
      '--log-level=error',
      '--color=false',
    ],
    env: { HOME: '/tmp', GOMAXPROCS: '2' },
  };
}

export const typescript: Language = {
  ...LANGUAGES.typescript,
  requires: ['node', 'esbuild'],
  cacheVersion: `${JS_LOADER}\n${JS_STDIO}\n${JS_WARM}\nesbuild`,
  limitAddressSpace: false,
  outOfMemory: NODE_OUT_OF_MEMORY,
  program(code: string, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'main.ts', content: code }],
      compile: transpile(ctx),
      run: { argv: nodeCommand(ctx, [`${ctx.paths.box}/main.js`]), env: NODE_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    const plan = JSON.stringify(harnessPlan(problem, 'typescript'));
    return {
      files: [{ name: 'main.ts', content: code + solutionLookup(problem, 'typescript') }],
      compile: transpile(ctx),
      run: {
        argv: nodeCommand(ctx, [`${ctx.paths.cache}/loader.js`, `${ctx.paths.box}/main.js`, plan]),
        env: NODE_ENV,
      },
    };
  },
  async prepare({ cacheDir, toolchain }) {
    if (!toolchain.esbuild) throw new Error('esbuild binary not found');
    // A copy inside the cache: the jail user may not be able to traverse node_modules' path.
    await fsp.copyFile(toolchain.esbuild, path.join(cacheDir, 'esbuild'));
    await fsp.chmod(path.join(cacheDir, 'esbuild'), 0o755);
    await writeLoader(cacheDir);
  },
  // Only the run step is warm: esbuild writes main.js into /box first, in its own jail.
  warmRun: nodeWarmRun,
};
