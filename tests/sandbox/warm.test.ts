import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROBLEMS } from './problems';
import { SandboxCancelledError, type ExecuteRequest, type LanguageId } from '@/server/sandbox';

import { jailUserProcesses, leftoverCgroups, leftoverRunDirs, processesMatching, removeWorkRoot, testSandbox } from './support';

/**
 * Warm single-use jails (warm.ts): a job takes a jail whose interpreter started earlier. Each
 * program prints how long its process has existed, which tells a warm jail (idle for a while
 * before the job) from a cold one.
 */
const TIME_LIMIT_MS = 1000;
const sandbox = testSandbox({ warmPerLanguage: 1, limits: { timeLimitMs: TIME_LIMIT_MS } });

/** Idle warm jails are not leftovers; everything must be gone once the sandbox closes. */
afterAll(async () => {
  await sandbox.close();
  expect(jailUserProcesses()).toEqual([]);
  expect(leftoverRunDirs()).toEqual([]);
  expect(leftoverCgroups()).toEqual([]);
  removeWorkRoot();
});

beforeAll(async () => {
  await sandbox.prepare(['javascript', 'typescript', 'python', 'cpp']);
}, 120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `label` has an idle jail, then lets it sit `idleMs` so its age shows. */
async function warmed(label: string, idleMs = 1200): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((sandbox.warmStats()[label] ?? 0) < 1) {
    if (Date.now() > deadline) throw new Error(`no warm ${label} jail: ${JSON.stringify(sandbox.warmStats())}`);
    await sleep(20);
  }
  await sleep(idleMs);
}

/** Seconds since the program's process started, printed first by the programs below. */
const JS_AGE = 'process.stdout.write(process.uptime().toFixed(3) + "\\n");\n';
const PY_AGE = `import os
def _age():
    start = int(open('/proc/self/stat').read().rsplit(')', 1)[1].split()[19]) / os.sysconf('SC_CLK_TCK')
    return float(open('/proc/uptime').read().split()[0]) - start
print('%.3f' % _age(), flush=True)
`;

async function run(request: ExecuteRequest): Promise<{ age: number; rest: string; result: Awaited<ReturnType<typeof sandbox.execute>> }> {
  const result = await sandbox.execute(request);
  const [first = 'NaN', ...rest] = result.stdout.split('\n');
  return { age: Number(first), rest: rest.join('\n'), result };
}

