// Compiles what `npm start` and `npm run runner` run into dist/, for plain node: the custom
// server, the runner keeper and runner processes, and the API route modules the server imports by
// path (server/api-router.ts, lib/openapi). Run by `npm run build`, after tsc has checked the types.
//
// One build with shared chunks, not a bundle per entry: a route module imports the same chunk
// of, say, db/index.ts as the server does, so every module exists once in the process (one
// database, one event bus), as it does under tsx. Packages stay imports from node_modules.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');
const routes = fs
  .readdirSync(path.join(root, 'app', 'api'), { recursive: true })
  .filter((rel) => path.basename(rel) === 'route.ts')
  .map((rel) => path.join('app', 'api', rel));

fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['server/index.ts', 'server/runner/keeper.ts', 'server/runner/main.ts', ...routes],
  // dist/ mirrors the source tree (lib/code-root.ts finds modules there by the same paths).
  outdir,
  outbase: '.',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // The '@/…' paths, and 'server-only' as the empty module it is outside Next's bundler.
  tsconfig: 'tsconfig.server.json',
  // For stack traces (npm start runs node --enable-source-maps); the sources themselves are in the tree.
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`dist/: ${routes.length} routes, the server and the runners compiled (${(bytes / 1024 / 1024).toFixed(1)} MB of JavaScript)`);
