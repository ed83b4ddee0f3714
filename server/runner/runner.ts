import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { ClaimedJob, JobOutcome } from '@/lib/execution/jobs';
import type { OutputChunk } from '@/lib/execution/output';
import { LRUCache } from 'lru-cache';
import {
  type TestCase,
  SandboxCancelledError,
  SandboxInputError,
  SandboxUnavailableError,
  type ExecuteRequest,
  type JudgeRequest,
  type Sandbox,
  type SandboxLogger,
} from '@/server/sandbox';
import type { JobSource } from './source';

export interface RunnerOptions {
  /** Jobs at once: one per core, as runs are CPU bound. */
  slots: number;
  leaseMs: number;
  /** How often a runner looks for work without a wake-up (a missed event, another instance's lease running out). */
  pollMs?: number;
  /**
   * A job whose sandbox call has not settled by then is stopped and failed: a bound beyond every
   * limit a run can have (compile, start, each case), so a run that never ends cannot hold a slot.
   */
  jobDeadlineMs: number;
  logger: SandboxLogger;
}

/** Largest cases kept parsed (up to this many characters of JSON): a few questions are judged most of the time, and each is megabytes. */
const LARGEST_CASES_KEPT_CHARS = 48 * 1024 * 1024;

/** The job names an input that is no longer stored (its question's signature changed while it waited). */
class JobInputGone extends Error {}

/** Output is sent in batches: at most this often per job, or sooner when this much has gathered. */
const OUTPUT_FLUSH_MS = 50;
const OUTPUT_FLUSH_BYTES = 16 * 1024;

interface Active {
  controller: AbortController;
  output: OutputChunk[];
  outputBytes: number;
  flushTimer: NodeJS.Timeout | null;
  flushing: Promise<void>;
}

/**
 * One runner process's loop: claims jobs while it has free slots, runs each in the sandbox,
 * streams an execution's output as it comes, renews its leases, stops a job its owner cancelled,
 * and hands every result back to the source. A job in hand when the runner is killed is not
 * lost: its lease runs out and another runner (or this one, restarted) takes it.
 */
