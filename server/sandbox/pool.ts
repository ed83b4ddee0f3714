import 'server-only';

import { SandboxBusyError, SandboxCancelledError, SandboxOwnerBusyError } from './errors';

/** The owner key of runs that name none (internal callers): they share one owner's share. */
export const ANONYMOUS_OWNER = 'anonymous';

export interface RunPoolOptions {
  /** Runs at once (one per core: runs are CPU bound). */
  concurrency: number;
  /** Runs allowed to wait, all owners together; beyond it SandboxBusyError. */
  maxQueue: number;
  /** Runs of one owner at once; default max(1, floor(concurrency / 2)). */
  perOwnerActive?: number;
  /** Runs of one owner allowed to wait; beyond it SandboxOwnerBusyError. Default 4. */
  perOwnerQueue?: number;
}

interface Waiter {
  /** Arrival order, to break ties between owners never served yet. */
  arrival: number;
  start: () => void;
}

interface Owner {
  active: number;
  waiting: Waiter[];
  /** When this owner's latest run started (a counter; 0: none since the owner was last idle and forgotten). */
  lastStart: number;
}

/**
 * A bounded run queue shared fairly between owners (users): at most `concurrency` runs at
 * once and `maxQueue` waiting, and of those at most `perOwnerActive` running and
 * `perOwnerQueue` waiting per owner. Beyond a limit callers are refused at once, with a
 * retry hint from the recent average run time, instead of joining an unbounded backlog.
 *
 * A free slot goes to the waiting owner (under its cap) whose last run started longest ago,
 * an owner that was idle first: round-robin between busy owners, and a newcomer's first run
 * waits for at most one run to end, however long another owner's backlog is.
 */
export class RunPool {
  readonly concurrency: number;
  readonly maxQueue: number;
  readonly perOwnerActive: number;
  readonly perOwnerQueue: number;
  private active = 0;
  private queued = 0;
  private arrivals = 0;
  private starts = 0;
  /** Owners with runs running or waiting; an idle owner is forgotten. */
  private readonly owners = new Map<string, Owner>();
  /** Exponential moving average of task duration, for Retry-After. */
  private averageMs = 1000;

  constructor(options: RunPoolOptions) {
    const { concurrency, maxQueue } = options;
    const perOwnerActive = options.perOwnerActive ?? Math.max(1, Math.floor(concurrency / 2));
    const perOwnerQueue = options.perOwnerQueue ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
    if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new RangeError('maxQueue must be a non-negative integer');
    if (!Number.isInteger(perOwnerActive) || perOwnerActive < 1) throw new RangeError('perOwnerActive must be a positive integer');
    if (!Number.isInteger(perOwnerQueue) || perOwnerQueue < 0) throw new RangeError('perOwnerQueue must be a non-negative integer');
    this.concurrency = concurrency;
    this.maxQueue = maxQueue;
    this.perOwnerActive = perOwnerActive;
    this.perOwnerQueue = perOwnerQueue;
  }

  get stats(): { active: number; queued: number } {
    return { active: this.active, queued: this.queued };
  }

  /**
   * Runs `task` when a slot is free for `owner`; throws SandboxOwnerBusyError or SandboxBusyError at once when it may not wait,
   * SandboxCancelledError when `signal` aborts before the task starts (it leaves the queue at once).
   */
  async run<T>(task: () => Promise<T>, ownerKey: string = ANONYMOUS_OWNER, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw new SandboxCancelledError();
    const owner = this.owners.get(ownerKey) ?? { active: 0, waiting: [], lastStart: 0 };
    if (this.active < this.concurrency && owner.active < this.perOwnerActive) {
      // Nobody eligible is waiting: every freed slot is handed out at once (see release).
      this.owners.set(ownerKey, owner);
      this.begin(owner);
    } else {
      // The caller's own excess first: that is theirs to slow down, not the server's load.
      if (owner.waiting.length >= this.perOwnerQueue) throw new SandboxOwnerBusyError(this.ownerRetryAfterSeconds(owner));
      if (this.queued >= this.maxQueue) throw new SandboxBusyError(this.retryAfterSeconds());
      this.owners.set(ownerKey, owner);
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const at = owner.waiting.indexOf(waiter);
          if (at < 0) return;
          owner.waiting.splice(at, 1);
          this.queued -= 1;
          if (owner.active === 0 && owner.waiting.length === 0) this.owners.delete(ownerKey);
          reject(new SandboxCancelledError());
        };
        const waiter: Waiter = {
          arrival: ++this.arrivals,
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        owner.waiting.push(waiter);
        this.queued += 1;
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    const started = performance.now();
    try {
      return await task();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (performance.now() - started) * 0.2;
      this.release(ownerKey, owner);
    }
  }

  private begin(owner: Owner): void {
    this.active += 1;
    owner.active += 1;
    owner.lastStart = ++this.starts;
  }

  private release(ownerKey: string, owner: Owner): void {
    this.active -= 1;
    owner.active -= 1;
    if (owner.active === 0 && owner.waiting.length === 0) this.owners.delete(ownerKey);
    // Hand every free slot to the eligible owner served longest ago (never-served owners first, by arrival).
    while (this.active < this.concurrency) {
      let next: Owner | undefined;
      for (const candidate of this.owners.values()) {
        const head = candidate.waiting[0];
        if (!head || candidate.active >= this.perOwnerActive) continue;
        if (
          !next ||
          candidate.lastStart < next.lastStart ||
          (candidate.lastStart === next.lastStart && head.arrival < next.waiting[0]!.arrival)
        ) {
          next = candidate;
        }
      }
      const waiter = next?.waiting.shift();
      if (!next || !waiter) return;
      this.queued -= 1;
      this.begin(next);
      waiter.start();
    }
  }

  private retryAfterSeconds(): number {
    const backlog = (this.queued + this.active) / this.concurrency;
    return Math.max(1, Math.ceil((backlog * this.averageMs) / 1000));
  }

  /** Until this owner's own runs are about through: they run at most perOwnerActive at a time. */
  private ownerRetryAfterSeconds(owner: Owner): number {
    const backlog = (owner.waiting.length + owner.active) / Math.min(this.perOwnerActive, this.concurrency);
    return Math.max(1, Math.ceil((backlog * this.averageMs) / 1000));
  }
}
