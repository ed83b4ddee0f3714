import 'server-only';

import { createPrivateDir, removeTree } from './fsutil';
import { startJail, type JailHost, type JailIo, type JailProcess, type JailSpec } from './jail';

/**
 * Warm single-use jails. An interpreter's start (node ~50 ms, python ~15 ms, plus the jail's
 * own set-up) is paid before the job arrives: a warm jail is a complete jail (namespaces,
 * cgroups, rlimits, an empty run directory bound read-only at /box) whose interpreter runs a
 * stub from the cache that blocks reading stdin. A job takes it, the supervisor writes the
 * sources into the run directory (O_EXCL|O_NOFOLLOW, as for any run), then hands over the rest
 * of the cold command line on stdin; the stub runs it as the interpreter would have, and the
 * wall clock starts then (startJail's deferStart). After that one job the jail is destroyed like
 * any other: nothing a program does can reach the next job, which gets a jail of its own.
 *
 * Jails are interchangeable only when everything fixed at spawn is equal (command, env, cache,
 * binds, every limit): the engine builds the recipe from the request and takes a warm jail only
 * when the request has the sandbox's default limits; any other request starts cold.
 *
 * Refills happen in the background, one spawn at a time, and only while the run queue has a
 * free slot and nobody waits, so warming never competes with a queued job for a core: when a
 * job ends, or shortly after a job took a jail (for jobs that run longer).
 */

export interface WarmRecipe {
  /** Equal keys mean interchangeable jails: JSON of everything fixed at spawn. */
  key: string;
  /** For stats and logs, e.g. 'python:judge'. */
  label: string;
  spec: Omit<JailSpec, 'workDir' | 'workDirWritable' | 'deferStart'>;
}

/** A warm jail taken by a job: the job owns its run directory and must hand it over or discard it. */
export interface WarmJail {
  readonly dir: string;
  /** False if it died while idle (it is then discarded and the job starts cold). */
  readonly alive: boolean;
  /** Sends the rest of the command line and starts the wall clock with `wallMs`. */
  handOver(args: string[], io: JailIo, wallMs: number): JailProcess;
  /** Kills it unused (compile error, cancellation); resolves once it is gone. */
  discard(): Promise<void>;
}

export interface WarmPoolOptions {
  host: JailHost;
  runRoot: string;
  /** Idle jails kept per recipe; 0 disables warm jails. */
  perRecipe: number;
  /** True while the run queue has a free slot and nobody waits: only then is a jail spawned. */
  isIdle: () => boolean;
  onError: (label: string, error: unknown) => void;
}

interface Entry {
  recipe: WarmRecipe;
  dir: string;
  jail: JailProcess;
  /** The jail reads these per chunk, so a job's handlers take effect at hand-over. */
  io: JailIo;
  taken: boolean;
  gone: boolean;
  /** Settles once the jail is gone and, if it was never taken, its directory removed. */
  done: Promise<void>;
}

/** Recipes are registered by requests; only default-limit ones qualify, a handful per language. */
const MAX_RECIPES = 32;
/** Consecutive jails of a recipe that died unused before it is given up (a broken toolchain). */
const MAX_FAILURES = 3;
/** Pause between spawns, so interpreter starts do not pile up on one core. */
const SPAWN_GAP_MS = 30;
/**
 * A take refills only this much later: spawning forks the supervisor, which blocks its event
 * loop for ~1 ms per 20 MB of its heap (10+ ms for a big server), and a short job (most warm
 * jobs take 10-40 ms) should not pay that. The sandbox also refills as soon as a job ends.
 */
const REFILL_DELAY_MS = 200;

/** '<byte length>\n' then the arguments, NUL-separated (an argument cannot contain NUL). */
export function encodeHandOver(args: string[]): Buffer {
  const body = Buffer.from(args.join('\0'));
  return Buffer.concat([Buffer.from(`${body.length}\n`), body]);
}