export class Runner {
  readonly id = `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  private readonly active = new Map<number, Active>();
  private languages: string[] = [];
  private stopping = false;
  private claiming = false;
  private wakeAgain = false;
  private renewTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  // Keyed by question_largest_cases.id: a replaced case gets a new id, so nothing kept is stale.
  private readonly largestCases = new LRUCache<number, { testCase: TestCase; chars: number }>({
    maxSize: LARGEST_CASES_KEPT_CHARS,
    sizeCalculation: (entry) => Math.max(1, entry.chars),
  });

  constructor(
    private readonly source: JobSource,
    private readonly sandbox: Sandbox,
    private readonly options: RunnerOptions,
  ) {}

  /** Registers the runner and starts taking jobs (none when the sandbox is unavailable: it only reports why). */
  async start(): Promise<void> {
    const status = await this.sandbox.status();
    this.languages = status.available ? await this.sandbox.languages() : [];
    const register = () =>
      this.source.register({
        id: this.id,
        host: os.hostname(),
        pid: process.pid,
        languages: this.languages,
        slots: this.options.slots,
        status,
      });
    await register();
    this.source.onWake(() => this.fill());
    this.source.onCancel((jobId) => this.active.get(jobId)?.controller.abort());
    // Renewing a third of the way through the lease leaves two chances before another runner takes the job.
    this.renewTimer = setInterval(() => {
      this.source
        .renew(this.id, [...this.active.keys()], this.options.leaseMs)
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'lease renewal failed'));
    }, this.options.leaseMs / 3);
    this.pollTimer = setInterval(() => this.fill(), this.options.pollMs ?? 1000);
    this.fill();
  }

  get stats() {
    return { id: this.id, active: this.active.size, slots: this.options.slots };
  }

  /** Claims jobs until the slots are full or the queue has nothing for this runner. */
  private fill(): void {
    if (this.stopping || this.languages.length === 0) return;
    if (this.claiming) {
      this.wakeAgain = true;
      return;
    }
    this.claiming = true;
    void (async () => {
      try {
        do {
          this.wakeAgain = false;
          while (!this.stopping && this.active.size < this.options.slots) {
            const job = await this.source.claim(this.id, this.languages, this.options.leaseMs);
            if (!job) break;
            this.begin(job);
          }
        } while (this.wakeAgain && !this.stopping && this.active.size < this.options.slots);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'claiming a job failed');
      } finally {
        this.claiming = false;
      }
    })();
  }

  private begin(job: ClaimedJob): void {
    const entry: Active = { controller: new AbortController(), output: [], outputBytes: 0, flushTimer: null, flushing: Promise.resolve() };
    this.active.set(job.id, entry);
    void this.run(job, entry).finally(() => {
      this.active.delete(job.id);
      this.fill();
    });
  }

  private async run(job: ClaimedJob, entry: Active): Promise<void> {
    const started = performance.now();
    let outcome: JobOutcome | null;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), this.options.jobDeadlineMs);
    });
    try {
      const running = this.execute(job, entry);
      // Past the deadline the run is aborted; its late rejection is expected, not unhandled.
      running.catch(() => undefined);
      const result = await Promise.race([running, deadline]);
      if (result === 'deadline') {
        entry.controller.abort();
        this.options.logger.error(
          { jobId: job.id, kind: job.kind, language: job.payload.request.language },
          'a job outlived the runner’s deadline',
        );
        outcome = { error: `the run did not end within ${Math.round(this.options.jobDeadlineMs / 1000)} s` };
      } else {
        outcome = { result };
      }
    } catch (error) {
      outcome = this.failure(job, error);
    } finally {
      clearTimeout(timer);
    }
    if (entry.flushTimer) clearTimeout(entry.flushTimer);
    this.flush(job.id, entry);
    await entry.flushing;
    if (outcome === null) return;
    try {
      await this.source.complete(this.id, job.id, outcome);
    } catch (error) {
      // The lease runs out and the job is run again elsewhere: slower, never lost.
      this.options.logger.error({ err: error, jobId: job.id }, 'could not report a job’s result');
    }
    this.options.logger.info({ jobId: job.id, kind: job.kind, ms: Math.round(performance.now() - started) }, 'job done');
  }

  /** A question's largest case, read once from the database and kept. */
  private async largestCase(id: number): Promise<TestCase> {
    const kept = this.largestCases.get(id);
    if (kept) return kept.testCase;
    const json = await this.source.largestCase(id);
    if (json === null) throw new JobInputGone('the question changed while this job waited: submit again');
    const { args, expected } = JSON.parse(json) as { args: unknown[]; expected: unknown };
    const testCase: TestCase = { args, expected, hidden: true };
    this.largestCases.set(id, { testCase, chars: json.length });
    return testCase;
  }

  private async execute(job: ClaimedJob, entry: Active) {
    const { signal } = entry.controller;
    if (job.payload.kind === 'execute') {
      const request: ExecuteRequest = {
        ...job.payload.request,
        signal,
        onOutput: (stream, text) => this.collect(job.id, entry, { stream, text }),
      };
      return this.sandbox.execute(request);
    }
    const { request: base, largestCaseId } = job.payload;
    const largest = largestCaseId === undefined ? null : await this.largestCase(largestCaseId);
    const request: JudgeRequest = { ...base, testCases: largest ? [...base.testCases, largest] : base.testCases, signal };
    return this.sandbox.judge(request);
  }

  /** A run that threw: the caller's bad input and a missing sandbox end the job; a cancelled one needs no report. */
  private failure(job: ClaimedJob, error: unknown): JobOutcome | null {
    if (error instanceof SandboxCancelledError) return null;
    if (error instanceof JobInputGone) return { error: `gone: ${error.message}` };
    if (error instanceof SandboxInputError) return { error: `input: ${error.message}` };
    if (error instanceof SandboxUnavailableError) return { error: `the sandbox is unavailable: ${error.message}` };
    this.options.logger.error({ err: error, jobId: job.id }, 'job failed in the runner');
    return { error: 'the runner failed while running this job' };
  }

  private collect(jobId: number, entry: Active, chunk: OutputChunk): void {
    entry.output.push(chunk);
    entry.outputBytes += chunk.text.length;
    if (entry.outputBytes >= OUTPUT_FLUSH_BYTES) this.flush(jobId, entry);
    else entry.flushTimer ??= setTimeout(() => this.flush(jobId, entry), OUTPUT_FLUSH_MS);
  }

  /** Sends what has gathered, after the previous batch: chunks arrive in order. */
  private flush(jobId: number, entry: Active): void {
    if (entry.flushTimer) clearTimeout(entry.flushTimer);
    entry.flushTimer = null;
    if (entry.output.length === 0) return;
    const chunks = entry.output.splice(0);
    entry.outputBytes = 0;
    entry.flushing = entry.flushing
      .then(() => this.source.output(this.id, jobId, chunks))
      .catch((error: unknown) => this.options.logger.warn({ err: error, jobId }, 'streaming output failed'));
  }

  /**
   * Stops taking jobs. `finish`: let running jobs end and report (PostgreSQL, reachable);
   * otherwise stop them and hand them back to the queue at once.
   */
  async stop({ finish }: { finish: boolean }): Promise<void> {
    this.stopping = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (finish) {
      const deadline = Date.now() + 60_000;
      while (this.active.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const unfinished = [...this.active.keys()];
    for (const entry of this.active.values()) entry.controller.abort();
    if (this.renewTimer) clearInterval(this.renewTimer);
    await this.source.unregister(this.id, unfinished).catch(() => undefined);
  }
}
