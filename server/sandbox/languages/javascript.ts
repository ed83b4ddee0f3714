import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

import type { Command, Language, LanguageContext, Program, WarmCommand } from './types';
import { harnessPlan, isDesign } from '@/lib/vocabulary/problem-rules';
import type { ProblemSpec } from '../types';
import { LANGUAGES } from '@/lib/vocabulary/languages';

/**
 * Judge loader shared by JavaScript and TypeScript (CommonJS, runs inside the jail).
 * argv: <compiled solution file> <harness plan JSON> (lib/vocabulary/problem-rules.ts
 * HarnessPlan). The solution file ends with a line, appended by the supervisor, that stores the
 * user's function (or design class) in globalThis.__codemeetSolution__. Syntax errors surface as
 * a SyntaxError from require(), reported as a compile error.
 *
 * Values: a long arrives as a decimal string and is passed as a BigInt; the answer may be a
 * BigInt or an integral number, written exactly. ListNode and TreeNode are LeetCode's
 * constructors, global before the user's code loads; answers are read by their val/next/left/
 * right fields, so a class of the user's own works too.
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
const plan = JSON.parse(process.argv[3]);

function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}
function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

/** The answer cannot be written (a cycle, too many nodes): a wrong answer, not a crash. */
class BadAnswer extends Error {}
const NODE_LIMIT = 200000;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const plainJson = (value) =>
  JSON.stringify(value === undefined ? null : value, (_key, x) =>
    typeof x === 'bigint' ? (x >= -SAFE && x <= SAFE ? Number(x) : String(x)) : x) ?? 'null';
const longJson = (value) =>
  typeof value === 'bigint' ? String(value) : Number.isInteger(value) ? BigInt(value).toString() : plainJson(value);
function shape(type) {
  const at = type.indexOf('[');
  return at < 0 ? [type, 0] : [type.slice(0, at), (type.length - at) / 2];
}

function toList(items) {
  let head = null;
  for (let i = items.length - 1; i >= 0; i--) head = new ListNode(items[i], head);
  return head;
}
function toTree(items) {
  if (items.length === 0) return null;
  const root = new TreeNode(items[0]);
  const queue = [root];
  let i = 1;
  for (let q = 0; q < queue.length && i < items.length; q++) {
    for (const side of ['left', 'right']) {
      if (i >= items.length) break;
      const value = items[i++];
      if (value === null) continue;
      const child = new TreeNode(value);
      queue[q][side] = child;
      queue.push(child);
    }
  }
  return root;
}
function nodeCheck(node, seen, what) {
  if (typeof node !== 'object') throw new BadAnswer('The returned ' + what + ' holds a ' + typeof node + ' where a node belongs.');
  if (seen.has(node)) {
    throw new BadAnswer(what === 'list' ? 'The returned list has a cycle.' : 'The returned tree reaches a node twice (a cycle or a shared node).');
  }
  if (seen.size >= NODE_LIMIT) throw new BadAnswer('The returned ' + what + ' has more than ' + NODE_LIMIT + ' nodes.');
  seen.add(node);
}
function listJson(head) {
  const values = [];
  const seen = new Set();
  for (let node = head; node !== null && node !== undefined; node = node.next) {
    nodeCheck(node, seen, 'list');
    values.push(node.val);
  }
  return plainJson(values);
}
function treeJson(root) {
  const values = [];
  const seen = new Set();
  const queue = [root];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    if (node === null || node === undefined) {
      values.push(null);
      continue;
    }
    nodeCheck(node, seen, 'tree');
    values.push(node.val);
    queue.push(node.left, node.right);
  }
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return plainJson(values);
}

/** Converts an argument from its JSON form, or null when the JSON form is the value. */
function reader(type) {
  const [base, dims] = shape(type);
  let read = base === 'long' ? (x) => BigInt(x) : base === 'ListNode' ? toList : base === 'TreeNode' ? toTree : null;
  if (read === null) return null;
  for (let d = 0; d < dims; d++) {
    const inner = read;
    read = (items) => items.map(inner);
  }
  return read;
}
/** Writes an answer as JSON text. */
function writer(type) {
  if (type === 'void') return () => 'null';
  const [base, dims] = shape(type);
  let write = base === 'long' ? longJson : base === 'ListNode' ? listJson : base === 'TreeNode' ? treeJson : null;
  if (write === null) return plainJson;
  for (let d = 0; d < dims; d++) {
    const inner = write;
    write = (items) => (Array.isArray(items) ? '[' + Array.from(items, inner).join(',') + ']' : plainJson(items));
  }
  return write;
}
const readArgs = (readers, args) => readers.map((read, k) => (read === null ? args[k] : read(args[k])));
const elapsedMs = (started) => Number(process.hrtime.bigint() - started) / 1e6;
const okReport = (json, ms) => '{"ok":true,"v":' + json + ',"ms":' + ms + ',"kb":' + maxRssKb() + '}';
const failReport = (e, ms, where) =>
  e instanceof BadAnswer
    ? JSON.stringify({ ok: false, wa: true, err: e.message, ms, kb: maxRssKb() })
    : JSON.stringify({ ok: false, err: where + describe(e), ms, kb: maxRssKb() });

let solution;
try {
  require(process.argv[2]);
  solution = globalThis.__codemeetSolution__;
} catch (e) {
  mark(e instanceof SyntaxError ? 'C' : 'E', JSON.stringify(describe(e)));
  process.exit(0);
}
if (typeof solution !== 'function') {
  mark('E', JSON.stringify(plan.kind === 'design'
    ? 'Class ' + plan.name + ' was not found: define it at the top level.'
    : 'Function ' + plan.name + ' was not found: define it at the top level or as a method of class Solution.'));
  process.exit(0);
}
const paramReaders = plan.params.map(reader);

