import 'server-only';

import { promises as fsp } from 'node:fs';
import path from 'node:path';

import type { Command, Language, LanguageContext, Program, WarmCommand } from './types';
import { harnessPlan } from '@/lib/vocabulary/problem-rules';
import type { ProblemSpec } from '../types';
import { LANGUAGES } from '@/lib/vocabulary/languages';

/**
 * Judge harness (runs inside the jail). argv: <solution file> <harness plan JSON>
 * (lib/vocabulary/problem-rules.ts HarnessPlan). The solution is compiled and executed in its own
 * namespace, pre-seeded with the `typing` names LeetCode-style code uses without importing (List,
 * Optional, …) and with LeetCode's ListNode and TreeNode. A long arrives as a decimal string and
 * is passed as an int.
 */
const HARNESS = String.raw`import json, math, resource, sys, time


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class BadAnswer(Exception):
    """The answer cannot be written (a cycle, too many nodes): a wrong answer, not a crash."""


NODE_LIMIT = 200000


def shape(t):
    at = t.find('[')
    return (t, 0) if at < 0 else (t[:at], (len(t) - at) // 2)


def to_list(items):
    head = None
    for value in reversed(items):
        head = ListNode(value, head)
    return head


def to_tree(items):
    if not items:
        return None
    root = TreeNode(items[0])
    queue = [root]
    i, q = 1, 0
    while q < len(queue) and i < len(items):
        node = queue[q]
        q += 1
        for side in ('left', 'right'):
            if i >= len(items):
                break
            value = items[i]
            i += 1
            if value is not None:
                child = TreeNode(value)
                setattr(node, side, child)
                queue.append(child)
    return root


def visit(node, seen, what):
    if not hasattr(node, 'val'):
        raise BadAnswer('The returned %s holds a %s where a node belongs.' % (what, type(node).__name__))
    key = id(node)
    if key in seen:
        raise BadAnswer('The returned list has a cycle.' if what == 'list' else 'The returned tree reaches a node twice (a cycle or a shared node).')
    if len(seen) >= NODE_LIMIT:
        raise BadAnswer('The returned %s has more than %d nodes.' % (what, NODE_LIMIT))
    seen.add(key)


def list_value(head):
    values, seen = [], set()
    node = head
    while node is not None:
        visit(node, seen, 'list')
        values.append(node.val)
        node = getattr(node, 'next', None)
    return values


def tree_value(root):
    values, seen = [], set()
    queue = [root]
    q = 0
    while q < len(queue):
        node = queue[q]
        q += 1
        if node is None:
            values.append(None)
            continue
        visit(node, seen, 'tree')
        values.append(node.val)
        queue.append(getattr(node, 'left', None))
        queue.append(getattr(node, 'right', None))
    while values and values[-1] is None:
        values.pop()
    return values


def plain(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(item) for item in value]
    return value


def nested(convert, dims):
    for _ in range(dims):
        convert = (lambda inner: lambda items: [inner(item) for item in items])(convert)
    return convert


def reader(t):
    """Converts an argument from its JSON form; None when the JSON form is the value."""
    base, dims = shape(t)
    convert = {'long': int, 'ListNode': to_list, 'TreeNode': to_tree}.get(base)
    return None if convert is None else nested(convert, dims)


def writer(t):
    """Turns an answer into something json.dumps writes."""
    if t == 'void':
        return lambda value: None
    base, dims = shape(t)
    convert = {'ListNode': list_value, 'TreeNode': tree_value}.get(base)
    if convert is not None:
        return nested(convert, dims)
    if base == 'double':
        return plain
    return lambda value: plain(value) if isinstance(value, (set, frozenset)) else value


def read_args(readers, args):
    return [arg if read is None else read(arg) for read, arg in zip(readers, args)]


def main():
    source_path, plan = sys.argv[1], json.loads(sys.argv[2])
    name = plan['name']
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
    scope = {'__name__': 'solution', '__builtins__': __builtins__, 'ListNode': ListNode, 'TreeNode': TreeNode}
    try:
        exec('from typing import *\nimport collections, heapq, bisect, itertools, functools', scope)
        exec(code, scope)
    except BaseException as exc:
        mark('E', json.dumps(describe(exc)))
        return
    if plan['kind'] == 'design':
        cls = scope.get(name)
        if not isinstance(cls, type):
            mark('E', json.dumps('Class ' + name + ' was not found: define it at the top level.'))
            return
    else:
        solution = scope.get('Solution')
        if isinstance(solution, type) and callable(getattr(solution, name, None)):
            fn = lambda *args: getattr(solution(), name)(*args)
        elif callable(scope.get(name)):
            fn = scope[name]
        else:
            mark('E', json.dumps('Function ' + name + ' was not found: define it at the top level or as a method of class Solution.'))
            return

    param_readers = [reader(t) for t in plan['params']]
    mutates = plan['mutates']
    write_answer = writer(plan['returns'] if mutates is None else plan['params'][mutates])
    methods = {m: ([reader(t) for t in spec['params']], writer(spec['returns'])) for m, spec in plan['methods'].items()}

    def run_function(args):
        started = time.perf_counter_ns()
        value = fn(*args)
        ms = (time.perf_counter_ns() - started) / 1e6
        return write_answer(value if mutates is None else args[mutates]), ms

    def run_design(ops, calls, where):
        started = time.perf_counter_ns()
        obj = cls(*read_args(param_readers, calls[0]))
        results = [None]
        for k in range(1, len(ops)):
            where[0] = k
            readers, write = methods[ops[k]]
            results.append(write(getattr(obj, ops[k])(*read_args(readers, calls[k]))))
        return results, (time.perf_counter_ns() - started) / 1e6

    sys.setrecursionlimit(100000)
    for index, line in enumerate(iter(stdin.readline, b'')):
        if not line.strip():
            continue
        case = json.loads(line)
        design = plan['kind'] == 'design'
        where = [0]
        if not design:
            case = read_args(param_readers, case)
        mark('S', str(index))
        started = time.perf_counter_ns()
        try:
            if design:
                value, ms = run_design(case[0], case[1], where)
            else:
                value, ms = run_function(case)
            try:
                payload = json.dumps({'ok': True, 'v': value, 'ms': ms}, separators=(',', ':'), default=list)
            except (TypeError, ValueError) as exc:
                payload = json.dumps({'ok': False, 'err': 'Return value is not serializable: ' + str(exc), 'ms': ms})
        except BadAnswer as exc:
            ms = (time.perf_counter_ns() - started) / 1e6
            payload = json.dumps({'ok': False, 'wa': True, 'err': str(exc), 'ms': ms})
        except MemoryError as exc:
            ms = (time.perf_counter_ns() - started) / 1e6
            payload = json.dumps({'ok': False, 'err': 'MemoryError', 'oom': True, 'ms': ms})
        except BaseException as exc:
            ms = (time.perf_counter_ns() - started) / 1e6
            err = describe(exc)
            if design:
                err = 'Operation %d (%s): ' % (where[0], case[0][where[0]]) + err
            payload = json.dumps({'ok': False, 'err': err, 'ms': ms})
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        mark('R', payload[:-1] + ',"kb":' + str(kb) + '}')

main()
`;

