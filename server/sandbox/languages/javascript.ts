import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

import type { Language, LanguageContext, Program } from './types';
import type { ProblemSpec } from '../types';

/**
 * Judge loader shared by JavaScript and TypeScript (CommonJS, runs inside the jail).
 * argv: <compiled solution file>. The solution file ends with a line, appended by the
 * supervisor, that stores the user's function in globalThis.__codemeetSolution__.
 * Syntax errors surface as a SyntaxError from require(), reported as a compile error.
 */
export const JS_LOADER = String.raw`'use strict';
const fs = require('fs');
const write = (text) => process.stdout.write(text);
const chunks = [];
let scanned = 0;
const buffer = Buffer.alloc(1 << 16);
const pause = new Int32Array(new SharedArrayBuffer(4));
function readLine() {
  for (;;) {
    for (let c = scanned; c < chunks.length; c++) {
      const nl = chunks[c].indexOf(10);
      if (nl < 0) continue;
      const head = chunks.splice(0, c + 1);
      const last = head[head.length - 1];
      head[head.length - 1] = last.subarray(0, nl);
      if (nl + 1 < last.length) chunks.unshift(last.subarray(nl + 1));
      scanned = 0;
      return Buffer.concat(head).toString('utf8');
    }
    scanned = chunks.length;
    let n;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 2); continue; }
      if (e.code === 'EOF') n = 0; else throw e;
    }
    if (n === 0) {
      if (chunks.length === 0) return null;
      const rest = Buffer.concat(chunks.splice(0)).toString('utf8');
      scanned = 0;
      return rest;
    }
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
}
const describe = (e) => String(e instanceof Error ? e.stack || e.message : e).slice(0, 4000);
const maxRssKb = () => process.resourceUsage().maxRSS;
const nonce = (readLine() || '').trim();
const mark = (kind, payload) => write('\n' + nonce + ' ' + kind + ' ' + payload + '\n');
let solution;
try {
  require(process.argv[2]);
  solution = globalThis.__codemeetSolution__;
} catch (e) {
  mark(e instanceof SyntaxError ? 'C' : 'E', JSON.stringify(describe(e)));
  process.exit(0);
}
if (typeof solution !== 'function') {
  mark('E', JSON.stringify('Function ' + process.argv[3] + ' was not found: define it at the top level or as a method of class Solution.'));
  process.exit(0);
}
for (let i = 0; ; i++) {
  const line = readLine();
  if (line === null) break;
  if (line === '') continue;
  const args = JSON.parse(line);
  mark('S', String(i));
  const started = process.hrtime.bigint();
  let report;
  try {
    const value = solution(...args);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    report = JSON.stringify({ ok: true, v: value === undefined ? null : value, ms, kb: maxRssKb() });
  } catch (e) {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    report = JSON.stringify({ ok: false, err: describe(e), ms, kb: maxRssKb() });
  }
  mark('R', report);
}
`;

/**
 * Preloaded into every node run: stdout/stderr pipes become blocking. Otherwise node queues
 * writes in memory once a pipe is full and only flushes when the event loop turns, so a
 * busy program's output (and the harness's markers) would never arrive.
 */
export const JS_STDIO = `'use strict';
for (const stream of [process.stdout, process.stderr]) {
  if (stream._handle && typeof stream._handle.setBlocking === 'function') stream._handle.setBlocking(true);
}
`;

/** Line appended to the user's code: finds the function whatever style it was written in. */
export function solutionLookup(functionName: string): string {
  const f = functionName;
  return (
    `\n;globalThis.__codemeetSolution__ = typeof ${f} === 'function' ? ${f}` +
    ` : typeof Solution === 'function' && typeof Solution.prototype.${f} === 'function' ? (...a) => new Solution().${f}(...a)` +
    ` : module.exports && typeof module.exports.${f} === 'function' ? module.exports.${f} : undefined;\n`
  );
}

export function nodeCommand(ctx: LanguageContext, args: string[]): string[] {
  // Heap below the cgroup limit, so a heap bomb ends in V8's own OOM report.
  const heapMb = Math.max(16, Math.floor(ctx.limits.memoryLimitMb * 0.75));
  return [ctx.toolchain.node, `--max-old-space-size=${heapMb}`, '--require', `${ctx.paths.cache}/stdio.js`, ...args];
}

export const NODE_ENV = { HOME: '/tmp', LANG: 'C.UTF-8', NODE_NO_WARNINGS: '1' };

export const NODE_OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|FatalProcessOutOfMemory/;

export async function writeLoader(cacheDir: string): Promise<void> {
  await fsp.writeFile(path.join(cacheDir, 'loader.js'), JS_LOADER, { mode: 0o644 });
  await fsp.writeFile(path.join(cacheDir, 'stdio.js'), JS_STDIO, { mode: 0o644 });
}

export const javascript: Language = {
  id: 'javascript',
  displayName: 'JavaScript',
  aliases: ['javascript', 'js', 'node', 'nodejs'],
  requires: ['node'],
  cacheVersion: `${JS_LOADER}\n${JS_STDIO}`,
  limitAddressSpace: false,
  outOfMemory: NODE_OUT_OF_MEMORY,
  program(code: string, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'main.js', content: code }],
      run: { argv: nodeCommand(ctx, [`${ctx.paths.box}/main.js`]), env: NODE_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    const name = problem.functionName.javascript;
    return {
      files: [{ name: 'main.js', content: code + solutionLookup(name) }],
      run: {
        argv: nodeCommand(ctx, [`${ctx.paths.cache}/loader.js`, `${ctx.paths.box}/main.js`, name]),
        env: NODE_ENV,
      },
    };
  },
  prepare: ({ cacheDir }) => writeLoader(cacheDir),
};
