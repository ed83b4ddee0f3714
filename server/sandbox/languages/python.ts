import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

import type { Language, LanguageContext, Program } from './types';
import type { ProblemSpec } from '../types';

/**
 * Judge harness (runs inside the jail). argv: <solution file> <function name> <return type>.
 * The solution is compiled and executed in its own namespace, pre-seeded with the
 * `typing` names LeetCode-style code uses without importing (List, Optional, …).
 */
const HARNESS = String.raw`import json, math, resource, sys, time

def main():
    source_path, name, returns = sys.argv[1], sys.argv[2], sys.argv[3]
    out = sys.stdout
    stdin = sys.stdin.buffer
    nonce = stdin.readline().decode().strip()

    def mark(kind, payload):
        out.write('\n' + nonce + ' ' + kind + ' ' + payload + '\n')
        out.flush()

    def describe(exc):
        import traceback  # Only on errors: it costs milliseconds at startup.
        return ''.join(traceback.format_exception(exc)[-20:])[-4000:]

    try:
        with open(source_path, encoding='utf-8', errors='replace') as f:
            code = compile(f.read(), 'solution.py', 'exec')
    except (SyntaxError, ValueError) as exc:
        import traceback
        mark('C', json.dumps(''.join(traceback.format_exception_only(exc))))
        return
    scope = {'__name__': 'solution', '__builtins__': __builtins__}
    try:
        exec('from typing import *\nimport collections, heapq, bisect, itertools, functools', scope)
        exec(code, scope)
    except BaseException as exc:
        mark('E', json.dumps(describe(exc)))
        return
    solution = scope.get('Solution')
    if isinstance(solution, type) and callable(getattr(solution, name, None)):
        fn = lambda *args: getattr(solution(), name)(*args)
    elif callable(scope.get(name)):
        fn = scope[name]
    else:
        mark('E', json.dumps('Function ' + name + ' was not found: define it at the top level or as a method of class Solution.'))
        return

    def plain(value):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, (list, tuple, set, frozenset)):
            return [plain(item) for item in value]
        return value

    fix_floats = 'double' in returns
    sys.setrecursionlimit(100000)
    for index, line in enumerate(iter(stdin.readline, b'')):
        if not line.strip():
            continue
        args = json.loads(line)
        mark('S', str(index))
        started = time.perf_counter_ns()
        try:
            value = fn(*args)
            ms = (time.perf_counter_ns() - started) / 1e6
            if fix_floats or isinstance(value, (set, frozenset)):
                value = plain(value)
            try:
                report = {'ok': True, 'v': value, 'ms': ms}
                payload = json.dumps(report, separators=(',', ':'), default=list)
            except (TypeError, ValueError) as exc:
                payload = json.dumps({'ok': False, 'err': 'Return value is not serializable: ' + str(exc), 'ms': ms})
        except MemoryError as exc:
            ms = (time.perf_counter_ns() - started) / 1e6
            payload = json.dumps({'ok': False, 'err': 'MemoryError', 'oom': True, 'ms': ms})
        except BaseException as exc:
            ms = (time.perf_counter_ns() - started) / 1e6
            payload = json.dumps({'ok': False, 'err': describe(exc), 'ms': ms})
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        mark('R', payload[:-1] + ',"kb":' + str(kb) + '}')

main()
`;

const PYTHON_ENV = { HOME: '/tmp', LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };

export const python: Language = {
  id: 'python',
  displayName: 'Python 3',
  aliases: ['python', 'python3', 'py', 'py3'],
  requires: ['python'],
  cacheVersion: HARNESS,
  limitAddressSpace: true,
  outOfMemory: /\bMemoryError\b/,
  program(code: string, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'main.py', content: code }],
      run: { argv: [pythonPath(ctx), '-B', '-s', `${ctx.paths.box}/main.py`], env: PYTHON_ENV },
    };
  },
  harness(code: string, problem: ProblemSpec, ctx: LanguageContext): Program {
    return {
      files: [{ name: 'solution.py', content: code }],
      run: {
        // -S: no site module (judged code has no use for it; saves milliseconds per run).
        argv: [
          pythonPath(ctx),
          '-B',
          '-s',
          '-S',
          `${ctx.paths.cache}/harness.py`,
          `${ctx.paths.box}/solution.py`,
          problem.functionName.python,
          problem.returns,
        ],
        env: PYTHON_ENV,
      },
    };
  },
  async prepare({ cacheDir }) {
    await fsp.writeFile(path.join(cacheDir, 'harness.py'), HARNESS, { mode: 0o644 });
  },
};

function pythonPath(ctx: LanguageContext): string {
  if (!ctx.toolchain.python) throw new Error('python3 not found');
  return ctx.toolchain.python;
}
