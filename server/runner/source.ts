import type { Database } from '@/db';
import { subscribe } from '@/lib/events';
import { claimJob, completeJob, type ClaimedJob, type JobOutcome, type QueuePolicy } from '@/lib/execution/jobs';
import { readLargestCase } from '@/lib/execution/cases';
import { appendOutput, type OutputChunk } from '@/lib/execution/output';
import { registerRunner, renewLeases, unregisterRunner, type RunnerInfo } from '@/lib/execution/runners';
import { logger } from '@/lib/logger';

/**
 * Where a runner gets its jobs and sends their results. On PostgreSQL a runner talks to the
 * database itself (SqlJobSource), so runners on other machines share the queue. The embedded
 * database can be opened by one process only: there, the runners `npm start` forks ask the web
 * process over their IPC channel (IpcJobSource), which runs the very same queries
 * (serveRunnerOverIpc).
 */
export interface JobSource {
  register(info: RunnerInfo): Promise<void>;
  claim(runnerId: string, languages: string[], leaseMs: number): Promise<ClaimedJob | null>;
  renew(runnerId: string, jobIds: number[], leaseMs: number): Promise<void>;
  complete(runnerId: string, jobId: number, outcome: JobOutcome): Promise<void>;
  output(runnerId: string, jobId: number, chunks: OutputChunk[]): Promise<void>;
  /** A question's largest case as stored (JSON text), for a judge that names it; null when it is gone. */
  largestCase(id: number): Promise<string | null>;
  /** The runner is going away: its row goes and its unfinished jobs return to the queue. */
  unregister(runnerId: string, unfinished: number[]): Promise<void>;
  /** Called when a job may be waiting (queued, or returned to the queue). */
  onWake(listener: () => void): void;
  /** Called when a job was cancelled: the runner holding it stops it. */
  onCancel(listener: (jobId: number) => void): void;
}

type Method = Exclude<keyof JobSource, 'onWake' | 'onCancel'>;

/** Direct queries, with the bus for wake-ups and cancellations. */
export class SqlJobSource implements JobSource {
  constructor(
    private readonly database: Database,
    private readonly policy: Pick<QueuePolicy, 'perUserActive'>,
  ) {}

  register(info: RunnerInfo) {
    return registerRunner(this.database.db, info);
  }
  claim(runnerId: string, languages: string[], leaseMs: number) {
    return claimJob(this.database.db, { id: runnerId, languages, leaseMs }, this.policy);
  }
  renew(runnerId: string, jobIds: number[], leaseMs: number) {
    return renewLeases(this.database.db, runnerId, jobIds, leaseMs);
  }
  complete(runnerId: string, jobId: number, outcome: JobOutcome) {
    return completeJob(this.database.db, runnerId, jobId, outcome);
  }
  output(runnerId: string, jobId: number, chunks: OutputChunk[]) {
    return appendOutput(this.database.db, runnerId, jobId, chunks);
  }
  largestCase(id: number) {
    return readLargestCase(this.database.db, id);
  }
  unregister(runnerId: string, unfinished: number[]) {
    return unregisterRunner(this.database.db, runnerId, unfinished);
  }
  onWake(listener: () => void) {
    subscribe('job.queued', () => listener());
  }
  onCancel(listener: (jobId: number) => void) {
    subscribe('job.cancelled', ({ jobId }) => listener(jobId));
  }
}

type ParentMessage =
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'wake' }
  | { type: 'cancel'; jobId: number };

type ChildMessage = { type: 'call'; id: number; method: Method; args: unknown[] };

/** A forked runner's side: every call is a message to the web process, which answers it. */
export class IpcJobSource implements JobSource {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly wakeListeners: Array<() => void> = [];
  private readonly cancelListeners: Array<(jobId: number) => void> = [];

  constructor(private readonly channel: NodeJS.Process) {
    channel.on('message', (message: ParentMessage) => {
      if (message.type === 'reply') {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) call?.resolve(message.value);
        else call?.reject(new Error(message.error));
      } else if (message.type === 'wake') {
        for (const listener of this.wakeListeners) listener();
      } else if (message.type === 'cancel') {
        for (const listener of this.cancelListeners) listener(message.jobId);
      }
    });
    channel.on('disconnect', () => {
      for (const call of this.pending.values()) call.reject(new Error('the web process went away'));
      this.pending.clear();
    });
  }

  private call<T>(method: Method, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.channel.connected || !this.channel.send) return reject(new Error('the web process went away'));
      const id = this.nextId++;
      // A call the web process never answers (it died mid-call) fails instead of hanging the runner.
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the web process did not answer ${method}`));
      }, 30_000);
      timer.unref();
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          (resolve as (value: unknown) => void)(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.channel.send({ type: 'call', id, method, args } satisfies ChildMessage);
    });
  }

  register(info: RunnerInfo) {
    return this.call<void>('register', info);
  }
  claim(runnerId: string, languages: string[], leaseMs: number) {
    return this.call<ClaimedJob | null>('claim', runnerId, languages, leaseMs);
  }
  renew(runnerId: string, jobIds: number[], leaseMs: number) {
    return this.call<void>('renew', runnerId, jobIds, leaseMs);
  }
  complete(runnerId: string, jobId: number, outcome: JobOutcome) {
    return this.call<void>('complete', runnerId, jobId, outcome);
  }
  output(runnerId: string, jobId: number, chunks: OutputChunk[]) {
    return this.call<void>('output', runnerId, jobId, chunks);
  }
  largestCase(id: number) {
    return this.call<string | null>('largestCase', id);
  }
  unregister(runnerId: string, unfinished: number[]) {
    return this.call<void>('unregister', runnerId, unfinished);
  }
  onWake(listener: () => void) {
    this.wakeListeners.push(listener);
  }
  onCancel(listener: (jobId: number) => void) {
    this.cancelListeners.push(listener);
  }
}

const METHODS: ReadonlySet<string> = new Set<Method>(['register', 'claim', 'renew', 'complete', 'output', 'largestCase', 'unregister']);

/** A runner's IPC channel as the web process sees it (through the keeper, server/runner/keeper.ts). */
export interface RunnerChannel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** The web process's side: answers a runner's calls with the SQL source, and forwards wake-ups and cancellations. */
export function serveRunnerOverIpc(channel: RunnerChannel, source: SqlJobSource): () => void {
  const send = (message: ParentMessage) => channel.send(message);
  channel.onMessage((raw) => {
    const message = raw as ChildMessage;
    if (message?.type !== 'call' || !METHODS.has(message.method)) return;
    const method = source[message.method] as (...args: unknown[]) => Promise<unknown>;
    method
      .apply(source, message.args)
      .then((value) => send({ type: 'reply', id: message.id, ok: true, value: value ?? null }))
      .catch((error: unknown) => {
        logger.error({ err: error, method: message.method }, 'runner call failed');
        send({ type: 'reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      });
  });
  const stopQueued = subscribe('job.queued', () => send({ type: 'wake' }));
  const stopCancelled = subscribe('job.cancelled', ({ jobId }) => send({ type: 'cancel', jobId }));
  return () => {
    stopQueued();
    stopCancelled();
  };
}