const writeAnswer = writer(plan.mutates === null ? plan.returns : plan.params[plan.mutates]);
function runFunction(args) {
  const started = process.hrtime.bigint();
  let ms = null;
  try {
    const value = solution(...args);
    ms = elapsedMs(started);
    return okReport(writeAnswer(plan.mutates === null ? value : args[plan.mutates]), ms);
  } catch (e) {
    return failReport(e, ms === null ? elapsedMs(started) : ms, '');
  }
}

const methods = new Map(Object.entries(plan.methods).map(([name, m]) => [name, { readers: m.params.map(reader), write: writer(m.returns) }]));
function runDesign(ops, calls) {
  const started = process.hrtime.bigint();
  const results = ['null'];
  let k = 0;
  try {
    const object = new solution(...readArgs(paramReaders, calls[0]));
    for (k = 1; k < ops.length; k++) {
      const method = methods.get(ops[k]);
      const fn = object[ops[k]];
      if (typeof fn !== 'function') throw new TypeError(plan.name + ' has no method ' + ops[k]);
      results.push(method.write(fn.apply(object, readArgs(method.readers, calls[k]))));
    }
    return okReport('[' + results.join(',') + ']', elapsedMs(started));
  } catch (e) {
    return failReport(e, elapsedMs(started), 'Operation ' + k + ' (' + ops[k] + '): ');
  }
}

for (let i = 0; ; i++) {
  const line = readLine();
  if (line === null) break;
  if (line === '') continue;
  const input = JSON.parse(line);
  if (plan.kind === 'design') {
    mark('S', String(i));
    mark('R', runDesign(input[0], input[1]));
  } else {
    const args = readArgs(paramReaders, input);
    mark('S', String(i));
    mark('R', runFunction(args));
  }
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

/** Line appended to the user's code: finds the function (or design class) whatever style it was written in. */
export function solutionLookup(problem: ProblemSpec, language: 'javascript' | 'typescript'): string {
  if (isDesign(problem)) {
    const c = problem.className;
    return (
      `\n;globalThis.__codemeetSolution__ = typeof ${c} === 'function' ? ${c}` +
      ` : module.exports && typeof module.exports.${c} === 'function' ? module.exports.${c} : undefined;\n`
    );
  }
  const f = problem.functionName[language];
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

/** Warm jail stub: see warm.ts. It exposes nothing to the program it runs (its locals die with its module scope). */
export const JS_WARM = String.raw`'use strict';
// Warm jail stub (warm.ts): started before its job, it blocks until the supervisor hands over
// '<length>\n' and the rest of the cold command line (NUL-separated), then runs it as node would.
const fs = require('fs');
const pause = new Int32Array(new SharedArrayBuffer(4));
function read(into, offset, length) {
  for (;;) {
    try {
      return fs.readSync(0, into, offset, length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 5); continue; }
      if (e.code === 'EOF') return 0;
      throw e;
    }
  }
}
function handOver() {
  const byte = Buffer.alloc(1);
  let size = '';
  for (;;) {
    if (read(byte, 0, 1) === 0) return null;
    if (byte[0] === 10) break;
    size += String.fromCharCode(byte[0]);
  }
  const data = Buffer.alloc(Number(size));
  for (let at = 0; at < data.length; ) {
    const n = read(data, at, data.length - at);
    if (n === 0) return null;
    at += n;
  }
  return data.toString('utf8').split('\0');
}
const args = handOver();
if (args === null) process.exit(0);
process.argv.splice(1, process.argv.length - 1, ...args);
// As 'node <file> ...' would: the file becomes require.main.
require('module').runMain();
`;

/** A node command runs warm as `<same node flags> warm.js`, the rest handed over. */
export function nodeWarmRun(run: Command, ctx: LanguageContext): WarmCommand | null {
  const prefix = nodeCommand(ctx, []);
  if (run.argv.length <= prefix.length || !prefix.every((arg, i) => run.argv[i] === arg)) return null;
  return { argv: [...prefix, `${ctx.paths.cache}/warm.js`], handOver: run.argv.slice(prefix.length) };
}

export const NODE_ENV = { HOME: '/tmp', LANG: 'C.UTF-8', NODE_NO_WARNINGS: '1' };

export const NODE_OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|FatalProcessOutOfMemory/;

export async function writeLoader(cacheDir: string): Promise<void> {
  await fsp.writeFile(path.join(cacheDir, 'loader.js'), JS_LOADER, { mode: 0o644 });
  await fsp.writeFile(path.join(cacheDir, 'stdio.js'), JS_STDIO, { mode: 0o644 });
  await fsp.writeFile(path.join(cacheDir, 'warm.js'), JS_WARM, { mode: 0o644 });
}

export const javascript: Language = {
  ...LANGUAGES.javascript,
  requires: ['node'],
  cacheVersion: `${JS_LOADER}\n${JS_STDIO}\n${JS_WARM}`,
  limitAddressSpace: false,
  outOfMemory: NODE_OUT_OF_MEMORY,
  program(code: string, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'main.js', content: code }],
      run: { argv: nodeCommand(ctx, [`${ctx.paths.box}/main.js`]), env: NODE_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    const plan = JSON.stringify(harnessPlan(problem, 'javascript'));
    return {
      files: [{ name: 'main.js', content: code + solutionLookup(problem, 'javascript') }],
      run: {
        argv: nodeCommand(ctx, [`${ctx.paths.cache}/loader.js`, `${ctx.paths.box}/main.js`, plan]),
        env: NODE_ENV,
      },
    };
  },
  prepare: ({ cacheDir }) => writeLoader(cacheDir),
  warmRun: nodeWarmRun,
};