export class WarmPool {
  private readonly recipes = new Map<string, WarmRecipe>();
  private readonly failures = new Map<string, number>();
  /** Untaken jails, idle or still starting. */
  private readonly idle = new Set<Entry>();
  private filling = false;
  /** The spawn in flight, which close() must wait for: its jail is not in `idle` yet. */
  private spawning: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: WarmPoolOptions) {}

  get enabled(): boolean {
    return this.options.perRecipe > 0 && !this.closed;
  }

  /** An idle jail for this recipe, or null (the job starts cold). Either way the pool refills. */
  take(recipe: WarmRecipe): WarmJail | null {
    if (!this.enabled) return null;
    if (!this.recipes.has(recipe.key)) {
      if (this.recipes.size >= MAX_RECIPES || (this.failures.get(recipe.key) ?? 0) >= MAX_FAILURES) return null;
      this.recipes.set(recipe.key, recipe);
    }
    let found: Entry | undefined;
    for (const entry of this.idle) {
      if (entry.recipe.key === recipe.key && !entry.gone) {
        found = entry;
        break;
      }
    }
    if (found) {
      this.idle.delete(found);
      found.taken = true;
      this.failures.delete(recipe.key);
    }
    setTimeout(() => this.refill(), REFILL_DELAY_MS).unref();
    return found ? this.lend(found) : null;
  }

  /** Idle jails per recipe label. */
  stats(): Record<string, number> {
    const counts: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const recipe of this.recipes.values()) counts[recipe.label] = 0;
    for (const entry of this.idle) {
      if (!entry.gone) counts[entry.recipe.label] = (counts[entry.recipe.label] ?? 0) + 1;
    }
    return counts;
  }

  /** Tops every recipe up to perRecipe, in the background, while the run queue is idle. */
  refill(): void {
    if (this.filling || !this.enabled) return;
    this.filling = true;
    void this.fill().finally(() => {
      this.filling = false;
    });
  }

  /** Kills every idle jail and removes its directory. */
  async close(): Promise<void> {
    this.closed = true;
    await this.spawning?.catch(() => undefined);
    const entries = [...this.idle];
    for (const entry of entries) entry.jail.kill('done');
    await Promise.all(entries.map((entry) => entry.done));
  }

  private async fill(): Promise<void> {
    for (;;) {
      if (this.closed || !this.options.isIdle()) return;
      const recipe = [...this.recipes.values()].find((r) => this.count(r.key) < this.options.perRecipe);
      if (!recipe) return;
      try {
        this.spawning = this.spawn(recipe);
        await this.spawning;
      } catch (error) {
        this.options.onError(recipe.label, error);
        this.failed(recipe.key);
      }
      await new Promise((resolve) => setTimeout(resolve, SPAWN_GAP_MS));
    }
  }

  private count(key: string): number {
    let n = 0;
    for (const entry of this.idle) if (entry.recipe.key === key && !entry.gone) n++;
    return n;
  }

  private failed(key: string): void {
    const failures = (this.failures.get(key) ?? 0) + 1;
    this.failures.set(key, failures);
    if (failures >= MAX_FAILURES) this.recipes.delete(key);
  }

  private async spawn(recipe: WarmRecipe): Promise<void> {
    const { host, runRoot } = this.options;
    // Empty and read-only to the jail; the job's sources are written into it at hand-over.
    const dir = await createPrivateDir(runRoot, 'run-', host.jailUser ?? undefined);
    const io: JailIo = { keepStdout: false };
    let jail: JailProcess;
    try {
      jail = await startJail(host, { ...recipe.spec, workDir: dir, workDirWritable: false, deferStart: true }, io);
    } catch (error) {
      await removeTree(dir);
      throw error;
    }
    const entry: Entry = { recipe, dir, jail, io, taken: false, gone: false, done: Promise.resolve() };
    entry.done = jail.outcome
      .catch((error: unknown) => this.options.onError(recipe.label, error))
      .then(async () => {
        entry.gone = true;
        if (entry.taken) return;
        // Died (or was closed) while idle: its directory is still ours.
        this.idle.delete(entry);
        if (!this.closed) this.failed(recipe.key);
        await removeTree(dir);
      });
    this.idle.add(entry);
  }

  private lend(entry: Entry): WarmJail {
    let used = false;
    return {
      dir: entry.dir,
      get alive() {
        return !entry.gone;
      },
      handOver: (args, io, wallMs) => {
        if (used) throw new Error('a warm jail runs one job');
        used = true;
        Object.assign(entry.io, io);
        entry.jail.writeStdin(encodeHandOver(args));
        entry.jail.start(wallMs);
        return entry.jail;
      },
      discard: async () => {
        used = true;
        entry.jail.kill('done');
        await entry.jail.outcome.catch(() => undefined);
      },
    };
  }
}
