/**
 * Why jails are launched from the runner, not the web server: npx tsx bench/spawn-cost.ts
 *
 * Node starts a child with fork() + exec(), and fork() copies the parent's page tables, so a
 * launch costs more the larger the launching process is. This prints the p50 time to spawn
 * /bin/true from processes holding 50 MB to 2 GB (the web server with Next loaded holds about
 * 700 MB; a runner process about 90 MB), measured in the same run.
 */
import { spawnSync } from 'node:child_process';

const SIZES_MB = [0, 100, 600, 2000];
const RUNS = 40;

function measureInChild(mb: number): string {
  const script = `
    const { spawnSync } = require('node:child_process');
    const hold = [];
    for (let i = 0; i < ${mb}; i++) hold.push(Buffer.alloc(1024 * 1024, 1));
    const t = [];
    for (let i = 0; i < ${RUNS}; i++) { const s = performance.now(); spawnSync('/bin/true'); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    process.stdout.write(JSON.stringify({ rssMb: Math.round(process.memoryUsage().rss / 1048576), p50: t[${RUNS / 2}] }));
  `;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return result.stdout;
}

const rows = SIZES_MB.map((mb) => ({ mb, ...(JSON.parse(measureInChild(mb)) as { rssMb: number; p50: number }) }));
const base = rows[0]!.p50;
console.log('spawn of /bin/true, p50 over', RUNS, 'launches');
for (const row of rows) {
  console.log(
    `  from a process of ${String(row.rssMb).padStart(5)} MB RSS: ${row.p50.toFixed(2).padStart(6)} ms (${(row.p50 / base).toFixed(1)}× the smallest)`,
  );
}
