import { describe, expect, it } from 'vitest';
import { baseUrl, call, newIp, newUser } from './client';

// Runs of user code are jobs in the queue (lib/execution/jobs.ts), run by the server's runner
// process: a client may take the 202 at once, follow the output live, poll and cancel.

interface JobBody {
  jobId: string;
  state: string;
  position: number | null;
  error: string | null;
  result?: { status: string; output: string };
  submissionId?: string;
  links: { self: string; output: string; submission?: string };
}

const ASYNC = { Prefer: 'respond-async' };

async function pollUntilEnded(path: string, token: string, timeoutMs = 30_000): Promise<JobBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await call<JobBody>(path, { token });
    expect(reply.status).toBe(200);
    if (['done', 'failed', 'cancelled'].includes(reply.body.state)) return reply.body;
    if (Date.now() > deadline) throw new Error(`job still ${reply.body.state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface StreamEvent {
  event: string;
  data: unknown;
  at: number;
}

/** A server-sent-events stream, read an event at a time (its name, data, and when it came); null once it has ended. */
async function openEvents(path: string, token: string): Promise<() => Promise<StreamEvent | null>> {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': newIp() } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return async () => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data !== undefined) return { event, data: JSON.parse(data) as unknown, at: performance.now() };
        continue;
      }
      const { done, value } = await reader.read();
      if (done) return null;
      buffer += value;
    }
  };
}

/** Reads a server-sent-events stream to its end. */
async function readEvents(path: string, token: string): Promise<StreamEvent[]> {
  const next = await openEvents(path, token);
  const events: StreamEvent[] = [];
  for (let event = await next(); event; event = await next()) events.push(event);
  return events;
}

describe('runs as jobs', () => {
  it('answers 202 at once with Prefer: respond-async, and the job’s Location gives the result once done', async () => {
    const user = await newUser();
    const queued = await call<JobBody>('/api/v1/executions', {
      token: user.accessToken,
      headers: ASYNC,
      body: { language: 'python', code: 'print(input()[::-1])', input: 'stressed' },
    });
    expect(queued.status).toBe(202);
    expect(queued.headers.get('location')).toBe(queued.body.links.self);
    expect(queued.body.jobId).toMatch(/^job_\d+$/);
    expect(['queued', 'running', 'done']).toContain(queued.body.state);
    const done = await pollUntilEnded(queued.body.links.self, user.accessToken);
    expect(done).toMatchObject({ state: 'done', error: null, result: { status: 'success', output: 'desserts\n' } });
  });

  it('streams an execution’s output as it is produced, in order, then says how the job ended', async () => {
    const user = await newUser();
    // Three lines a second apart: the first must arrive well before the program ends.
    const code =
      'import time, sys\nfor i in range(3):\n    print("line", i, flush=True)\n    time.sleep(0.7)\nprint("oops", file=sys.stderr)';
    const started = performance.now();
    const queued = await call<JobBody>('/api/v1/executions', {
      token: user.accessToken,
      headers: ASYNC,
      body: { language: 'python', code },
    });
    expect(queued.status).toBe(202);
    const events = await readEvents(queued.body.links.output, user.accessToken);
    const output = events.filter((e) => e.event === 'output').map((e) => e.data as { seq: number; stream: string; text: string });
    expect(output.map((o) => o.seq)).toEqual(output.map((_, i) => i + 1));
    expect(
      output
        .filter((o) => o.stream === 'stdout')
        .map((o) => o.text)
        .join(''),
    ).toBe('line 0\nline 1\nline 2\n');
    expect(output.some((o) => o.stream === 'stderr' && o.text.includes('oops'))).toBe(true);
    expect(events.at(-1)).toMatchObject({ event: 'finished', data: { state: 'done' } });
    const firstLine = events.find((e) => e.event === 'output')!;
    const finished = events.at(-1)!;
    // The first line came while the program still slept: at least a second before the end.
    expect(finished.at - firstLine.at).toBeGreaterThan(1000);
    expect(firstLine.at - started).toBeLessThan(finished.at - started);
    // Resuming after the second chunk gives the rest only.
    const resumed = await readEvents(`${queued.body.links.output}?after=2`, user.accessToken);
    expect(resumed.filter((e) => e.event === 'output').map((e) => (e.data as { seq: number }).seq)).toEqual(
      output.slice(2).map((o) => o.seq),
    );
  });

  it('cancels a running job: its output stops, and the job says it was cancelled', async () => {
    const user = await newUser();
    // Longer than the test: only the cancel ends it.
    const queued = await call<JobBody>('/api/v1/executions', {
      token: user.accessToken,
      headers: ASYNC,
      body: { language: 'python', code: 'import time\nprint("started", flush=True)\ntime.sleep(60)\nprint("finished")' },
    });
    const next = await openEvents(queued.body.links.output, user.accessToken);
    // Its first line is out, so it runs: a job streams output only while it runs.
    expect(await next()).toMatchObject({ event: 'output', data: { seq: 1, stream: 'stdout', text: 'started\n' } });
    expect((await call<JobBody>(queued.body.links.self, { token: user.accessToken })).body.state).toBe('running');
    const cancelled = await call<JobBody>(queued.body.links.self, { method: 'DELETE', token: user.accessToken });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', error: 'Cancelled by its owner' });
    // The live console ends there, with nothing more from the program.
    const rest: StreamEvent[] = [];
    for (let event = await next(); event; event = await next()) rest.push(event);
    expect(rest.map(({ event, data }) => ({ event, data }))).toEqual([{ event: 'finished', data: { state: 'cancelled' } }]);
    // Cancelling again changes nothing. (That a cancelled run never gets a result, even once its
    // program would have ended, is execution-tier.test.ts's: there a runner's one slot orders it.)
    const again = await call<JobBody>(queued.body.links.self, { method: 'DELETE', token: user.accessToken });
    expect(again.body).toMatchObject({ state: 'cancelled', error: 'Cancelled by its owner' });
    expect(again.body.result).toBeUndefined();
  });

  it('a newer run on the same channel supersedes the one still going, which answers 409', async () => {
    const user = await newUser();
    const slow = call('/api/v1/executions', {
      token: user.accessToken,
      body: { language: 'python', code: 'import time\ntime.sleep(2.5)\nprint("old")', channel: 'console-1' },
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const fresh = await call('/api/v1/executions', {
      token: user.accessToken,
      body: { language: 'python', code: 'print("new")', channel: 'console-1' },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ status: 'success', output: 'new\n' });
    const old = await slow;
    expect(old.status).toBe(409);
    expect(old.body).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('Superseded') });
  });

  it('a submission taken asynchronously names the stored submission once judged', async () => {
    const user = await newUser();
    const queued = await call<JobBody>('/api/v1/submissions', {
      token: user.accessToken,
      headers: ASYNC,
      body: { problem: 'two-sum', language: 'python', code: 'def two_sum(nums, target):\n    return [0, 1]' },
    });
    expect(queued.status).toBe(202);
    const done = await pollUntilEnded(queued.body.links.self, user.accessToken);
    expect(done.state).toBe('done');
    expect(done.submissionId).toMatch(/^sub_\d+$/);
    const submission = await call(done.links.submission!, { token: user.accessToken });
    expect(submission.status).toBe(200);
    expect(submission.body).toMatchObject({ submissionId: done.submissionId, status: 'wrong_answer' });
  });

  it('keeps jobs private: another user’s job is 404 to read, follow or cancel', async () => {
    const [owner, other] = await Promise.all([newUser(), newUser()]);
    const queued = await call<JobBody>('/api/v1/executions', {
      token: owner.accessToken,
      headers: ASYNC,
      body: { language: 'python', code: 'print(1)' },
    });
    for (const [path, method] of [
      [queued.body.links.self, 'GET'],
      [queued.body.links.output, 'GET'],
      [queued.body.links.self, 'DELETE'],
    ] as const) {
      const reply = await call(path, { method, token: other.accessToken });
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await call('/api/v1/jobs/job_999999999', { token: owner.accessToken })).status).toBe(404);
    expect((await call('/api/v1/jobs/nonsense', { token: owner.accessToken })).status).toBe(404);
    expect((await pollUntilEnded(queued.body.links.self, owner.accessToken)).state).toBe('done');
  });
});
