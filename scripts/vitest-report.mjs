// The vitest reporter scripts/test.mjs reads (vitest's own JSON report leaves out why a test was
// skipped): every test with its outcome, a skipped one with its reason (`context.skip(note)`, or
// the `skipReason` that tests/support/skips.ts puts in a skipped suite's or test's meta), a failed
// one with its error, and the errors of files and suites outside any test (a failed beforeAll).
// Written as JSON to the file $TEST_REPORT names.
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Why a skipped test did not run: its own note or reason, else an error in a suite around it (a failed beforeAll). */
function skipReason(test, result) {
  const reason = result.note ?? test.meta().skipReason;
  if (reason) return reason;
  if (test.options.mode === 'todo') return 'a todo';
  for (let parent = test.parent; parent; parent = parent.type === 'module' ? undefined : parent.parent)
    if (parent.errors().length > 0) return `${parent.type === 'module' ? 'its file' : 'its suite'} failed (its error is listed)`;
  return undefined;
}

/** An error's message and where it was thrown (a timeout's stack is where the test was declared, under a placeholder message). */
const describeError = (error) =>
  [
    stripVTControlCharacters(`${error.name ?? 'Error'}: ${error.message}`),
    ...String(error.stack ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 3),
  ].join('\n');

export default class TestReport {
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules, unhandledErrors) {
    const tests = [];
    const errors = unhandledErrors.map((error) => ({ where: 'unhandled error', message: describeError(error) }));
    for (const testModule of testModules) {
      const file = path.relative(this.root, testModule.moduleId);
      for (const suite of [testModule, ...testModule.children.allSuites()])
        for (const error of suite.errors())
          errors.push({ where: suite.type === 'module' ? file : `${file} › ${suite.fullName}`, message: describeError(error) });
      for (const test of testModule.children.allTests()) {
        const result = test.result();
        tests.push({
          file,
          name: test.fullName,
          state: result.state,
          ...(result.state === 'skipped' ? { reason: skipReason(test, result) } : {}),
          ...(result.state === 'failed' ? { message: result.errors.map(describeError).join('\n') } : {}),
        });
      }
    }
    fs.writeFileSync(process.env.TEST_REPORT, JSON.stringify({ tests, errors }));
  }
}
