// The whole test suite, as README and .ci/run call it: `npm test`.
// Static checks, unit tests, the production build, API + realtime tests over HTTP on PGlite, on a
// throwaway PostgreSQL cluster and against the development server, the sandbox suite, and
// Playwright in Debian's Chromium. Ends with `tests: N passed, M failed, K skipped`, each skipped
// test listed with why (tests/support/skips.ts); TEST_FAIL_ON_SKIP=1 (.ci/run) fails on any skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-test-'));
const only = process.argv.slice(2);

let passed = 0;
let failed = 0;
const failures = [];
// Failed tests by name with the start of their message: printed last, so the tail of a CI log
// says what failed and not only which step.
const failedTests = [];
// Skipped tests with why; and, per vitest project, the tests that ran in some step. The api project
// runs in three steps (its legs): a test that runs in one leg only is not a skip in the others.
const skipped = [];
const ran = new Set();
const firstLines = (message, count = 6) =>
  String(message ?? '')
    .split('\n')
    .slice(0, count)
    .join('\n    ');

// scripts/vitest-report.mjs's report.
function vitestCounts(step, file) {
  const { tests, errors } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const counts = { passed: 0, failed: 0 };
  for (const test of tests) {
    const name = `${test.file} › ${test.name}`;
    if (test.state === 'skipped') {
      skipped.push({ step: step.name, key: `${step.vitest}|${name}`, name, reason: test.reason });
      continue;
    }
    ran.add(`${step.vitest}|${name}`);
    if (test.state === 'passed') counts.passed += 1;
    else {
      counts.failed += 1;
      failedTests.push({ step: step.name, name, message: test.message ?? `${test.state}: the test did not finish` });
    }
  }
  for (const error of errors) failedTests.push({ step: step.name, name: error.where, message: error.message });
  // A step that found no tests at all checked nothing.
  if (tests.length === 0) counts.failed += 1;
  return counts;
}

function playwrightCounts(step, file) {
  const { stats, suites } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        const name = `${spec.file}:${spec.line} › ${spec.title}`;
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const result = test.results?.find((r) => r.status !== 'passed');
          failedTests.push({ step: step.name, name, message: result?.error?.message });
        } else if (test.status === 'skipped') {
          // test.skip(condition, description) and test.fixme(…) leave their description as an annotation
          // (on the test when declared, on its result when called while it runs).
          const annotations = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((r) => r.annotations ?? [])];
          const note = annotations.find((a) => a.type === 'skip' || a.type === 'fixme');
          skipped.push({ step: step.name, key: `e2e|${name}`, name, reason: note?.description });
        }
      }
    for (const inner of suite.suites ?? []) visit(inner);
  };
  for (const suite of suites ?? []) visit(suite);
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
}

const steps = [
  { name: 'format', cmd: [bin('prettier'), '--check', '.'] },
  { name: 'lint', cmd: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'unit', vitest: 'unit' },
  { name: 'build', cmd: ['npm', 'run', 'build'], gate: true },
  { name: 'api-pglite', vitest: 'api', env: { TEST_DB: 'pglite' } },
  { name: 'api-postgres', vitest: 'api', env: { TEST_DB: 'postgres' } },
  // The same API tests against the server as `npm run dev` runs it (Next in development mode).
  { name: 'api-dev', vitest: 'api', env: { TEST_SERVER: 'dev' } },
  { name: 'sandbox', vitest: 'sandbox' },
  { name: 'e2e', playwright: true },
];

for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const report = path.join(reports, `${step.name}.json`);
  let cmd = step.cmd;
  const env = { ...process.env, ...step.env };
  if (step.vitest) {
    cmd = [bin('vitest'), 'run', '--project', step.vitest, '--reporter=default', '--reporter=./scripts/vitest-report.mjs'];
    env.TEST_REPORT = report;
  }
  if (step.playwright) {
    cmd = [bin('playwright'), 'test', '--reporter=list,json'];
    env.PLAYWRIGHT_JSON_OUTPUT_NAME = report;
  }
  console.log(`\n━━ ${step.name}: ${cmd.map((c) => path.relative(root, c) || c).join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd[0], cmd.slice(1), { cwd: root, env, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(
    `━━ ${step.name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (step.vitest || step.playwright) {
    const counts = fs.existsSync(report)
      ? step.vitest
        ? vitestCounts(step, report)
        : playwrightCounts(step, report)
      : { passed: 0, failed: 1 };
    passed += counts.passed;
    failed += counts.failed || (ok ? 0 : 1);
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (!ok) {
    failures.push(step.name);
    if (step.gate) break;
  }
}

fs.rmSync(reports, { recursive: true, force: true });
for (const test of failedTests) console.log(`\n✗ [${test.step}] ${test.name}\n    ${firstLines(test.message)}`);
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);

// A skip is a test that ran in no step of this run; one leg's test, skipped in the others, ran.
const notRun = skipped.filter((s) => !ran.has(s.key));
const elsewhere = skipped.length - notRun.length;
if (notRun.length) console.log('\nSkipped:');
for (const s of notRun) console.log(`○ [${s.step}] ${s.name}\n    ${s.reason ?? 'no reason given'}`);
if (elsewhere) console.log(`\n(${elsewhere} skips of one leg's tests in the other legs are not counted: those tests ran in their own leg)`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${notRun.length} skipped`);
// CI installs everything the tests need (.ci/run): there, a skipped test is a test that did not run.
const skipFails = process.env.TEST_FAIL_ON_SKIP === '1' && notRun.length > 0;
if (skipFails) console.log(`TEST_FAIL_ON_SKIP=1: ${notRun.length} skipped, and every test must run here`);
process.exit(failures.length || skipFails ? 1 : 0);