/** Warm jail stub: see warm.ts. The program gets a fresh __main__ module; the stub's names stay in its own. */
const WARM = String.raw`# Warm jail stub (warm.ts): started before its job with the modules to preload (and trusted
# cache files to compile ahead, by absolute path) as arguments,
# it blocks until the supervisor hands over '<length>\n' and the rest of the cold command line
# (NUL-separated), then runs that file as __main__ the way the interpreter would.
import os, sys

_compiled = {}
for _name in sys.argv[1:]:
    if _name.startswith('/'):
        with open(_name, 'rb') as _file:
            _compiled[_name] = compile(_file.read(), _name, 'exec')
    else:
        __import__(_name)


def _read(n):
    data = b''
    while len(data) < n:
        chunk = os.read(0, n - len(data))
        if not chunk:
            os._exit(0)
        data += chunk
    return data


def _hand_over():
    size = b''
    while True:
        byte = _read(1)
        if byte == b'\n':
            break
        size += byte
    return _read(int(size)).decode().split('\0')


def _run():
    args = _hand_over()
    path = args[0]
    sys.argv[:] = args
    sys.path[0] = os.path.dirname(path)
    main = type(sys)('__main__')
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    try:
        code = _compiled.pop(path, None)
        if code is None:
            with open(path, 'rb') as f:
                code = compile(f.read(), path, 'exec')
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        # Drop this stub's frame: the traceback reads as if the interpreter ran the file itself.
        tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
        sys.excepthook(type(exc), exc.with_traceback(tb), tb)
        sys.exit(1)


_run()
`;

/** What the harness imports (and its `from typing import *` prelude): loaded while the warm jail waits. */
const HARNESS_PRELOAD = ['json', 'math', 'resource', 'time', 'typing', 'collections', 'heapq', 'bisect', 'itertools', 'functools'];

/** `python <flags> <file> <args>` runs warm as `python <flags> warm.py <preloads>`, the file and args handed over. */
function warmRun(run: Command, ctx: LanguageContext): WarmCommand | null {
  const file = run.argv.findIndex((arg, i) => i > 0 && !arg.startsWith('-'));
  if (file < 0) return null;
  const handOver = run.argv.slice(file);
  const harness = `${ctx.paths.cache}/harness.py`;
  const preload = handOver[0] === harness ? [...HARNESS_PRELOAD, harness] : [];
  return { argv: [...run.argv.slice(0, file), `${ctx.paths.cache}/warm.py`, ...preload], handOver };
}

const PYTHON_ENV = { HOME: '/tmp', LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };

export const python: Language = {
  ...LANGUAGES.python,
  requires: ['python'],
  cacheVersion: `${HARNESS}\n${WARM}\n${HARNESS_PRELOAD.join(' ')}`,
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
          JSON.stringify(harnessPlan(problem, 'python')),
        ],
        env: PYTHON_ENV,
      },
    };
  },
  async prepare({ cacheDir }) {
    await fsp.writeFile(path.join(cacheDir, 'harness.py'), HARNESS, { mode: 0o644 });
    await fsp.writeFile(path.join(cacheDir, 'warm.py'), WARM, { mode: 0o644 });
  },
  warmRun,
};

function pythonPath(ctx: LanguageContext): string {
  if (!ctx.toolchain.python) throw new Error('python3 not found');
  return ctx.toolchain.python;
}
