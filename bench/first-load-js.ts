/**
 * First-load JavaScript per page: npm run bench:first-load [--all | route ...]
 *
 * Reads what `npm run build` recorded (no server needed). Next 16 writes each App Router route's
 * first-load chunks to .next/diagnostics/route-bundle-stats.json (`firstLoadChunkPaths`, the
 * chunks its HTML loads before it is interactive, shared ones included); each route's client
 * components and the chunks they need are in .next/server/app/<route>/page_client-reference-manifest.js.
 * For each route it prints the sum of its first-load chunks, raw and gzipped (zlib level 9, each
 * chunk on its own, shared chunks counted for every page that loads them), whether the home is
 * under the 150 kB gzip budget, and which routes pull the Monaco editor's loader: in their first
 * load, or among their client components' chunks (Monaco should reach practice and rooms only).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT = path.join(ROOT, '.next');
const DEFAULT_ROUTES = ['/', '/practice', '/practice/[slug]', '/rooms/[roomId]', '/interview'];
/** kB here are 1000 bytes, as next build prints them. */
const HOME_BUDGET_GZIP = 150_000;
/** A chunk holding @monaco-editor/loader (the editor itself is fetched by it from public/vs). */
const MONACO_MARKER = '@monaco-editor/loader';

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

function readStats(): RouteStats[] {
  const file = path.join(NEXT, 'diagnostics', 'route-bundle-stats.json');
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} not found: run \`npm run build\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RouteStats[];
}

const chunkCache = new Map<string, { raw: number; gzip: number; monaco: boolean }>();
/** A chunk's size raw and gzipped, and whether it holds Monaco's loader; `file` is relative to the project. */
function chunk(file: string) {
  let found = chunkCache.get(file);
  if (!found) {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    found = { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, monaco: bytes.includes(MONACO_MARKER) };
    chunkCache.set(file, found);
  }
  return found;
}

/** The chunks of a route's client components, from its client reference manifest (paths relative to the project). */
function clientChunks(route: string): string[] {
  const file = path.join(NEXT, 'server', 'app', route === '/' ? '' : route, 'page_client-reference-manifest.js');
  if (!fs.existsSync(file)) return [];
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { chunks: string[] }> }> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  const chunks = new Set<string>();
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {}))
    for (const mod of Object.values(manifest.clientModules)) for (const c of mod.chunks) chunks.add(`.next${c.replace(/^\/_next/, '')}`);
  return [...chunks];
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  const stats = readStats();
  const byRoute = new Map(stats.map((s) => [s.route, s]));
  const args = process.argv.slice(2);
  const routes = args.includes('--all') ? stats.map((s) => s.route).sort() : args.length ? args : DEFAULT_ROUTES;

  console.log('First-load JavaScript (gzip: zlib level 9 per chunk, summed; shared chunks counted on every page)\n');
  console.log(`${'route'.padEnd(40)}${'chunks'.padStart(7)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`);
  for (const route of routes) {
    const s = byRoute.get(route);
    if (!s) {
      console.log(`${route.padEnd(40)} not in the build`);
      continue;
    }
    const sizes = s.firstLoadChunkPaths.map(chunk);
    const raw = sizes.reduce((sum, c) => sum + c.raw, 0);
    const gzip = sizes.reduce((sum, c) => sum + c.gzip, 0);
    console.log(`${route.padEnd(40)}${String(sizes.length).padStart(7)}${kB(raw).padStart(12)}${kB(gzip).padStart(12)}`);
    if (route === '/') console.log(`  home under ${kB(HOME_BUDGET_GZIP)} gzip: ${gzip < HOME_BUDGET_GZIP ? 'yes' : 'NO'}`);
  }

  console.log('\nRoutes that pull the Monaco editor (its loader, @monaco-editor/loader):');
  for (const s of [...stats].sort((a, b) => a.route.localeCompare(b.route))) {
    const firstLoad = s.firstLoadChunkPaths.some((c) => chunk(c).monaco);
    const client = clientChunks(s.route).some((c) => fs.existsSync(path.join(ROOT, c)) && chunk(c).monaco);
    if (firstLoad || client)
      console.log(`  ${s.route}: ${firstLoad ? 'in its first load' : 'in its client components, not its first load'}`);
  }
}

main();
