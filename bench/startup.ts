/**
 * Start-up benchmark: npm run bench:startup [runs=3] [settleSeconds=15]
 *
 * Starts the production server on the embedded database as `npm start` runs it (the compiled
 * JavaScript on plain node; needs `npm run build`), and, in the same run and alternating with it,
 * as `npm start` ran it before the server was compiled (the TypeScript sources under tsx), `runs`
 * times each. Each start prints:
 *   - the time from spawn to the first answer of GET /api/health, and the CPU time the web
 *     process (the one listening on the port) spent until then: on a fresh data folder (the first
 *     start: migrations and demo data), and again on the same folder (a restart);
 *   - once the restarted server has been idle `settleSeconds`, the resident memory (VmRSS) of the
 *     web process and the sum over its whole process group (the runner keeper and runners too).
 * Then the medians of each. Linux only: it reads /proc.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type AppServer } from '@/tests/harness/processes';

const RUNS = Number(process.argv[2] ?? 3);
const SETTLE_MS = Number(process.argv[3] ?? 15) * 1000;
/** Clock ticks a second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

const VARIANTS = [
  { name: 'compiled (node dist/server/index.js)', fromSources: false },
  { name: 'sources (tsx server/index.ts)', fromSources: true },
];

function procStat(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may hold spaces: [0] is field 3 (state).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** VmRSS of a process in MB; 0 when it is gone. */
function rssMb(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process group's members (field 5 of /proc/<pid>/stat). */
function groupMembers(pgid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => Number(procStat(pid)?.[2]) === pgid);
}

/** The member holding the listening socket of `port`: the web server itself, whatever started it. */
function listener(app: AppServer): number {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN.
      if (fields[1] && parseInt(fields[1].split(':')[1]!, 16) === app.port && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  for (const pid of groupMembers(app.process.pid!)) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`))
        if (inodes.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`).slice('socket:['.length, -1))) return pid;
    } catch {
      // Gone, or not ours to read.
    }
  }
  throw new Error(`no process of the group listens on port ${app.port}`);
}

/** User and system CPU seconds of a process so far (fields 14 and 15). */
function cpuSeconds(pid: number): number {
  const stat = procStat(pid);
  return stat ? (Number(stat[11]) + Number(stat[12])) / TICKS : NaN;
}

interface Sample {
  firstMs: number;
  firstCpu: number;
  restartMs: number;
  restartCpu: number;
  webMb: number;
  groupMb: number;
}

async function measure(fromSources: boolean): Promise<Sample> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-startup-'));
  try {
    const first = await startApp({ dataDir, fromSources });
    const firstCpu = cpuSeconds(listener(first));
    await first.stop();
    const again = await startApp({ dataDir, fromSources });
    const restartCpu = cpuSeconds(listener(again));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const webMb = rssMb(listener(again));
    const groupMb = groupMembers(again.process.pid!).reduce((sum, pid) => sum + rssMb(pid), 0);
    await again.stop();
    return { firstMs: first.startupMs, firstCpu, restartMs: again.startupMs, restartCpu, webMb, groupMb };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const line = (s: Sample) =>
  `first start ${(s.firstMs / 1000).toFixed(2)} s (CPU ${s.firstCpu.toFixed(2)} s), ` +
  `restart ${(s.restartMs / 1000).toFixed(2)} s (CPU ${s.restartCpu.toFixed(2)} s); ` +
  `idle RSS: web ${s.webMb.toFixed(0)} MB, group ${s.groupMb.toFixed(0)} MB`;

const samples = VARIANTS.map(() => [] as Sample[]);
for (let run = 1; run <= RUNS; run++) {
  for (const [i, variant] of VARIANTS.entries()) {
    const sample = await measure(variant.fromSources);
    samples[i]!.push(sample);
    console.log(`run ${run}, ${variant.name}: ${line(sample)}`);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
console.log(`\nmedians of ${RUNS} runs (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores):`);
for (const [i, variant] of VARIANTS.entries()) {
  const of = (key: keyof Sample) => median(samples[i]!.map((s) => s[key]));
  const summary: Sample = {
    firstMs: of('firstMs'),
    firstCpu: of('firstCpu'),
    restartMs: of('restartMs'),
    restartCpu: of('restartCpu'),
    webMb: of('webMb'),
    groupMb: of('groupMb'),
  };
  console.log(`  ${variant.name}: ${line(summary)}`);
}
