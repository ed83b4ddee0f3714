import { describe, expect, it } from 'vitest';

import { SandboxBusyError, SandboxOwnerBusyError } from '@/server/sandbox';
import { RunPool } from '@/server/sandbox/pool';

/**
 * The run queue's fairness with fake tasks: each task is a promise the test settles by hand,
 * so the order in which runs start is exact, with no real code and no timing.
 */
class Tasks {
  /** Run names in the order their tasks started. */
  readonly started: string[] = [];
  private readonly finishers = new Map<string, (outcome: 'ok' | 'fail') => void>();

  constructor(private readonly pool: RunPool) {}

  /** Submits run `name` for `owner`; the returned promise is the pool's answer. */
  submit(name: string, owner?: string): Promise<string> {
    return this.pool.run(
      () =>
        new Promise<string>((resolve, reject) => {
          this.started.push(name);
          this.finishers.set(name, (outcome) => (outcome === 'ok' ? resolve(name) : reject(new Error(`${name} failed`))));
        }),
      owner,
    );
  }

  /** Ends a running task and lets the pool hand its slot on. */
  async finish(name: string, outcome: 'ok' | 'fail' = 'ok'): Promise<void> {
    const finisher = this.finishers.get(name);
    if (!finisher) throw new Error(`${name} is not running`);
    finisher(outcome);
    await settle();
  }
}

