import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPE, baseUrl, call, newUser } from './client';

const TWO_SUM_JS = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
}`;

describe('POST /api/v1/executions (run_code)', () => {
  it('runs a program on stdin and answers code_output’s fields', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/executions', {
      token: user.accessToken,
      body: { language: 'Python', code: 'import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))', input: '1 2 3' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'success', output: '6\n', error: null, exitCode: 0 });
    expect(reply.body.runtime).toMatch(/^\d+ms$/);
    expect(reply.body.memory).toMatch(/^\d+\.\dMB$/);
  });

  it('reports compile errors, runtime errors and time limits as statuses, not HTTP errors', async () => {
    const user = await newUser();
    const compile = await call('/api/v1/executions', {
      token: user.accessToken,
      body: { language: 'cpp', code: 'int main( { return 0; }' },
    });
    expect(compile.body).toMatchObject({ status: 'compile_error', error: expect.stringContaining('error') });
    const crash = await call('/api/v1/executions', { token: user.accessToken, body: { language: 'js', code: 'throw new Error("boom")' } });
    expect(crash.body).toMatchObject({ status: 'runtime_error', error: expect.stringContaining('boom') });
    const loop = await call('/api/v1/executions', { token: user.accessToken, body: { language: 'javascript', code: 'for(;;){}' } });
    expect(loop.body).toMatchObject({ status: 'time_limit_exceeded' });
    // The server is still there.
    expect((await call('/api/health')).status).toBe(200);
  });

  it('says in `error` which limit stopped a run, and the limit that applied', async () => {
    // A contract client reads only output, error and runtime: the status alone would leave it an empty error.
    const user = await newUser();
    const run = (language: string, code: string) => call('/api/v1/executions', { token: user.accessToken, body: { language, code } });
    const time = await run('javascript', 'for (;;) {}');
    expect(time.body).toMatchObject({
      status: 'time_limit_exceeded',
      error: expect.stringMatching(/^Time limit exceeded: the program ran longer than 3000 ms/),
    });
    const memory = await run('python', 'hoard = []\nwhile True:\n    hoard.append(bytearray(10**6))\n');
    expect(memory.body).toMatchObject({
      status: 'memory_limit_exceeded',
      error: expect.stringMatching(/^Memory limit exceeded: the program needed more than 256 MB/),
    });
    const output = await run('python', 'import sys\nwhile True:\n    sys.stdout.write("y" * 65536)\n');
    expect(output.body).toMatchObject({
      status: 'output_limit_exceeded',
      error: expect.stringMatching(/^Output limit exceeded: the program wrote more than 2 MB/),
    });
  });

  it('says how a runtime error ended, before whatever the program wrote to stderr', async () => {
    const user = await newUser();
    const run = (language: string, code: string) => call('/api/v1/executions', { token: user.accessToken, body: { language, code } });
    const silent = await run('javascript', 'process.exit(3)');
    expect(silent.body).toMatchObject({ status: 'runtime_error', exitCode: 3, error: 'Runtime error: the program exited with code 3' });
    const segfault = await run('python', 'import ctypes\nctypes.string_at(0)\n');
    expect(segfault.body).toMatchObject({
      status: 'runtime_error',
      exitCode: 139,
      error: expect.stringMatching(/^Runtime error: the program was killed by signal 11 \(SIGSEGV/),
    });
    const loud = await run('javascript', 'throw new Error("boom")');
    expect(loud.body).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(loud.body.error).toMatch(/^Runtime error: the program exited with code 1\n[\s\S]*Error: boom/);
  });

  it('cannot see the server’s secrets or reach its port', async () => {
    const user = await newUser();
    const port = new URL(baseUrl()).port;
    const code = `
