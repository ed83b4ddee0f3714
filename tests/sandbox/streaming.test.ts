import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { SandboxCancelledError } from '@/server/sandbox';
import { PROBLEMS } from './problems';

import { jailUserProcesses, leftoverCgroups, leftoverRunDirs, removeWorkRoot, testSandbox } from './support';

/** The job runner's side of the sandbox: live output for a room console, and cancelling a run. */
const sandbox = testSandbox({ concurrency: 1, maxQueue: 8, perOwnerQueue: 8 });

beforeAll(async () => {
  await sandbox.prepare(['javascript', 'python']);
}, 120_000);

afterEach(() => {
  expect(jailUserProcesses()).toEqual([]);
  expect(leftoverRunDirs()).toEqual([]);
  expect(leftoverCgroups()).toEqual([]);
});

afterAll(async () => {
  await sandbox.close();
  removeWorkRoot();
});

/** Resolves to the error a promise rejects with, and how long that took. */
async function rejection(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a rejection');
}

describe('onOutput', () => {
  it('streams stdout and stderr as they arrive, decoding characters split across writes', async () => {
    const received: Array<{ stream: string; text: string; at: number }> = [];
    const started = performance.now();
    // '€' is e2 82 ac: its bytes arrive in two separate writes, 150 ms apart.
    const code = `
      const fs = require('fs');
      fs.writeSync(1, 'first\\n');
      fs.writeSync(2, 'warn\\n');
      const wait = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      wait(400);
      fs.writeSync(1, Buffer.from([0xe2]));
      wait(150);
      fs.writeSync(1, Buffer.from([0x82, 0xac, 0x0a]));
    `;
    const result = await sandbox.execute({
      language: 'javascript',
      code,
      onOutput: (stream, text) => received.push({ stream, text, at: performance.now() - started }),
    });
    const ended = performance.now() - started;
    expect(result.status).toBe('success');
    const stdout = received.filter((r) => r.stream === 'stdout');
    expect(stdout.map((r) => r.text).join('')).toBe(result.stdout);
    expect(result.stdout).toBe('first\n€\n');
    expect(
      received
        .filter((r) => r.stream === 'stderr')
        .map((r) => r.text)
        .join(''),
    ).toBe('warn\n');
    // No chunk carries half a character.
    expect(stdout.every((r) => !r.text.includes('\uFFFD'))).toBe(true);
    // The first line reached the caller well before the run was over.
    expect(stdout[0]?.text).toBe('first\n');
    expect(stdout[0]!.at).toBeLessThan(ended - 300);
  });

  it('stops streaming at the output cap', async () => {
    let streamed = 0;
    const result = await sandbox.execute({
      language: 'python',
      code: 'import sys\nwhile True:\n    sys.stdout.write("x" * 4096)\n',
      limits: { outputLimitBytes: 64 * 1024 },
      onOutput: (_stream, text) => (streamed += text.length),
    });
    expect(result.status).toBe('output_limit_exceeded');
    expect(streamed).toBeLessThanOrEqual(64 * 1024);
    expect(streamed).toBe(result.stdout.length);
  });

  it('survives a callback that throws', async () => {
    const result = await sandbox.execute({
      language: 'python',
      code: 'print("a")\nprint("b")\n',
      onOutput: () => {
        throw new Error('console gone');
      },
    });
    expect(result).toMatchObject({ status: 'success', stdout: 'a\nb\n' });
  });
});

describe('cancellation', () => {
  it('kills a running execute() and rejects with SandboxCancelledError', async () => {
    const controller = new AbortController();
    const running = sandbox.execute({ language: 'python', code: 'while True:\n    pass\n', signal: controller.signal });
    setTimeout(() => controller.abort(), 500);
    const { error, ms } = await rejection(running);
    expect(error).toBeInstanceOf(SandboxCancelledError);
    // Well before the 3 s time limit.
    expect(ms).toBeLessThan(2000);
  });

  it('kills a running judge()', async () => {
    const controller = new AbortController();
    const problem = PROBLEMS.twoSum;
    const running = sandbox.judge({
      language: 'javascript',
      code: 'function twoSum() { for (;;) {} }',
      problem: problem.spec,
      testCases: problem.testCases,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 500);
    const { error, ms } = await rejection(running);
    expect(error).toBeInstanceOf(SandboxCancelledError);
    expect(ms).toBeLessThan(2000);
  });

  it('takes a waiting run out of the queue without disturbing the running one', async () => {
    const first = sandbox.execute({ language: 'python', code: 'import time\ntime.sleep(1)\nprint("done")\n' });
    const controller = new AbortController();
    const second = sandbox.execute({ language: 'python', code: 'print("never")', signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sandbox.pool.stats).toEqual({ active: 1, queued: 1 });
    controller.abort();
    const { error, ms } = await rejection(second);
    expect(error).toBeInstanceOf(SandboxCancelledError);
    expect(ms).toBeLessThan(100);
    expect(sandbox.pool.stats.queued).toBe(0);
    expect(await first).toMatchObject({ status: 'success', stdout: 'done\n' });
  });

  it('refuses a run whose signal already aborted', async () => {
    const signal = AbortSignal.abort();
    await expect(sandbox.execute({ language: 'python', code: 'print(1)', signal })).rejects.toBeInstanceOf(SandboxCancelledError);
    const problem = PROBLEMS.twoSum;
    await expect(
      sandbox.judge({ language: 'python', code: problem.solutions.python, problem: problem.spec, testCases: problem.testCases, signal }),
    ).rejects.toBeInstanceOf(SandboxCancelledError);
  });

  it('leaves a finished run alone when the signal aborts afterwards', async () => {
    const controller = new AbortController();
    const result = await sandbox.execute({ language: 'python', code: 'print(1)', signal: controller.signal });
    controller.abort();
    expect(result).toMatchObject({ status: 'success', stdout: '1\n' });
  });
});
