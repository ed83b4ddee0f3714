import { inject, type TestOptions } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why a suite or test skipped before it ran (runsIf) is skipped; scripts/test.mjs prints it. */
    skipReason?: string;
  }
}

/**
 * Options for `describe(name, options, fn)` or `it(name, options, fn)` that skip it, saying why,
 * unless `condition` holds. `npm test` lists every skip with its reason, and CI fails on any; a
 * test that finds out only while running that it cannot run calls `context.skip(condition, note)`.
 */
export function runsIf(condition: boolean, reason: string): TestOptions {
  return condition ? {} : { skip: true, meta: { skipReason: reason } };
}

type Leg = ReturnType<typeof inject<'leg'>>;

/**
 * A suite that starts servers of its own runs in the legs of the API suite it concerns and is
 * skipped in the others; `npm test` counts such a skip only when no leg of the run ran the test.
 */
export function inLegs(...legs: Leg[]): TestOptions {
  const leg = inject('leg');
  return runsIf(legs.includes(leg), `runs in the ${legs.join(' and ')} leg${legs.length > 1 ? 's' : ''} only; this is the ${leg} leg`);
}
