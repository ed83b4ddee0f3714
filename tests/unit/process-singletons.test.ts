import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

declare module '@/lib/process-singletons' {
  interface ProcessSingletons {
    testValue: { made: number };
  }
}

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('process singletons', () => {
  it('are one value for two copies of the module, as Next’s bundle and the custom server load it', async () => {
    const first = await import('@/lib/process-singletons');
    vi.resetModules();
    const second = await import('@/lib/process-singletons');
    expect(second).not.toBe(first);
    let made = 0;
    const a = first.processSingleton('testValue', () => ({ made: ++made }));
    const b = second.processSingleton('testValue', () => ({ made: ++made }));
    expect(b).toBe(a);
    expect(made).toBe(1);
    first.dropProcessSingleton('testValue');
  });

  it('are made again once dropped, and a stale drop leaves the new value alone', async () => {
    const { dropProcessSingleton, processSingleton } = await import('@/lib/process-singletons');
    const old = processSingleton('testValue', () => ({ made: 1 }));
    expect(dropProcessSingleton('testValue')).toBe(old);
    const fresh = processSingleton('testValue', () => ({ made: 2 }));
    expect(dropProcessSingleton('testValue', old)).toBeUndefined();
    expect(processSingleton('testValue', () => ({ made: 3 }))).toBe(fresh);
    dropProcessSingleton('testValue');
  });

  it('are the only state the app keeps on globalThis', () => {
    // The sandbox's JavaScript harness runs inside the jail, in its own process: not shared state.
    const allowed = new Set(['lib/process-singletons.ts', 'server/sandbox/languages/javascript.ts']);
    const offenders = ['lib', 'db', 'server', 'app']
      .flatMap(sourceFiles)
      .filter((file) => !allowed.has(file) && /\bglobalThis\b/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
