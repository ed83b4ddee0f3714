import 'server-only';

import { constants as fsc, promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { cpp } from './cpp';
import { java } from './java';
import { javascript } from './javascript';
import { python } from './python';
import { typescript } from './typescript';
import type { Language, Toolchain } from './types';
import type { LanguageId } from '../types';
import { findLanguage as findLanguageName } from '@/lib/vocabulary/languages';

export type { Command, Language, LanguageContext, Program, Toolchain, WarmCommand } from './types';

/** The language registry: adding a language is one entry here plus its module. */
export const LANGUAGES: Record<LanguageId, Language> = { javascript, typescript, python, java, cpp };

/** Resolves 'js', 'JavaScript', 'py', 'python3', 'c++', 'cpp', … (lib/vocabulary/languages.ts) to a registry entry. */
export function findLanguage(name: string): Language | undefined {
  const known = findLanguageName(name);
  return known && LANGUAGES[known.id];
}

export interface ToolchainOverrides {
  nodePath?: string;
  pythonPath?: string;
  javaHome?: string;
  gppPath?: string;
  esbuildPath?: string;
}

/** Finds the host toolchains. Prefers system paths, which the jail already binds. */
export async function detectToolchain(overrides: ToolchainOverrides = {}): Promise<Toolchain> {
  const [node, python, javac, gpp, esbuild, ldGold] = await Promise.all([
    firstExecutable([overrides.nodePath, process.execPath]),
    // Debian's python first: a pyenv shim lives in a home directory the jail cannot see.
    firstExecutable([overrides.pythonPath, '/usr/bin/python3', ...onPath('python3')]),
    firstExecutable([overrides.javaHome && path.join(overrides.javaHome, 'bin/javac'), ...onPath('javac')]),
    firstExecutable([overrides.gppPath, '/usr/bin/g++', ...onPath('g++')]),
    firstExecutable([overrides.esbuildPath, process.env.ESBUILD_BINARY_PATH, resolveEsbuild()]),
    firstExecutable(['/usr/bin/ld.gold']),
  ]);
  return {
    node: node ?? process.execPath,
    python,
    // <home>/bin/javac, after following /usr/bin/javac -> /etc/alternatives -> the JDK.
    javaHome: javac ? path.dirname(path.dirname(javac)) : null,
    gpp,
    esbuild,
    ldGold: ldGold?.startsWith('/usr/') ? ldGold : null,
  };
}

function onPath(name: string): string[] {
  return (process.env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .map((dir) => path.join(dir, name));
}

async function firstExecutable(candidates: Array<string | undefined>): Promise<string | null> {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const real = await fsp.realpath(candidate);
      await fsp.access(real, fsc.X_OK);
      return real;
    } catch {
      // Try the next one.
    }
  }
  return null;
}

function resolveEsbuild(): string | undefined {
  try {
    // Resolved from the app root, which works both under tsx and inside Next's bundle.
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    return require.resolve(`@esbuild/${process.platform}-${process.arch === 'x64' ? 'x64' : process.arch}/bin/esbuild`);
  } catch {
    return undefined;
  }
}
