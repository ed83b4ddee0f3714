import 'server-only';

import { SandboxBusyError } from './errors';

/**
 * A bounded run queue: at most `concurrency` runs at once (one per core: runs are CPU
 * bound), at most `maxQueue` waiting. Beyond that callers get SandboxBusyError at once,
 * with a retry hint from the recent average run time, instead of an unbounded backlog.
 */
export class RunPool {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  /** Exponential moving average of task duration, for Retry-After. */
  private averageMs = 1000;

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
    if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new RangeError('maxQueue must be a non-negative integer');
  }

  get stats(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.maxQueue) throw new SandboxBusyError(this.retryAfterSeconds());
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    const started = performance.now();
    try {
      return await task();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (performance.now() - started) * 0.2;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` stays counted.
      if (next) next();
      else this.active -= 1;
    }
  }

  private retryAfterSeconds(): number {
    const backlog = (this.waiting.length + this.active) / this.concurrency;
    return Math.max(1, Math.ceil((backlog * this.averageMs) / 1000));
  }
}