describe('warm jails', () => {
  it('run execute() in an interpreter started before the job, exactly as a cold start would', async () => {
    const code = `${JS_AGE}console.log(process.argv.slice(1).join(' '), require.main === module, require('fs').readFileSync(0, 'utf8'));`;
    const cold = await run({ language: 'javascript', code, stdin: 'input' });
    await warmed('javascript:execute');
    const warm = await run({ language: 'javascript', code, stdin: 'input' });
    expect(cold.age).toBeLessThan(1);
    expect(warm.age).toBeGreaterThan(1);
    expect(warm.rest).toBe(cold.rest);
    expect(warm.rest).toBe('/box/main.js true input\n');

    const py = `${PY_AGE}import sys\nprint(__name__, sys.argv, sys.path[0], sys.stdin.read())\nraise ValueError('boom')\n`;
    const pyCold = await run({ language: 'python', code: py, stdin: 'input' });
    await warmed('python:execute');
    const pyWarm = await run({ language: 'python', code: py, stdin: 'input' });
    expect(pyCold.age).toBeLessThan(1);
    expect(pyWarm.age).toBeGreaterThan(1);
    expect(pyWarm.rest).toBe(pyCold.rest);
    expect(pyWarm.result).toMatchObject({ status: 'runtime_error', exitCode: 1, stderr: pyCold.result.stderr });
    // The traceback reads as the interpreter's own: the stub's frame is not in it.
    expect(pyWarm.result.stderr).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 8, in <module>\n    raise ValueError(\'boom\')\nValueError: boom\n',
    );
  });

  it('exec a compiled program in a jail set up ahead, with the cold argv, pid and stdin', async () => {
    const code = `#include <cstdio>
#include <unistd.h>
int main(int argc, char** argv) {
  char input[64] = {0};
  size_t n = fread(input, 1, sizeof input - 1, stdin);
  printf("%s %d %d %.*s", argv[0], argc, (int)getpid(), (int)n, input);
  return 3;
}`;
    const cold = await sandbox.execute({ language: 'cpp', code, stdin: 'input' });
    await warmed('cpp:execute', 0);
    const warm = await sandbox.execute({ language: 'cpp', code, stdin: 'input' });
    expect(warm).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: cold.stdout });
    expect(warm.stdout).toBe('/box/main 1 2 input');
  });

  it('refill in the background after a job took one', async () => {
    await warmed('python:execute', 0);
    await run({ language: 'python', code: 'pass' });
    await warmed('python:execute', 0);
    expect(sandbox.warmStats()['python:execute']).toBe(1);
  });

  it('start the time limit at hand-over, not at spawn', async () => {
    await warmed('javascript:execute', TIME_LIMIT_MS + 500);
    const busy = `${JS_AGE}const end = Date.now() + 600; while (Date.now() < end);\nconsole.log('done');`;
    const ok = await run({ language: 'javascript', code: busy });
    expect(ok.age).toBeGreaterThan(TIME_LIMIT_MS / 1000);
    expect(ok.result.status).toBe('success');
    expect(ok.result.runtimeMs).toBeGreaterThan(550);
    expect(ok.result.runtimeMs).toBeLessThan(TIME_LIMIT_MS);

    await warmed('javascript:execute', TIME_LIMIT_MS + 500);
    const loop = await run({ language: 'javascript', code: `${JS_AGE}for (;;);` });
    expect(loop.age).toBeGreaterThan(TIME_LIMIT_MS / 1000);
    expect(loop.result.status).toBe('time_limit_exceeded');
    expect(loop.result.runtimeMs).toBeGreaterThanOrEqual(TIME_LIMIT_MS - 50);
  });

  it('run one job each: files, /tmp, /dev/shm and background processes never reach the next job', async () => {
    const plant = `${PY_AGE}import subprocess, os
open('/tmp/planted', 'w').write('x')
open('/dev/shm/planted', 'w').write('x')
subprocess.Popen(['sleep', '1007'], start_new_session=True)
try:
    open('/box/planted', 'w')
    print('box writable')
except OSError:
    print('box read-only')
others = [p for p in os.listdir('/proc') if p.isdigit() and int(p) not in (1, os.getpid())]
print('others', len([p for p in others if 'warm' in open('/proc/%s/cmdline' % p).read()]))
`;
    await warmed('python:execute');
    const first = await run({ language: 'python', code: plant });
    expect(first.age).toBeGreaterThan(1);
    expect(first.rest).toBe('box read-only\nothers 0\n');
    expect(processesMatching('sleep 1007')).toEqual([]);

    const look = `${PY_AGE}import os\nprint([p for p in ('/tmp/planted', '/dev/shm/planted', '/box/planted') if os.path.exists(p)])\n`;
    await warmed('python:execute');
    const second = await run({ language: 'python', code: look });
    expect(second.age).toBeGreaterThan(1);
    expect(second.rest).toBe('[]\n');
  });

  it('fall back to a cold start when a request asks for other limits', async () => {
    await warmed('javascript:execute', 0);
    const before = sandbox.warmStats()['javascript:execute'];
    const other = await run({ language: 'javascript', code: JS_AGE, limits: { memoryLimitMb: 128 } });
    expect(other.age).toBeLessThan(1);
    expect(other.result.limits.memoryLimitMb).toBe(128);
    expect(sandbox.warmStats()['javascript:execute']).toBe(before);
  });

  it('kill a cancelled warm job and leave nothing of it behind', async () => {
    await warmed('javascript:execute', 0);
    const controller = new AbortController();
    const started = performance.now();
    const running = sandbox.execute({
      language: 'javascript',
      code: "process.title = 'codemeet-warm-cancel'; for (;;);",
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 300);
    await expect(running).rejects.toBeInstanceOf(SandboxCancelledError);
    expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
    expect(processesMatching('codemeet-warm-cancel')).toEqual([]);
  });

  it('serve concurrent jobs, warm or cold, each in its own jail', async () => {
    await warmed('python:execute', 0);
    const results = await Promise.all(
      [1, 2, 3].map((n) => sandbox.execute({ language: 'python', code: `import os\nprint(${n}, os.getpid())` })),
    );
    expect(results.map((r) => r.status)).toEqual(['success', 'success', 'success']);
    expect(results.map((r) => r.stdout.split(' ')[0])).toEqual(['1', '2', '3']);
  });

  it.each(['javascript', 'typescript', 'python'] as LanguageId[])('judge %s warm, verdicts unchanged', async (language) => {
    const problem = PROBLEMS.twoSum;
    const request = { language, problem: problem.spec, testCases: problem.testCases };
    await sandbox.judge({ ...request, code: problem.solutions[language] });
    await warmed(`${language}:judge`, 0);
    const accepted = await sandbox.judge({ ...request, code: problem.solutions[language] });
    expect(accepted.status).toBe('accepted');
    await warmed(`${language}:judge`, 0);
    const broken = await sandbox.judge({ ...request, code: language === 'python' ? 'def twoSum(:' : 'function twoSum( {' });
    expect(broken.status).toBe('compile_error');
    await warmed(`${language}:judge`, 0);
    const missing = await sandbox.judge({ ...request, code: language === 'python' ? 'x = 1' : 'const x = 1;' });
    expect(missing.results[0]?.error).toMatch(/(twoSum|two_sum) was not found/);
  });

  it('leave nothing behind when the sandbox closes during a refill', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'codemeet-warm-close-'));
    chmodSync(root, 0o711);
    try {
      const other = testSandbox({ warmPerLanguage: 2, workRoot: root });
      // The job's end starts a refill of two jails; close() lands in the middle of it.
      await other.execute({ language: 'python', code: 'pass' });
      await sleep(5);
      await other.close();
      expect(readdirSync(root)).toEqual([]);
      const holders = readdirSync('/proc').filter((pid) => {
        if (!/^\d+$/.test(pid)) return false;
        try {
          return readFileSync(`/proc/${pid}/mountinfo`, 'utf8').includes(path.basename(root));
        } catch {
          return false;
        }
      });
      expect(holders).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
