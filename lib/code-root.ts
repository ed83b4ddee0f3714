import path from 'node:path';

/**
 * Whether this process runs the JavaScript `npm run build` compiled into dist/ (npm start, npm
 * run runner: plain node), or the TypeScript sources (tsx: npm run dev, the scripts; vitest).
 */
const compiled = import.meta.url.endsWith('.js');

/** The extension of this process's own modules. */
export const CODE_EXTENSION = compiled ? '.js' : '.ts';

/**
 * A folder of this process's own code, by its source path: itself, or the same path under dist/
 * (scripts/build-server.mjs mirrors the tree). For the modules loaded by path at run time: the
 * API routes and the runner processes' entries.
 */
export function codeDir(...segments: string[]): string {
  return path.join(process.cwd(), ...(compiled ? ['dist'] : []), ...segments);
}

/** A module of this process's own code, by its source path without extension (see codeDir). */
export function codeFile(...segments: string[]): string {
  return `${codeDir(...segments)}${CODE_EXTENSION}`;
}