/** Lets every pending promise callback run (a slot handed on starts its task a few microtasks later). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'accepted',
    (error: unknown) => error,
  );
}

describe('RunPool shares', () => {
  it('defaults to half the slots per owner (at least one) and four queue places', () => {
    expect(new RunPool({ concurrency: 1, maxQueue: 8 })).toMatchObject({ perOwnerActive: 1, perOwnerQueue: 4 });
    expect(new RunPool({ concurrency: 2, maxQueue: 8 })).toMatchObject({ perOwnerActive: 1, perOwnerQueue: 4 });
    expect(new RunPool({ concurrency: 5, maxQueue: 8 })).toMatchObject({ perOwnerActive: 2, perOwnerQueue: 4 });
    expect(new RunPool({ concurrency: 4, maxQueue: 8, perOwnerActive: 3, perOwnerQueue: 0 })).toMatchObject({
      perOwnerActive: 3,
      perOwnerQueue: 0,
    });
    expect(() => new RunPool({ concurrency: 2, maxQueue: 8, perOwnerActive: 0 })).toThrow(RangeError);
    expect(() => new RunPool({ concurrency: 2, maxQueue: 8, perOwnerQueue: -1 })).toThrow(RangeError);
  });

  it('never gives one owner more than its share of slots, and leaves the rest to others', async () => {
    const tasks = new Tasks(new RunPool({ concurrency: 2, maxQueue: 8 }));
    const runs = ['a1', 'a2', 'a3'].map((name) => tasks.submit(name, 'alice'));
    await settle();
    expect(tasks.started).toEqual(['a1']);
    runs.push(tasks.submit('b1', 'bob'));
    await settle();
    expect(tasks.started).toEqual(['a1', 'b1']);
    // Alice's next run takes her own slot back, not Bob's.
    await tasks.finish('b1');
    expect(tasks.started).toEqual(['a1', 'b1']);
    await tasks.finish('a1');
    expect(tasks.started).toEqual(['a1', 'b1', 'a2']);
    await tasks.finish('a2');
    await tasks.finish('a3');
    expect(await Promise.all(runs)).toEqual(['a1', 'a2', 'a3', 'b1']);
  });

  it('starts a newcomer’s first run after at most one run of a long backlog', async () => {
    const pool = new RunPool({ concurrency: 1, maxQueue: 16 });
    const tasks = new Tasks(pool);
    const runs = ['a1', 'a2', 'a3', 'a4', 'a5'].map((name) => tasks.submit(name, 'alice'));
    await settle();
    runs.push(tasks.submit('b1', 'bob'), tasks.submit('c1', 'carol'));
    await settle();
    expect(pool.stats).toEqual({ active: 1, queued: 6 });
    await tasks.finish('a1');
    expect(tasks.started).toEqual(['a1', 'b1']);
    await tasks.finish('b1');
    expect(tasks.started).toEqual(['a1', 'b1', 'c1']);
    for (const name of ['c1', 'a2', 'a3', 'a4', 'a5']) await tasks.finish(name);
    expect(tasks.started).toEqual(['a1', 'b1', 'c1', 'a2', 'a3', 'a4', 'a5']);
    await Promise.all(runs);
    expect(pool.stats).toEqual({ active: 0, queued: 0 });
  });

  it('alternates between owners that both have a backlog', async () => {
    const tasks = new Tasks(new RunPool({ concurrency: 1, maxQueue: 16 }));
    const runs = ['a1', 'a2', 'a3'].map((name) => tasks.submit(name, 'alice'));
    runs.push(...['b1', 'b2', 'b3'].map((name) => tasks.submit(name, 'bob')));
    await settle();
    for (const name of ['a1', 'b1', 'a2', 'b2', 'a3', 'b3']) {
      expect(tasks.started.at(-1)).toBe(name);
      await tasks.finish(name);
    }
    await Promise.all(runs);
  });

  it('refuses an owner over its own queue share with SandboxOwnerBusyError, and still admits others', async () => {
    const pool = new RunPool({ concurrency: 2, maxQueue: 8 });
    const tasks = new Tasks(pool);
    const runs = ['a1', 'a2', 'a3', 'a4', 'a5'].map((name) => tasks.submit(name, 'alice'));
    await settle();
    expect(pool.stats).toEqual({ active: 1, queued: 4 });
    const refused = await refusal(tasks.submit('a6', 'alice'));
    expect(refused).toBeInstanceOf(SandboxOwnerBusyError);
    // Her five runs, one at a time, at the initial 1 s estimate per run.
    expect((refused as SandboxOwnerBusyError).retryAfterSeconds).toBe(5);
    runs.push(tasks.submit('b1', 'bob'));
    await settle();
    expect(tasks.started).toEqual(['a1', 'b1']);
    for (const name of ['a1', 'b1', 'a2', 'a3', 'a4', 'a5']) await tasks.finish(name);
    expect(await Promise.all(runs)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1']);
  });

  it('refuses anyone with SandboxBusyError once every queue place is taken', async () => {
    const pool = new RunPool({ concurrency: 2, maxQueue: 3 });
    const tasks = new Tasks(pool);
    const runs = ['a1', 'a2', 'a3'].map((name) => tasks.submit(name, 'alice'));
    runs.push(...['b1', 'b2'].map((name) => tasks.submit(name, 'bob')));
    await settle();
    expect(pool.stats).toEqual({ active: 2, queued: 3 });
    const refused = await refusal(tasks.submit('c1', 'carol'));
    expect(refused).toBeInstanceOf(SandboxBusyError);
    expect(refused).not.toBeInstanceOf(SandboxOwnerBusyError);
    expect((refused as SandboxBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    for (const name of ['a1', 'b1', 'a2', 'b2', 'a3']) await tasks.finish(name);
    await Promise.all(runs);
  });

  it('hands the slot on when a task fails', async () => {
    const pool = new RunPool({ concurrency: 1, maxQueue: 4 });
    const tasks = new Tasks(pool);
    const failing = refusal(tasks.submit('a1', 'alice'));
    const next = tasks.submit('b1', 'bob');
    await settle();
    await tasks.finish('a1', 'fail');
    expect(await failing).toMatchObject({ message: 'a1 failed' });
    expect(tasks.started).toEqual(['a1', 'b1']);
    await tasks.finish('b1');
    expect(await next).toBe('b1');
    expect(pool.stats).toEqual({ active: 0, queued: 0 });
  });

  it('counts runs without an owner as one anonymous owner', async () => {
    const tasks = new Tasks(new RunPool({ concurrency: 2, maxQueue: 8 }));
    const runs = [tasks.submit('x1'), tasks.submit('x2'), tasks.submit('a1', 'alice')];
    await settle();
    expect(tasks.started).toEqual(['x1', 'a1']);
    for (const name of ['x1', 'a1', 'x2']) await tasks.finish(name);
    await Promise.all(runs);
  });
});