const fs = require('fs');
let out = [];
try { out.push(fs.readFileSync('/etc/shadow', 'utf8').length); } catch (e) { out.push('no-shadow'); }
out.push(JSON.stringify(process.env));
const net = require('net');
const s = net.connect({ host: '127.0.0.1', port: ${port} });
s.on('connect', () => { console.log(out.join('|') + '|connected'); process.exit(0); });
s.on('error', () => { console.log(out.join('|') + '|refused'); process.exit(0); });`;
    const reply = await call('/api/v1/executions', { token: user.accessToken, body: { language: 'javascript', code } });
    expect(reply.body.status).toBe('success');
    expect(reply.body.output).toContain('no-shadow');
    expect(reply.body.output).toContain('refused');
    expect(reply.body.output).not.toContain('SYSTEM_TOKEN');
    expect(reply.body.output).not.toContain('test-system-token');
  });

  it('validates the request: language, code and input', async () => {
    const user = await newUser();
    const reply = await call('/api/v1/executions', { token: user.accessToken, body: { language: 'cobol', code: '' } });
    expect(reply).toMatchObject({
      status: 400,
      body: { type: PROBLEM_TYPE, errors: { Language: [expect.stringContaining('javascript')], Code: expect.any(Array) } },
    });
    expect((await call('/api/v1/executions', { body: { language: 'js', code: '1' } })).status).toBe(401);
  });
});

describe('POST /api/v1/submissions (judge)', () => {
  it('accepts a correct solution against the problem’s cases without revealing hidden ones, and keeps it', async () => {
    const user = await newUser();
    const reply = await call<{ submissionId: string; status: string; results: Array<Record<string, unknown>>; submittedAt: string }>(
      '/api/v1/submissions',
      { token: user.accessToken, body: { problem: 'two-sum', language: 'javascript', code: TWO_SUM_JS } },
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      submissionId: expect.stringMatching(/^sub_\d+$/),
      status: 'accepted',
      submittedAt: expect.any(String),
    });
    const hidden = reply.body.results.filter((r) => r.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) expect(Object.keys(r).sort()).toEqual(['hidden', 'memory', 'passed', 'runtime', 'status', 'testCase']);
    expect(reply.body.results[0]).toMatchObject({
      testCase: 1,
      passed: true,
      runtime: expect.stringMatching(/ms$/),
      input: [[2, 7, 11, 15], 9],
    });

    // Location names the new submission by the same v1 id as the body, and leads to it.
    const location = reply.headers.get('location');
    expect(location).toBe(`/api/v1/submissions/${reply.body.submissionId}`);
    const stored = await call(location!, { token: user.accessToken });
    expect(stored.body).toMatchObject({ submissionId: reply.body.submissionId, status: 'accepted', code: TWO_SUM_JS });
    const list = await call<{ items: unknown[]; pagination: Record<string, number> }>('/api/v1/submissions?pageSize=5', {
      token: user.accessToken,
    });
    expect(list.body.pagination).toEqual({ page: 1, pageSize: 5, totalItems: 1, totalPages: 1 });
  });

  it('judges the question’s cases first and the caller’s own after them, marking them custom', async () => {
    const user = await newUser();
    const reply = await call<{ status: string; results: Array<Record<string, unknown>> }>('/api/v1/submissions', {
      token: user.accessToken,
      body: {
        problem: 'two-sum',
        language: 'javascript',
        code: TWO_SUM_JS,
        testCases: [{ input: '[1,5,9], 14', expectedOutput: '[1,2]' }],
      },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.status).toBe('accepted');
    const custom = reply.body.results.filter((r) => r.custom);
    expect(custom).toEqual([expect.objectContaining({ passed: true, input: [[1, 5, 9], 14], expected: [1, 2], actual: [1, 2] })]);
    // The question's visible and hidden cases come before it, and the constraints' largest after it.
    const at = reply.body.results.indexOf(custom[0]!);
    expect(reply.body.results.slice(0, at).some((r) => r.hidden)).toBe(true);
    expect(reply.body.results.slice(0, at).every((r) => !r.custom)).toBe(true);
    expect(reply.body.results.at(-1)).toMatchObject({ hidden: true });
  });

  it('says in a visible case’s `error` which limit stopped it, with the question’s own limits', async () => {
    const user = await newUser();
    const submit = (code: string) =>
      call<{ status: string; results: Array<Record<string, unknown>> }>('/api/v1/submissions', {
        token: user.accessToken,
        body: { problem: 'two-sum', language: 'python', code },
      });
    const solution = (body: string) => `class Solution:\n    def two_sum(self, nums, target):\n${body}`;
    // Two Sum's limits: 1000 ms and 256 MB.
    const time = await submit(solution('        while True:\n            pass\n'));
    expect(time.body.results[0]).toMatchObject({
      status: 'time_limit_exceeded',
      error: expect.stringMatching(/^Time limit exceeded: the test case ran longer than 1000 ms/),
    });
    // One block past the limit at once: it is refused outright, where filling memory a little at a
    // time can thrash at the cgroup's limit until the 1000 ms clock runs out on a busy machine.
    const memory = await submit(solution('        hoard = b"x" * (400 * 10**6)\n'));
    expect(memory.body.results[0]).toMatchObject({
      status: 'memory_limit_exceeded',
      error: expect.stringMatching(/^Memory limit exceeded: the test case needed more than 256 MB/),
    });
    const output = await submit(solution('        while True:\n            print("y" * 65536)\n'));
    expect(output.body.results[0]).toMatchObject({
      status: 'output_limit_exceeded',
      error: expect.stringMatching(/^Output limit exceeded: the test case wrote more than 2 MB/),
    });
  });

  it('stores a wrong answer too deeply nested to show, without failing the request', async () => {
    const user = await newUser();
    const code = 'function twoSum() { let v = [0]; for (let i = 0; i < 20000; i++) v = [v]; return v; }';
    const reply = await call('/api/v1/submissions', {
      token: user.accessToken,
      body: { problem: 'two-sum', language: 'javascript', code },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.status).not.toBe('accepted');
  });

  it('refuses test cases that are not JSON, a problem the bank does not have, and another user’s submission', async () => {
    const user = await newUser();
    const bad = await call('/api/v1/submissions', {
      token: user.accessToken,
      body: { problem: 'two-sum', language: 'js', code: TWO_SUM_JS, testCases: [{ input: 'nums = [1]', expectedOutput: '[0]' }] },
    });
    expect(bad).toMatchObject({ status: 400, body: { errors: { TestCases: expect.any(Array) } } });
    // The judge's old fixtures are not problems any more: `problem` names a question of the bank by its slug.
    for (const problem of ['nope', 'group-anagrams']) {
      const unknown = await call('/api/v1/submissions', { token: user.accessToken, body: { problem, language: 'js', code: '1' } });
      expect(unknown).toMatchObject({ status: 404, body: { code: 'QUESTION_NOT_FOUND' } });
    }
    const malformed = await call('/api/v1/submissions', {
      token: user.accessToken,
      body: { problem: 'Two Sum!', language: 'js', code: '1' },
    });
    expect(malformed).toMatchObject({ status: 400, body: { errors: { Problem: expect.any(Array) } } });
    const mine = await call<{ submissionId: string }>('/api/v1/submissions', {
      token: user.accessToken,
      body: { problem: 'two-sum', language: 'js', code: TWO_SUM_JS },
    });
    const other = await newUser();
    expect((await call('/api/v1/submissions/' + mine.body.submissionId, { token: other.accessToken })).status).toBe(404);
    expect((await call('/api/v1/submissions', { token: other.accessToken })).body).toMatchObject({
      items: [],
      pagination: { totalItems: 0 },
    });
  });
});
