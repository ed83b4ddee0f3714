import fs from 'node:fs';
import path from 'node:path';
import { CODE_EXTENSION, codeDir } from '@/lib/code-root';

export type Segment = { kind: 'static'; value: string } | { kind: 'param'; name: string } | { kind: 'catchAll'; name: string };

/** A route handler file under app/api, as the App Router sees it. */
export interface RouteFile {
  file: string;
  /** The route's path as the App Router writes it, e.g. /api/auth/[...nextauth]. */
  pattern: string;
  segments: Segment[];
}

export const API_DIR = codeDir('app', 'api');
const ROUTE_FILE = `route${CODE_EXTENSION}`;

function parseSegment(value: string): Segment {
  const catchAll = /^\[\.\.\.(\w+)\]$/.exec(value);
  if (catchAll) return { kind: 'catchAll', name: catchAll[1]! };
  const param = /^\[(\w+)\]$/.exec(value);
  if (param) return { kind: 'param', name: param[1]! };
  return { kind: 'static', value };
}

const RANK = { static: 0, param: 1, catchAll: 2 } as const;

/** Static segments before dynamic ones before catch-alls, position by position, as the App Router does. */
function bySpecificity(a: RouteFile, b: RouteFile): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    if (!x) return 1;
    if (!y) return -1;
    if (RANK[x.kind] !== RANK[y.kind]) return RANK[x.kind] - RANK[y.kind];
  }
  return b.segments.length - a.segments.length;
}

/** Every app/api/**\/route.ts (route.js in the build), most specific first: the one list the API router and the OpenAPI builder share. */
// Read at run time by the server, never bundled: the ignore comments keep Next's file tracing out of it.
export function listRouteFiles(apiDir = API_DIR): RouteFile[] {
  return (fs.readdirSync(/* turbopackIgnore: true */ apiDir, { recursive: true }) as string[])
    .filter((rel) => path.basename(rel) === ROUTE_FILE)
    .map((rel): RouteFile => {
      const parts = [
        'api',
        ...path
          .dirname(rel)
          .split(path.sep)
          .filter((s) => s !== '.'),
      ];
      return {
        file: path.join(/* turbopackIgnore: true */ apiDir, rel),
        pattern: `/${parts.join('/')}`,
        segments: parts.map(parseSegment),
      };
    })
    .sort(bySpecificity);
}
