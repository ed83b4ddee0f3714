import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the API router', () => {
  it('imports a route again after its module failed to load, instead of answering 500 until a restart', () => {
    // Under tsx, as the server runs: Node's ESM loader keeps a module that threw.
    const run = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.server.json', 'tests/unit/fixtures/router-retry.ts'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([500, 500, 200]);
  }, 30_000);
});
